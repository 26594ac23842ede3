'use client';
import { isDirectAction } from '@kit/hooks';
import { forwardRef } from 'react';
import { EnsureQueryClient } from '../internal/EnsureQueryClient';
import type { ActionButtonProps } from './ActionButtonProps';
import { CheckoutActionButton } from './CheckoutActionButton';
import { DirectActionButton } from './DirectActionButton';

export type { ActionButtonProps } from './ActionButtonProps';

/**
 * One button for the user's next step on an escrow. Click → busy (`aria-busy`, one request
 * however often it is clicked) → then, for a checkout action, a redirect to DHMAD's hosted
 * checkout, only to a `checkoutOrigins` URL that has not expired by the server's clock
 * (`useServerClock`; the device clock may be off); for a direct action (`deliver`,
 * `reject_delivery`, `cancel_pending`), no redirect: the escrow is updated in place and the
 * success announced in a polite live region (`role="status"`). When DHMAD refuses, its
 * `user_message` shows under the button as text, announced (`role="alert"`), and the button
 * stays usable. Irreversible actions ask first in a native dialog; `reject_delivery` asks for
 * an optional reason there. Drives `data-state` (`idle`, `confirming`, `busy`, then
 * `redirecting` for a checkout action or `done` for a direct one) and `data-action`.
 */
export const ActionButton = forwardRef<HTMLDivElement, ActionButtonProps>(function ActionButton(
  { action, ...props },
  ref,
) {
  return (
    <EnsureQueryClient>
      {isDirectAction(action) ? (
        <DirectActionButton {...props} action={action} rootRef={ref} />
      ) : (
        <CheckoutActionButton {...props} action={action} rootRef={ref} />
      )}
    </EnsureQueryClient>
  );
});
