import { useNavigate } from 'react-router';
import { usePreferences } from '../preferences/PreferencesProvider';
import { useDemoSession, useSignOut } from '../session/demoQueries';

/** The signed-in user (name, role) and "Sign out"; nothing while signed out. */
export function UserMenu() {
  const { t } = usePreferences();
  const user = useDemoSession().data?.user;
  const signOut = useSignOut();
  const navigate = useNavigate();
  if (!user) return null;
  return (
    <div className="user-menu">
      <p>{t('user.signedInAs', { name: user.name, role: t(`role.${user.role}`) })}</p>
      <button
        type="button"
        className="button button--secondary"
        aria-busy={signOut.isPending || undefined}
        onClick={() => signOut.mutate(undefined, { onSuccess: () => navigate('/sign-in') })}
      >
        {t('user.signOut')}
      </button>
      {signOut.error && <p role="alert">{signOut.error.message}</p>}
    </div>
  );
}
