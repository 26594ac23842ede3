'use client';
import {
  type CheckoutAction,
  type CheckoutSessionCreated,
  type Escrow,
  type EscrowApiError,
  useCreateCheckoutSession,
  useEscrowKitConfig,
} from '@kit/hooks';
import {
  type ComponentPropsWithoutRef,
  forwardRef,
  type ReactNode,
  type Ref,
  useEffect,
  useId,
  useRef,
  useState,
} from 'react';
import { rootLanguageProps, useI18n } from '../i18n/EscrowUIProvider';
import { actionMessages, durationMessages, errorMessages } from '../i18n/en';
import { cx } from '../internal/cx';
import { EnsureQueryClient } from '../internal/EnsureQueryClient';
import { errorMessage } from '../internal/errorMessage';
import { refuseSession } from './refuseSession';

/** Actions that cannot be undone, so they ask first unless `confirm={false}`. */
const CONFIRMED_BY_DEFAULT = [
  'cancel_escrow',
  'accept_cancellation',
  'dispute',
] as const satisfies readonly CheckoutAction[];

/** Whose texts the confirmation shows: the irreversible action's own, else the generic ones. */
function confirmationOf(action: CheckoutAction) {
  return (CONFIRMED_BY_DEFAULT as readonly string[]).includes(action)
    ? (action as (typeof CONFIRMED_BY_DEFAULT)[number])
    : 'generic';
}

interface ActionButtonBaseProps
  extends Omit<ComponentPropsWithoutRef<'div'>, 'children' | 'onError'> {
  /**
   * The escrow the checkout session is for. Nothing is fetched before a click: the click
   * creates the session (`useCreateCheckoutSession`), busy meanwhile, its failure shown below.
   * @default escrow.id
   */
  escrowId?: string;
  /** The escrow the checkout session is for, when you have it rather than its id (only `id` is read). */
  escrow?: Escrow;
  /** The checkout action. Drives `data-action`. */
  action: CheckoutAction;
  /** Who performs it; omit to let your proxy use the signed-in user. */
  targetUserEmail?: string;
  /** Where DHMAD sends the user back; omit for the provider's `redirectUrl` or your proxy's. */
  redirectUrl?: string;
  /** String values of at most 500 characters, echoed by DHMAD on the session. */
  metadata?: Record<string, string>;
  /**
   * The button label.
   * @default the action's label from messages (`action.<action>`)
   */
  children?: ReactNode;
  /**
   * Ask for confirmation before leaving for DHMAD.
   * @default true for `cancel_escrow`, `accept_cancellation` and `dispute`, else false
   */
  confirm?: boolean;
  /** Called with the new session before redirecting; return `false` to stay on the page. */
  onSessionCreated?: (session: CheckoutSessionCreated) => boolean | undefined;
  /** Called when the session could not be created (the message is shown under the button too). */
  onError?: (error: EscrowApiError) => void;
  /**
   * Performs the redirect to DHMAD's hosted checkout.
   * @default (url) => window.location.assign(url)
   */
  navigate?: (url: string) => void;
  /** Disables the button. */
  disabled?: boolean;
}

/** Give the escrow's id, or the escrow itself (`escrowId` wins when both are given). */
export type ActionButtonProps = ActionButtonBaseProps & ({ escrowId: string } | { escrow: Escrow });

type State = 'idle' | 'confirming' | 'busy' | 'redirecting';

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
  onError,
  navigate = defaultNavigate,
  disabled,
  className,
  rootRef,
  ...rest
}: ActionButtonBaseProps & { rootRef: Ref<HTMLDivElement> }) {
  const i18n = useI18n(actionMessages, errorMessages, durationMessages);
  const { checkoutOrigins, serverClock } = useEscrowKitConfig();
  const { mutateAsync } = useCreateCheckoutSession(escrowId ?? escrow?.id ?? '');
  const [state, setState] = useState<State>('idle');
  const [message, setMessage] = useState('');
  const dialog = useRef<HTMLDialogElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);
  const messageId = useId();
  const titleId = useId();
  const confirmation = confirmationOf(action);

  const start = async () => {
    setState('busy');
    setMessage('');
    try {
      const session = await mutateAsync({ action, targetUserEmail, redirectUrl, metadata });
      const refusal = refuseSession(session, checkoutOrigins, serverClock.now(), i18n);
      if (refusal || onSessionCreated?.(session) === false) {
        setMessage(refusal ?? '');
        setState('idle');
        return;
      }
      setState('redirecting');
      navigate(session.url);
    } catch (error) {
      setMessage(errorMessage(error, i18n));
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
          if (disabled || state !== 'idle') return;
          if (confirm) setState('confirming');
          else void start();
        }}
        disabled={disabled}
        aria-busy={busy}
        aria-disabled={busy}
        aria-describedby={message ? messageId : undefined}
      >
        {busy ? i18n.t('action.busy') : (children ?? i18n.t(`action.${action}`))}
      </button>
      <p id={messageId} className="kit-action__message" role="alert">
        {message}
      </p>
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
          <div className="kit-action__dialog-actions">
            <button type="button" className="kit-action__secondary" onClick={idle}>
              {i18n.t('confirm.back')}
            </button>
            <button type="button" className="kit-action__button" onClick={() => void start()}>
              {i18n.t('confirm.continue')}
            </button>
          </div>
        </dialog>
      )}
    </div>
  );
}

/**
 * Sends one party to DHMAD's hosted checkout for one action. Click → busy (one request however
 * often it is clicked) → redirect, only to a `checkoutOrigins` URL that has not expired by the
 * server's clock (`useServerClock`; the device clock may be off). When
 * DHMAD refuses, its `user_message` shows under the button as text, announced, and the
 * button stays usable. Irreversible actions ask first in a native dialog.
 * Drives `data-state` (`idle`, `confirming`, `busy`, `redirecting`) and `data-action`.
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
