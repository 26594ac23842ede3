'use client';
import {
  type CheckoutAction,
  type EscrowApiError,
  useCreateCheckoutSession,
  useEscrowKitConfig,
} from '@kit/hooks';
import { useEffect, useState } from 'react';
import { useI18n } from '../i18n/EscrowUIProvider';
import { actionMessages, durationMessages, errorMessages } from '../i18n/en';
import { errorMessage } from '../internal/errorMessage';
import type { ActionButtonInnerProps } from './ActionButtonProps';
import { ActionControl, confirmationOf } from './ActionControl';
import { refuseSession } from './refuseSession';

type State = 'idle' | 'busy' | 'redirecting';

function defaultNavigate(url: string) {
  window.location.assign(url);
}

/**
 * `ActionButton` for a checkout action: click → (confirmation) → busy → a checkout session →
 * redirect to DHMAD's hosted page, only to a `checkoutOrigins` URL not yet expired by the
 * server's clock.
 */
export function CheckoutActionButton({
  escrowId,
  escrow,
  action,
  targetUserEmail,
  redirectUrl,
  metadata,
  confirm = confirmationOf(action) !== 'generic',
  onSessionCreated,
  onActionDone: _,
  onError,
  navigate = defaultNavigate,
  ...rest
}: ActionButtonInnerProps & { action: CheckoutAction }) {
  const i18n = useI18n(actionMessages, errorMessages, durationMessages);
  const { checkoutOrigins, serverClock } = useEscrowKitConfig();
  const { mutateAsync } = useCreateCheckoutSession(escrowId ?? escrow?.id ?? '');
  const [state, setState] = useState<State>('idle');
  const [message, setMessage] = useState('');

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

  return (
    <ActionControl
      {...rest}
      action={action}
      state={state}
      busyLabel={state === 'idle' ? undefined : i18n.t('action.busy')}
      message={message}
      confirm={confirm}
      onStart={() => void start()}
    />
  );
}
