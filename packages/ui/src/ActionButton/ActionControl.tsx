'use client';
import type { EscrowAction } from '@kit/hooks';
import {
  type ComponentPropsWithoutRef,
  type ReactNode,
  type Ref,
  useEffect,
  useId,
  useRef,
  useState,
} from 'react';
import { rootLanguageProps, useI18n } from '../i18n/EscrowUIProvider';
import { actionMessages } from '../i18n/en';
import { cx } from '../internal/cx';

/** Actions with confirmation texts of their own; the others show the generic ones. */
const OWN_CONFIRMATION = [
  'cancel_escrow',
  'accept_cancellation',
  'dispute',
  'deliver',
  'reject_delivery',
  'cancel_pending',
] as const satisfies readonly EscrowAction[];

/** Whose texts the confirmation shows: the action's own, else the generic ones. */
export const confirmationOf = (action: EscrowAction) =>
  (OWN_CONFIRMATION as readonly string[]).includes(action)
    ? (action as (typeof OWN_CONFIRMATION)[number])
    : 'generic';

export interface ActionControlProps
  extends Omit<ComponentPropsWithoutRef<'div'>, 'children' | 'onError'> {
  rootRef: Ref<HTMLDivElement>;
  action: EscrowAction;
  /** `data-state` while the dialog is closed. */
  state: string;
  /** The label while busy; the button is `aria-busy` and ignores clicks meanwhile. */
  busyLabel?: string;
  /** The label; the action's from messages by default. */
  children?: ReactNode;
  /** The failure shown under the button (`role="alert"`), as text. */
  message: string;
  /** What a polite live region (`role="status"`) announces; the region exists only when given. */
  status?: string;
  /** Ask in a native `<dialog>` before `onStart`. */
  confirm: boolean;
  /** The dialog's confirming button label; `confirm.continue` by default. */
  confirmLabel?: string;
  /** More of the dialog, between its text and its buttons (e.g. a field). */
  dialogContent?: ReactNode;
  disabled?: boolean;
  onStart: () => void;
}

/**
 * The part every `ActionButton` shares: the button, its announced failure, an optional status
 * region, and the confirmation in a native `<dialog>` opened with `showModal()` (the `open`
 * attribute where it does not exist, as in jsdom). However the dialog closes (Back, Escape,
 * confirming), focus goes back to the button. Drives `data-action` and `data-state`
 * (`confirming` while the dialog is open).
 */
export function ActionControl({
  rootRef,
  action,
  state,
  busyLabel,
  children,
  message,
  status,
  confirm,
  confirmLabel,
  dialogContent,
  disabled,
  onStart,
  className,
  ...rest
}: ActionControlProps) {
  const i18n = useI18n(actionMessages);
  const [confirming, setConfirming] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);
  const messageId = useId();
  const titleId = useId();
  const texts = `confirm.${confirmationOf(action)}` as const;
  const busy = !!busyLabel || undefined;

  useEffect(() => {
    const node = dialog.current;
    if (confirming) {
      wasConfirming.current = true;
      if (!node || node.open) return;
      if (typeof node.showModal === 'function') node.showModal();
      else node.setAttribute('open', '');
    } else if (wasConfirming.current) {
      wasConfirming.current = false;
      button.current?.focus();
    }
  }, [confirming]);

  const close = () => setConfirming(false);
  return (
    <div
      ref={rootRef}
      {...rootLanguageProps(i18n)}
      {...rest}
      className={cx('kit-root kit-action', className)}
      data-action={action}
      data-state={confirming ? 'confirming' : state}
    >
      <button
        ref={button}
        type="button"
        className="kit-action__button"
        onClick={() => {
          if (disabled || busy || confirming) return;
          if (confirm) setConfirming(true);
          else onStart();
        }}
        disabled={disabled}
        aria-busy={busy}
        aria-disabled={busy}
        aria-describedby={message ? messageId : undefined}
      >
        {busyLabel ?? children ?? i18n.t(`action.${action}`)}
      </button>
      <p id={messageId} className="kit-action__message" role="alert">
        {message}
      </p>
      {status !== undefined && (
        <p className="kit-action__status" role="status">
          {status}
        </p>
      )}
      {confirming && (
        <dialog
          ref={dialog}
          className="kit-action__dialog"
          aria-labelledby={titleId}
          onCancel={close}
          onClose={close}
        >
          <h2 id={titleId} className="kit-action__dialog-title">
            {i18n.t(`${texts}.title`)}
          </h2>
          <p>{i18n.t(`${texts}.body`)}</p>
          {dialogContent}
          <div className="kit-action__dialog-actions">
            <button type="button" className="kit-action__secondary" onClick={close}>
              {i18n.t('confirm.back')}
            </button>
            <button
              type="button"
              className="kit-action__button"
              onClick={() => {
                close();
                onStart();
              }}
            >
              {confirmLabel ?? i18n.t('confirm.continue')}
            </button>
          </div>
        </dialog>
      )}
    </div>
  );
}
