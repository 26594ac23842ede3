'use client';
import { type CheckoutAction, useCheckoutReturn } from '@kit/hooks';
import { type ComponentPropsWithoutRef, forwardRef } from 'react';
import { checkoutReturnMessages } from '../i18n/checkoutReturnMessages';
import { rootLanguageProps, useI18n } from '../i18n/EscrowUIProvider';
import { cx } from '../internal/cx';
import { EnsureQueryClient } from '../internal/EnsureQueryClient';

export interface CheckoutReturnStatusProps
  extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /**
   * The query string DHMAD redirected to, passed to `useCheckoutReturn`.
   * @default location.search
   */
  search?: string;
}

/** `verifying` while the session is being checked, else `useCheckoutReturn`'s outcome. */
type Shown = 'verifying' | 'processing' | 'completed' | 'abandoned' | 'unknown';

/** The message for `outcome`: the action's own where there is one, else the outcome's. */
function messageKey(
  shown: Shown,
  action: CheckoutAction | undefined,
): keyof typeof checkoutReturnMessages {
  const own = `return.${shown}.${action}`;
  return (own in checkoutReturnMessages ? own : `return.${shown}`) as 'return.completed';
}

const View = forwardRef<HTMLDivElement, CheckoutReturnStatusProps>(function View(
  { search, className, ...rest },
  ref,
) {
  const i18n = useI18n(checkoutReturnMessages);
  const { outcome, isVerifying, action, session, recheck } = useCheckoutReturn({ search });
  // Until the session's first answer, `outcome` is `unknown` while verifying. Later refetches
  // keep the sentence as it is, so the live region does not flip on each look.
  const shown: Shown = isVerifying && !session && outcome === 'unknown' ? 'verifying' : outcome;
  return (
    <div
      ref={ref}
      {...rootLanguageProps(i18n)}
      {...rest}
      className={cx('kit-root kit-checkout-return', className)}
      data-outcome={shown}
    >
      <p className="kit-checkout-return__message" role="status">
        {i18n.t(messageKey(shown, action))}
      </p>
      {shown === 'unknown' && recheck && (
        <button type="button" className="kit-action__secondary" onClick={recheck}>
          {i18n.t('return.recheck')}
        </button>
      )}
    </div>
  );
});

/**
 * For the page DHMAD's checkout redirects back to: one polite status sentence (`role="status"`)
 * for `useCheckoutReturn`'s outcome, in place of the escrow's old state. `verifying` "Checking
 * with DHMAD…"; `processing` (DHMAD completed the session but the escrow does not show it yet)
 * "Confirming your payment…" and the like per action, else "Confirming with DHMAD…";
 * `completed` per action ("Payment confirmed."); `abandoned` "You left the checkout before
 * finishing. Nothing was changed."; `unknown` "We could not confirm the checkout yet." with a
 * "Check again" button that asks for the session again (`recheck`). Drives `data-outcome`
 * (`verifying`, `processing`, `completed`, `abandoned`, `unknown`). No server text is shown.
 */
export const CheckoutReturnStatus = forwardRef<HTMLDivElement, CheckoutReturnStatusProps>(
  function CheckoutReturnStatus(props, ref) {
    return (
      <EnsureQueryClient>
        <View ref={ref} {...props} />
      </EnsureQueryClient>
    );
  },
);
