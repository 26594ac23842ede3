import { useLocation, useNavigate } from 'react-router';
import { LoadFailure } from '../layout/LoadFailure';
import { PageTitle } from '../layout/PageTitle';
import { usePreferences } from '../preferences/PreferencesProvider';
import { useDemoSession, useSignIn } from '../session/demoQueries';
import type { SignInState } from '../session/RequireUser';

/** The demo's sign-in: no password, one button per seeded user. */
export function SignInPage() {
  const { t } = usePreferences();
  const session = useDemoSession();
  const signIn = useSignIn();
  const navigate = useNavigate();
  const from = (useLocation().state as SignInState | null)?.from;
  return (
    <>
      <PageTitle>{t('signIn.title')}</PageTitle>
      <h1>{t('signIn.title')}</h1>
      {session.error && <LoadFailure error={session.error} onRetry={session.refetch} />}
      {session.data && (
        <>
          <p>
            {t('signIn.intro', {
              backend: t(session.data.mode === 'simulator' ? 'signIn.simulator' : 'signIn.sandbox'),
            })}
          </p>
          <ul className="sign-in">
            {session.data.users.map((user) => (
              <li key={user.email}>
                <button
                  type="button"
                  className="button"
                  disabled={signIn.isPending}
                  onClick={() =>
                    signIn.mutate(user.email, {
                      onSuccess: () => navigate(from ?? '/', { replace: true }),
                    })
                  }
                >
                  {t('signIn.as', { name: user.name, role: t(`role.${user.role}`) })}
                </button>
                <span className="muted">{user.email}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {signIn.error && (
        <p role="alert" className="notice notice--danger">
          {signIn.error.message}
        </p>
      )}
    </>
  );
}
