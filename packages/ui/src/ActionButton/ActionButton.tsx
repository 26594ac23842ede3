'use client';
import {
  type EscrowAction,
  type EscrowApiError,
  isDirectAction,
  MAX_REJECTION_REASON_LENGTH,
  useCreateCheckoutSession,
  useDirectAction,
  useEscrowKitConfig,
} from '@kit/hooks';
import { forwardRef, useEffect, useId, useRef, useState } from 'react';
import { rootLanguageProps, useI18n } from '../i18n/EscrowUIProvider';
import { actionMessages, durationMessages } from '../i18n/en';
import { errorMessages } from '../i18n/errorMessages';
import { cx } from '../internal/cx';
import { EnsureQueryClient } from '../internal/EnsureQueryClient';
import { errorMessage } from '../internal/errorMessage';
import type { ActionButtonInnerProps, ActionButtonProps } from './ActionButtonProps';
import { refuseSession } from './refuseSession';

export type { ActionButtonProps } from './ActionButtonProps';

/** The actions with confirmation texts of their own (`confirm.<action>.title` in messages). */
type ConfirmedAction = keyof typeof actionMessages extends infer K
  ? K extends `confirm.${infer A}.title`
    ? A
    : never
  : never;

/**
 * Whose texts the confirmation shows: the action's own, else the generic ones. The actions with
 * their own texts cannot be undone, so they ask first unless `confirm={false}`;
 * `reject_delivery` always asks (for its reason).
 */
const confirmationOf = (action: EscrowAction) =>
  (`confirm.${action}.title` in actionMessages ? action : 'generic') as ConfirmedAction;

type State = 'idle' | 'confirming' | 'busy' | 'redirecting' | 'done';

function defaultNavigate(url: string) {
  window.location.assign(url);
}

function ActionButtonInner({
  escrowId,
  escrow,
  action,
  targetUserEmail,
  redirectUrl,
  metadata,
  children,
  confirm = confirmationOf(action) !== 'generic',
  onSessionCreated,
  onActionDone,
  onError,
  navigate = defaultNavigate,
  disabled,
  className,
  rootRef,
  ...rest
}: ActionButtonInnerProps) {
  const i18n = useI18n(actionMessages, errorMessages, durationMessages);
  const { checkoutOrigins, serverClock } = useEscrowKitConfig();
  const id = escrowId ?? escrow?.id ?? '';
  const createSession = useCreateCheckoutSession(id).mutateAsync;
  const takeAction = useDirectAction(id).mutateAsync;
  const [state, setState] = useState<State>('idle');
  const [message, setMessage] = useState('');
  const [reason, setReason] = useState('');
  const dialog = useRef<HTMLDialogElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);
  const messageId = useId();
  const titleId = useId();
  const countId = useId();
  const count = (n: number) => n.toLocaleString(i18n.locale);
  const confirmation = confirmationOf(action);
  const direct = isDirectAction(action);

  const start = async () => {
    setState('busy');
    setMessage('');
    try {
      if (isDirectAction(action)) {
        // `reason` stays empty but for `reject_delivery`; useDirectAction trims it.
        const result = await takeAction({ action, reason });
        setReason('');
        setState('done');
        onActionDone?.(result);
        return;
      }
      const session = await createSession({ action, targetUserEmail, redirectUrl, metadata });
      const refusal = refuseSession(session, checkoutOrigins, serverClock.now(), i18n);
      if (refusal || onSessionCreated?.(session) === false) {
        setMessage(refusal ?? '');
        setState('idle');
        return;
      }
      setState('redirecting');
      navigate(session.url);
    } catch (error) {
      // DHMAD's 400s to direct actions are state rules in English only (dhmad-api.md §4.3).
      setMessage(errorMessage(error, i18n, direct ? 'code.INVALID_STATUS' : undefined));
      setState('idle');
      onError?.(error as EscrowApiError);
    }
  };

  // Open the native dialog once it is in the DOM (jsdom has no showModal: fall back to `open`);
  // once it is gone, however it closed, focus goes back to the button.
  useEffect(() => {
    const node = dialog.current;
    if (state === 'confirming') {
      wasConfirming.current = true;
      if (!node || node.open) return;
      if (typeof node.showModal === 'function') node.showModal();
      else node.setAttribute('open', '');
    } else if (wasConfirming.current) {
      wasConfirming.current = false;
      button.current?.focus();
    }
  }, [state]);

  // Back from DHMAD, the browser may restore this page as it was (back-forward cache): the
  // button must not stay busy forever.
  useEffect(() => {
    if (state !== 'redirecting') return;
    const onPageShow = (event: PageTransitionEvent) => {
      if (event.persisted) setState('idle');
    };
    window.addEventListener('pageshow', onPageShow);
    return () => window.removeEventListener('pageshow', onPageShow);
  }, [state]);

  const busy = state === 'busy' || state === 'redirecting' || undefined;
  const idle = () => setState('idle');
  const label = i18n.t(`action.${action}`);
  return (
    <div
      ref={rootRef}
      {...rootLanguageProps(i18n)}
      {...rest}
      className={cx('kit-root kit-action', className)}
      data-action={action}
      data-state={state}
    >
      <button
        ref={button}
        type="button"
        className="kit-action__button"
        onClick={() => {
          if (disabled || busy || state === 'confirming') return;
          if (confirm || action === 'reject_delivery') setState('confirming');
          else void start();
        }}
        disabled={disabled}
        aria-busy={busy}
        aria-disabled={busy}
        aria-describedby={message ? messageId : undefined}
      >
        {busy ? i18n.t(direct ? 'action.sending' : 'action.busy') : (children ?? label)}
      </button>
      <p id={messageId} className="kit-action__message" role="alert">
        {message}
      </p>
      {direct && (
        <p className="kit-action__status" role="status">
          {state === 'done' && i18n.t(`done.${action}`)}
        </p>
      )}
      {state === 'confirming' && (
        <dialog
          ref={dialog}
          className="kit-action__dialog"
          aria-labelledby={titleId}
          onCancel={idle}
          onClose={() => setState((s) => (s === 'confirming' ? 'idle' : s))}
        >
          <h2 id={titleId} className="kit-action__dialog-title">
            {i18n.t(`confirm.${confirmation}.title`)}
          </h2>
          <p>{i18n.t(`confirm.${confirmation}.body`)}</p>
          {/* The rejection's optional reason (at most MAX_REJECTION_REASON_LENGTH characters),
              described by its character count in the locale's digits ("12 / 1,000"). */}
          {action === 'reject_delivery' && (
            <>
              <label className="kit-action__field">
                {i18n.t('reject.reason')}
                <textarea
                  rows={3}
                  maxLength={MAX_REJECTION_REASON_LENGTH}
                  value={reason}
                  onChange={(event) => setReason(event.target.value)}
                  aria-describedby={countId}
                />
              </label>
              <small id={countId} className="kit-action__count">
                {i18n.t('reject.count', {
                  count: count(reason.length),
                  max: count(MAX_REJECTION_REASON_LENGTH),
                })}
              </small>
            </>
          )}
          <div className="kit-action__dialog-actions">
            <button type="button" className="kit-action__secondary" onClick={idle}>
              {i18n.t('confirm.back')}
            </button>
            <button type="button" className="kit-action__button" onClick={() => void start()}>
              {direct ? label : i18n.t('confirm.continue')}
            </button>
          </div>
        </dialog>
      )}
    </div>
  );
}

/**
 * One button for the user's next step on an escrow. Click → busy (`aria-busy`, one request
 * however often it is clicked) → for a checkout action, a redirect to DHMAD's hosted checkout,
 * only to a `checkoutOrigins` URL that has not expired by the server's clock (`useServerClock`;
 * the device clock may be off); for a direct action (`deliver`, `reject_delivery`,
 * `cancel_pending`), no redirect: DHMAD's updated escrow goes into the cache and the success is
 * announced in a polite live region (`role="status"`). When DHMAD refuses, its `user_message`
 * shows under the button as text, announced (`role="alert"`), and the button stays usable.
 * Irreversible actions ask first in a native dialog; `reject_delivery` asks there for an
 * optional reason. Drives `data-state` (`idle`, `confirming`, `busy`, then `redirecting` for a
 * checkout action or `done` for a direct one) and `data-action`.
 */
export const ActionButton = forwardRef<HTMLDivElement, ActionButtonProps>(
  function ActionButton(props, ref) {
    return (
      <EnsureQueryClient>
        <ActionButtonInner {...props} rootRef={ref} />
      </EnsureQueryClient>
    );
  },
);
