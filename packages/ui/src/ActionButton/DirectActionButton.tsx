'use client';
import { type DirectAction, type EscrowApiError, useDirectAction } from '@kit/hooks';
import { useState } from 'react';
import { useI18n } from '../i18n/EscrowUIProvider';
import { actionMessages, durationMessages, errorMessages } from '../i18n/en';
import { errorMessage } from '../internal/errorMessage';
import type { ActionButtonInnerProps } from './ActionButtonProps';
import { ActionControl } from './ActionControl';
import { ReasonField } from './ReasonField';

type State = 'idle' | 'busy' | 'done';

/**
 * `ActionButton` for a direct action: click → confirmation (the reason's dialog for
 * `reject_delivery`) → busy (one request however often it is clicked) → `useDirectAction`, on
 * this page. Success is announced in a polite live region and the button is idle again
 * (`data-state="done"`); the escrow in the cache has moved, so what shows it re-renders.
 * A 400 without a `user_message` says the step is not possible at this stage: DHMAD's 400s
 * for these calls are state rules ("Escrow must be in paid status before delivery", dhmad-api.md
 * §4.3) whose English `message` is not shown.
 */
export function DirectActionButton({
  escrowId,
  escrow,
  action,
  confirm = true,
  onActionDone,
  onError,
  targetUserEmail: _target,
  redirectUrl: _redirect,
  metadata: _metadata,
  onSessionCreated: _onSession,
  navigate: _navigate,
  ...rest
}: ActionButtonInnerProps & { action: DirectAction }) {
  const i18n = useI18n(actionMessages, errorMessages, durationMessages);
  const { mutateAsync } = useDirectAction(escrowId ?? escrow?.id ?? '');
  const [state, setState] = useState<State>('idle');
  const [message, setMessage] = useState('');
  const [status, setStatus] = useState('');
  const [reason, setReason] = useState('');
  const rejecting = action === 'reject_delivery';

  const start = async () => {
    setState('busy');
    setMessage('');
    setStatus('');
    try {
      const result = await mutateAsync({ action, reason: rejecting ? reason : undefined });
      setReason('');
      setState('done');
      setStatus(i18n.t(`done.${action}`));
      onActionDone?.(result);
    } catch (error) {
      setMessage(errorMessage(error, i18n, 'code.INVALID_STATUS'));
      setState('idle');
      onError?.(error as EscrowApiError);
    }
  };

  return (
    <ActionControl
      {...rest}
      action={action}
      state={state}
      busyLabel={state === 'busy' ? i18n.t('action.sending') : undefined}
      message={message}
      status={status}
      confirm={confirm || rejecting}
      confirmLabel={i18n.t(`action.${action}`)}
      dialogContent={rejecting && <ReasonField value={reason} onChange={setReason} />}
      onStart={() => void start()}
    />
  );
}
