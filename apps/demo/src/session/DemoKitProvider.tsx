import { DEFAULT_CHECKOUT_ORIGINS, EscrowKitProvider } from '@kit/hooks';
import type { ReactNode } from 'react';
import { useDemoSession } from './demoQueries';

/**
 * DHMAD's hosted checkout, plus this origin: the simulator serves its checkout pages on the
 * demo's own origin (`/checkout/:sessionId`).
 */
const CHECKOUT_ORIGINS = [...DEFAULT_CHECKOUT_ORIGINS, window.location.origin];

/**
 * The kit's provider, as a marketplace wires it: the proxy at its default `/api/escrow`, the
 * signed-in user as the viewer, live updates on. It starts afresh for each user (and only
 * behind sign-in), so a live stream never outlives the user whose cookie opened it.
 */
export function DemoKitProvider({ children }: { children: ReactNode }) {
  const email = useDemoSession().data?.user?.email;
  return (
    <EscrowKitProvider
      key={email ?? 'signed-out'}
      viewer={email ? { email } : undefined}
      checkoutOrigins={CHECKOUT_ORIGINS}
    >
      {children}
    </EscrowKitProvider>
  );
}
