import { Navigate, Outlet, useLocation } from 'react-router';
import { LoadFailure } from '../layout/LoadFailure';
import { usePreferences } from '../preferences/PreferencesProvider';
import { DemoKitProvider } from './DemoKitProvider';
import { useDemoSession } from './demoQueries';

/** What the sign-in page returns to: the page the user asked for. */
export interface SignInState {
  from?: string;
}

/**
 * The pages behind sign-in, inside the kit's provider for the signed-in user: signed out, the
 * user goes to `/sign-in` (and comes back after).
 */
export function RequireUser() {
  const { t } = usePreferences();
  const location = useLocation();
  const session = useDemoSession();
  if (session.isPending) return <p aria-busy="true">{t('app.loading')}</p>;
  if (session.error) return <LoadFailure error={session.error} onRetry={session.refetch} />;
  const { user } = session.data;
  if (!user) {
    const state: SignInState = { from: `${location.pathname}${location.search}` };
    return <Navigate to="/sign-in" replace state={state} />;
  }
  return (
    <DemoKitProvider>
      <Outlet />
    </DemoKitProvider>
  );
}
