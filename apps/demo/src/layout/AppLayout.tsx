import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { usePreferences } from '../preferences/PreferencesProvider';
import { useDemoSession } from '../session/demoQueries';
import { HeaderMenu } from './HeaderMenu';
import { LanguageSwitch } from './LanguageSwitch';
import { ThemeSwitch } from './ThemeSwitch';
import { UserMenu } from './UserMenu';
import { useMediaQuery } from './useMediaQuery';

/** Phones and narrow windows: the stylesheets' breakpoint (header.css, pages.css). */
const NARROW_SCREEN = '(max-width: 47.99rem)';

/**
 * Every page's frame: a skip link, the header (the app's name and its "Demo" label, the
 * navigation, the signed-in user, the language and theme switches) and the page in `<main>`.
 * On a narrow screen the user's controls fold into a `HeaderMenu` showing the user's name (its
 * accessible name adds the role), so the header takes two rows: the brand and that menu, then the
 * navigation.
 */
export function AppLayout() {
  const { t } = usePreferences();
  const user = useDemoSession().data?.user;
  const narrow = useMediaQuery(NARROW_SCREEN);
  const { pathname } = useLocation();
  const tools = (
    <>
      <UserMenu />
      <LanguageSwitch />
      <ThemeSwitch />
    </>
  );
  const who = user && { name: user.name, role: t(`role.${user.role}`) };
  const nav = user && (
    <nav aria-label={t('nav.label')}>
      <NavLink to="/" end>
        {t('nav.orders')}
      </NavLink>
    </nav>
  );
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
        {narrow ? (
          <>
            {/* Keyed by the page: a navigation (signing out, too) closes it. */}
            <HeaderMenu
              key={pathname}
              label={who ? who.name : t('menu.label')}
              accessibleName={who ? t('menu.user', who) : undefined}
            >
              {tools}
            </HeaderMenu>
            {nav}
          </>
        ) : (
          <>
            {nav}
            <div className="app-header__tools">{tools}</div>
          </>
        )}
      </header>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
}
