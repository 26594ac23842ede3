import { CHECKOUT_ACTIONS, type CheckoutAction } from '@kit/hooks';
import type { DhmadSimulator, Fault } from '@kit/mock';
import { BUSINESS_ERRORS } from '@kit/mock';
import { BUYER, SELLER } from '@kit/test-utils';
import { ActionButton, en } from '@kit/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { englishOnly } from './support/englishOnly';
import { simulator } from './support/kitSimulator';

const CHECKOUT = 'https://sandbox.dhmad.tn/checkout/';

const meta = {
  title: 'Components/ActionButton',
  component: ActionButton,
  args: {
    escrowId: 'status-pending',
    action: 'accept_pay',
    targetUserEmail: BUYER,
    // Never really leave Storybook: every story records the redirect instead.
    navigate: fn(),
  },
  argTypes: {
    action: { control: 'select', options: [...CHECKOUT_ACTIONS] },
  },
} satisfies Meta<typeof ActionButton>;

export default meta;
type Story = StoryObj<typeof meta>;

type Canvas = Parameters<NonNullable<Story['play']>>[0]['canvas'];

/** The title of the confirmation dialog of each action that asks first. */
const CONFIRM_TITLE: Partial<Record<CheckoutAction, string>> = {
  cancel_escrow: en['confirm.cancel_escrow.title'],
  accept_cancellation: en['confirm.accept_cancellation.title'],
  dispute: en['confirm.dispute.title'],
};

const label = (action: CheckoutAction) => en[`action.${action}`];

/** Clicks the action's button and, for an action that asks first, the dialog's Continue. */
async function clickThrough(canvas: Canvas, action: CheckoutAction) {
  await userEvent.click(canvas.getByRole('button', { name: label(action) }));
  const title = CONFIRM_TITLE[action];
  if (!title) return;
  const dialog = await canvas.findByRole('dialog', { name: title });
  await expect(dialog).toBeVisible();
  await userEvent.click(within(dialog).getByRole('button', { name: en['confirm.continue'] }));
}

/** The checkout URL of the last session the simulator opened for this escrow, checked first. */
async function openedSessionUrl(escrowId: string, action: CheckoutAction, target: string) {
  const session = simulator().latestSession(escrowId);
  await expect(session).toMatchObject({ action, targetUserEmail: target, status: 'open' });
  return `${CHECKOUT}${session?.sessionId}`;
}

/** An allowed action: one click (plus Continue when it asks first) leads to DHMAD's checkout. */
function actionStory(action: CheckoutAction, escrowId: string, viewer: string): Story {
  return {
    args: { escrowId, action, targetUserEmail: viewer, navigate: fn() },
    parameters: { viewer },
    play: englishOnly(async ({ canvas, args }) => {
      await expect(canvas.getByRole('button', { name: label(action) })).toBeEnabled();
      await clickThrough(canvas, action);
      await waitFor(() => expect(args.navigate).toHaveBeenCalledTimes(1), { timeout: 5000 });
      await expect(args.navigate).toHaveBeenCalledWith(
        await openedSessionUrl(escrowId, action, viewer),
      );
      // On its way out: still busy, so a second click cannot open a second session.
      const button = canvas.getByRole('button', { name: en['action.busy'] });
      await expect(button).toHaveAttribute('aria-busy', 'true');
      await expect(canvas.getByRole('alert')).toBeEmptyDOMElement();
    }),
  };
}

export const SignContract = actionStory('sign_contract', 'mode-standard', BUYER);
export const AcceptPay = actionStory('accept_pay', 'status-pending', BUYER);
export const Complete = actionStory('complete', 'status-delivered', BUYER);
export const Dispute = actionStory('dispute', 'status-paid', BUYER);
export const RequestCancellation = actionStory('request_cancellation', 'status-paid', BUYER);
export const RejectCancellation = actionStory(
  'reject_cancellation',
  'cancellation-requested',
  SELLER,
);
export const AcceptCancellation = actionStory(
  'accept_cancellation',
  'cancellation-requested',
  SELLER,
);
export const CancelEscrow = actionStory('cancel_escrow', 'status-paid', SELLER);
export const SubmitProof = actionStory('submit_proof', 'proof-waiting', SELLER);
export const ReviewProof = actionStory('review_proof', 'proof-submitted', BUYER);

/** The button is idle again after a refusal: usable, labelled, described by the message. */
async function expectUsableWith(canvas: Canvas, action: CheckoutAction, message: string) {
  const alert = await canvas.findByRole('alert', {}, { timeout: 5000 });
  await waitFor(() => expect(alert).toHaveTextContent(message), { timeout: 5000 });
  const button = canvas.getByRole('button', { name: label(action) });
  await expect(button).toBeEnabled();
  await expect(button).not.toHaveAttribute('aria-busy');
  await expect(button).toHaveAccessibleDescription(message);
}

interface CodeCase {
  escrow: string;
  action: CheckoutAction;
  target: string;
  redirectUrl?: string;
  noRedirects?: boolean;
}

/**
 * DHMAD refuses with a business code: its `user_message` shows under the button, announced,
 * nothing opens, and the button can be used again. Cases as in the simulator's own tests.
 */
function codeStory(code: string, c: CodeCase): Story {
  const userMessage = BUSINESS_ERRORS[code]?.user_message ?? '';
  return {
    args: {
      escrowId: c.escrow,
      action: c.action,
      targetUserEmail: c.target,
      redirectUrl: c.redirectUrl,
      navigate: fn(),
    },
    parameters: {
      viewer: c.target,
      simulator: c.noRedirects
        ? { setup: (sim: DhmadSimulator) => sim.setAllowedRedirectUrls([]) }
        : undefined,
    },
    play: englishOnly(async ({ canvas, args }) => {
      await expect(userMessage).not.toBe('');
      await clickThrough(canvas, c.action);
      await expectUsableWith(canvas, c.action, userMessage);
      await expect(args.navigate).not.toHaveBeenCalled();
      await expect(simulator().latestSession(c.escrow)).toBeUndefined();
    }),
  };
}

export const CodeNoRedirectUrlsConfigured = codeStory('NO_REDIRECT_URLS_CONFIGURED', {
  escrow: 'status-pending',
  action: 'accept_pay',
  target: BUYER,
  noRedirects: true,
});
export const CodeRedirectUrlNotAllowed = codeStory('REDIRECT_URL_NOT_ALLOWED', {
  escrow: 'status-pending',
  action: 'accept_pay',
  target: BUYER,
  redirectUrl: 'https://elsewhere.example/return',
});
export const CodeRedirectUrlMustBeHttps = codeStory('REDIRECT_URL_MUST_BE_HTTPS', {
  escrow: 'status-pending',
  action: 'accept_pay',
  target: BUYER,
  redirectUrl: 'http://shop.example/return',
});
export const CodeInstantEscrowNoContract = codeStory('INSTANT_ESCROW_NO_CONTRACT', {
  escrow: 'mode-instant',
  action: 'sign_contract',
  target: BUYER,
});
export const CodeInstantEscrowNoCompleteStep = codeStory('INSTANT_ESCROW_NO_COMPLETE_STEP', {
  escrow: 'mode-instant',
  action: 'complete',
  target: BUYER,
});
export const CodeQuickEscrowNoContract = codeStory('QUICK_ESCROW_NO_CONTRACT', {
  escrow: 'mode-quick',
  action: 'sign_contract',
  target: BUYER,
});
export const CodeContractAlreadySigned = codeStory('CONTRACT_ALREADY_SIGNED', {
  escrow: 'mode-standard',
  action: 'sign_contract',
  target: SELLER,
});
export const CodePaymentAlreadyDone = codeStory('PAYMENT_ALREADY_DONE', {
  escrow: 'status-paid',
  action: 'accept_pay',
  target: BUYER,
});
export const CodeEscrowAlreadyCompleted = codeStory('ESCROW_ALREADY_COMPLETED', {
  escrow: 'status-completed',
  action: 'complete',
  target: BUYER,
});
export const CodeDisputeAlreadyOpened = codeStory('DISPUTE_ALREADY_OPENED', {
  escrow: 'disputed',
  action: 'dispute',
  target: SELLER,
});
export const CodeCancellationRequestInvalidStatus = codeStory(
  'CANCELLATION_REQUEST_INVALID_STATUS',
  { escrow: 'status-pending', action: 'request_cancellation', target: BUYER },
);
export const CodeCancellationRequestBuyerOnly = codeStory('CANCELLATION_REQUEST_BUYER_ONLY', {
  escrow: 'status-paid',
  action: 'request_cancellation',
  target: SELLER,
});
export const CodeCancelEscrowInvalidStatus = codeStory('CANCEL_ESCROW_INVALID_STATUS', {
  escrow: 'status-pending',
  action: 'cancel_escrow',
  target: SELLER,
});
export const CodeCancelEscrowSellerOnly = codeStory('CANCEL_ESCROW_SELLER_ONLY', {
  escrow: 'status-paid',
  action: 'cancel_escrow',
  target: BUYER,
});
export const CodeCheckoutTargetNotBuyer = codeStory('CHECKOUT_TARGET_NOT_BUYER', {
  escrow: 'status-pending',
  action: 'accept_pay',
  target: SELLER,
});
export const CodeCheckoutTargetNotSeller = codeStory('CHECKOUT_TARGET_NOT_SELLER', {
  escrow: 'cancellation-requested',
  action: 'accept_cancellation',
  target: BUYER,
});
export const CodeCancellationAlreadyRequested = codeStory('CANCELLATION_ALREADY_REQUESTED', {
  escrow: 'cancellation-requested',
  action: 'request_cancellation',
  target: BUYER,
});
export const CodeNoPendingCancellation = codeStory('NO_PENDING_CANCELLATION', {
  escrow: 'status-paid',
  action: 'reject_cancellation',
  target: SELLER,
});

/** A failure of a whole class (HTTP status, network): the kit's own message for that class. */
function faultStory(fault: Fault, message: string): Story {
  return {
    args: {
      escrowId: 'status-pending',
      action: 'accept_pay',
      targetUserEmail: BUYER,
      navigate: fn(),
    },
    parameters: {
      simulator: { setup: (sim: DhmadSimulator) => sim.faults.set('createSession', fault) },
    },
    play: englishOnly(async ({ canvas, args }) => {
      await clickThrough(canvas, 'accept_pay');
      await expectUsableWith(canvas, 'accept_pay', message);
      await expect(args.navigate).not.toHaveBeenCalled();
    }),
  };
}

export const Unauthorized = faultStory({ type: 'status', status: 401 }, en['error.unauthorized']);
export const Forbidden = faultStory({ type: 'status', status: 403 }, en['error.forbidden']);
export const NotFound = faultStory({ type: 'status', status: 404 }, en['error.notFound']);
export const RateLimited = faultStory(
  { type: 'rateLimit', retryAfter: 120 },
  'Too many attempts. Try again in 2 min.',
);
export const ServerError = faultStory({ type: 'status', status: 500 }, en['error.server']);
export const NetworkFailure = faultStory({ type: 'network' }, en['error.network']);

/** An escrow the simulator has never heard of: DHMAD's real 404, not an injected one. */
export const UnknownEscrow: Story = {
  args: {
    escrowId: 'no-such-escrow',
    action: 'accept_pay',
    targetUserEmail: BUYER,
    navigate: fn(),
  },
  play: englishOnly(async ({ canvas, args }) => {
    await clickThrough(canvas, 'accept_pay');
    await expectUsableWith(canvas, 'accept_pay', en['error.notFound']);
    await expect(args.navigate).not.toHaveBeenCalled();
  }),
};

/** A slow server: the button says it is busy while waiting, then the redirect happens. */
export const SlowServer: Story = {
  args: {
    escrowId: 'status-pending',
    action: 'accept_pay',
    targetUserEmail: BUYER,
    navigate: fn(),
    onSessionCreated: fn(),
  },
  parameters: {
    simulator: {
      setup: (sim: DhmadSimulator) =>
        sim.faults.set('createSession', { type: 'latency', ms: 1500 }),
    },
  },
  play: englishOnly(async ({ canvas, canvasElement, args }) => {
    await userEvent.click(canvas.getByRole('button', { name: label('accept_pay') }));
    const busy = await canvas.findByRole('button', { name: en['action.busy'] });
    await expect(busy).toHaveAttribute('aria-busy', 'true');
    await expect(canvasElement.querySelector('.kit-action')).toHaveAttribute('data-state', 'busy');
    // A second click while waiting is ignored: no second request, no second session.
    await userEvent.click(busy);
    await expect(busy).toHaveAttribute('aria-busy', 'true');
    await expect(args.navigate).not.toHaveBeenCalled();
    await waitFor(() => expect(args.navigate).toHaveBeenCalledTimes(1), { timeout: 5000 });
    await expect(args.navigate).toHaveBeenCalledWith(
      await openedSessionUrl('status-pending', 'accept_pay', BUYER),
    );
    // A second request would have been answered moments after the first.
    await new Promise((resolve) => setTimeout(resolve, 300));
    await expect(args.onSessionCreated).toHaveBeenCalledTimes(1);
    await expect(args.navigate).toHaveBeenCalledTimes(1);
  }),
};

/** Every action's idle button side by side, with its default label. */
export const AllStates: Story = {
  render: (args) => (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: '0.75rem' }}>
      {CHECKOUT_ACTIONS.map((action) => (
        <ActionButton
          key={action}
          escrowId="status-paid"
          action={action}
          navigate={args.navigate}
        />
      ))}
    </div>
  ),
  play: englishOnly(async ({ canvas, canvasElement }) => {
    await expect(canvas.getAllByRole('button')).toHaveLength(CHECKOUT_ACTIONS.length);
    for (const action of CHECKOUT_ACTIONS) {
      const button = canvas.getByRole('button', { name: label(action) });
      await expect(button).toBeEnabled();
      await expect(button).not.toHaveAttribute('aria-busy');
    }
    await expect(canvasElement.querySelectorAll('.kit-action[data-state="idle"]')).toHaveLength(
      CHECKOUT_ACTIONS.length,
    );
  }),
};
