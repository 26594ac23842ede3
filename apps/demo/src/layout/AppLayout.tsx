import { Link, NavLink, Outlet } from 'react-router';
import { usePreferences } from '../preferences/PreferencesProvider';
import { useDemoSession } from '../session/demoQueries';
import { LanguageSwitch } from './LanguageSwitch';
import { ThemeSwitch } from './ThemeSwitch';
import { UserMenu } from './UserMenu';

/**
 * Every page's frame: a skip link, the header (the app's name and its "Demo" label, the
 * navigation, the signed-in user, the language and theme switches) and the page in `<main>`.
 */
export function AppLayout() {
  const { t } = usePreferences();
  const signedIn = !!useDemoSession().data?.user;
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <header className="app-header">
        <p className="app-header__brand">
          <Link to="/">{t('app.name')}</Link>
          <span className="demo-label">{t('app.demo')}</span>
        </p>
        {signedIn && (
          <nav aria-label={t('nav.label')}>
            <NavLink to="/" end>
              {t('nav.orders')}
            </NavLink>
          </nav>
        )}
        <div className="app-header__tools">
          <UserMenu />
          <LanguageSwitch />
          <ThemeSwitch />
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
}
