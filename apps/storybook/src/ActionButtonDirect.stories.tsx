import { DIRECT_ACTIONS, type DirectAction } from '@kit/hooks';
import type { DhmadSimulator, Fault } from '@kit/mock';
import { BUSINESS_ERRORS } from '@kit/mock';
import { BUYER, SELLER } from '@kit/test-utils';
import { ActionButton, EscrowStatusBadge, en } from '@kit/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { HttpResponse, http } from 'msw';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { englishOnly } from './support/englishOnly';
import { kitHandlers, simulator } from './support/kitSimulator';

/**
 * The three direct actions (`deliver`, `reject_delivery`, `cancel_pending`): taken in place,
 * without leaving for DHMAD, against the simulator acting as the story's viewer. Each story shows
 * the escrow's status badge beside the button, so a success visibly moves the escrow.
 */
const meta = {
  title: 'Components/ActionButton direct actions',
  component: ActionButton,
  args: { escrowId: 'proof-accepted', action: 'deliver', navigate: fn(), onActionDone: fn() },
  argTypes: { action: { control: 'select', options: [...DIRECT_ACTIONS] } },
  render: (args) => (
    <div style={{ display: 'grid', gap: '0.75rem', justifyItems: 'start', padding: '1rem' }}>
      {'escrowId' in args && args.escrowId && <EscrowStatusBadge escrowId={args.escrowId} />}
      <ActionButton {...args} />
    </div>
  ),
} satisfies Meta<typeof ActionButton>;

export default meta;
type Story = StoryObj<typeof meta>;
type Canvas = Parameters<NonNullable<Story['play']>>[0]['canvas'];

const STRANGER = 'someone.else@example.com';
const label = (action: DirectAction) => en[`action.${action}`];

/** Clicks the action's button, then its dialog's button (typing a reason for a rejection). */
async function takeAction(canvas: Canvas, action: DirectAction, reason = '') {
  await userEvent.click(canvas.getByRole('button', { name: label(action) }));
  const dialog = await canvas.findByRole('dialog', { name: en[`confirm.${action}.title`] });
  await expect(dialog).toBeVisible();
  if (reason) await userEvent.type(within(dialog).getByRole('textbox'), reason);
  await userEvent.click(within(dialog).getByRole('button', { name: label(action) }));
}

interface Case {
  escrowId: string;
  action: DirectAction;
  /** Who is signed in, in the kit and in the simulator. */
  viewer: string;
  fault?: Fault;
  /** Handlers tried before the simulator's. */
  before?: Parameters<typeof http.post>[1];
}

const FAULT_ROUTE = {
  deliver: 'deliver',
  reject_delivery: 'rejectDelivery',
  cancel_pending: 'cancel',
} as const;
const PATH = {
  deliver: 'deliver',
  reject_delivery: 'reject-delivery',
  cancel_pending: 'cancel',
} as const;

function setup(c: Case): Pick<Story, 'args' | 'parameters'> {
  return {
    args: { escrowId: c.escrowId, action: c.action, navigate: fn(), onActionDone: fn() },
    parameters: {
      viewer: c.viewer,
      simulator: {
        setup: (sim: DhmadSimulator) => {
          sim.setViewer(c.viewer);
          if (c.fault) sim.faults.set(FAULT_ROUTE[c.action], c.fault);
        },
      },
      msw: c.before
        ? {
            handlers: {
              kit: [
                http.post(`*/api/escrow/escrows/:id/${PATH[c.action]}`, c.before),
                ...kitHandlers,
              ],
            },
          }
        : undefined,
    },
  };
}

/**
 * The action succeeds: announced politely, the badge beside it moves (from the escrow DHMAD
 * returned, put in the cache), nothing navigates. `andThen` checks more afterwards.
 */
function successStory(
  c: Case,
  from: string,
  to: string,
  { reason = '', andThen }: { reason?: string; andThen?: () => Promise<void> } = {},
): Story {
  return {
    ...setup(c),
    play: englishOnly(async ({ canvas, canvasElement, args }) => {
      const badge = () => canvasElement.querySelector('.kit-badge');
      await waitFor(() => expect(badge()).toHaveAttribute('data-status', from), { timeout: 5000 });
      await takeAction(canvas, c.action, reason);
      await waitFor(
        () => expect(canvas.getByRole('status')).toHaveTextContent(en[`done.${c.action}`]),
        { timeout: 5000 },
      );
      await expect(badge()).toHaveAttribute('data-status', to);
      await expect(simulator().getEscrow(c.escrowId)?.status).toBe(to);
      await expect(args.onActionDone).toHaveBeenCalledTimes(1);
      await expect(args.navigate).not.toHaveBeenCalled();
      const button = canvas.getByRole('button', { name: label(c.action) });
      await expect(button).toBeEnabled();
      await expect(canvas.getByRole('alert')).toBeEmptyDOMElement();
      await andThen?.();
    }),
  };
}

/** The action is refused: the message shows under the button, announced; the button stays usable. */
function failureStory(c: Case, message: string): Story {
  return {
    ...setup(c),
    play: englishOnly(async ({ canvas, args }) => {
      await takeAction(canvas, c.action);
      const alert = canvas.getByRole('alert');
      await waitFor(() => expect(alert).toHaveTextContent(message), { timeout: 5000 });
      const button = canvas.getByRole('button', { name: label(c.action) });
      await expect(button).toBeEnabled();
      await expect(button).not.toHaveAttribute('aria-busy');
      await expect(button).toHaveAccessibleDescription(message);
      await expect(canvas.getByRole('status')).toBeEmptyDOMElement();
      await expect(args.onActionDone).not.toHaveBeenCalled();
      await expect(args.navigate).not.toHaveBeenCalled();
    }),
  };
}

const deliver = { escrowId: 'proof-accepted', action: 'deliver', viewer: SELLER } as const;
const reject = { escrowId: 'proof-delivered', action: 'reject_delivery', viewer: BUYER } as const;
const cancel = { escrowId: 'status-pending', action: 'cancel_pending', viewer: BUYER } as const;
const INVALID_STATUS = en['code.INVALID_STATUS'];

export const Deliver = successStory(deliver, 'paid', 'delivered');
/** The buyer's reason, typed with spaces around it, reaches DHMAD trimmed. */
export const RejectDelivery = successStory(reject, 'delivered', 'paid', {
  reason: '  The parcel was empty.  ',
  andThen: async () => {
    const escrow = simulator().getEscrow(reject.escrowId) as
      | { deliveryRejections?: { reason?: string }[] }
      | undefined;
    await expect(escrow?.deliveryRejections?.at(-1)?.reason).toBe('The parcel was empty.');
  },
});
export const CancelPending = successStory(cancel, 'pending', 'cancelled');

/** DHMAD's 409 until the buyer accepts the proof, with the simulator's `user_message`. */
export const DeliverProofNotAccepted = failureStory(
  { ...deliver, escrowId: 'proof-submitted' },
  BUSINESS_ERRORS.PROOF_NOT_ACCEPTED?.user_message ?? '',
);
/** The same 409 without a `user_message`: the kit's own text. */
export const DeliverProofNotAcceptedNoUserMessage = failureStory(
  {
    ...deliver,
    escrowId: 'proof-submitted',
    before: () => HttpResponse.json({ error: { code: 'PROOF_NOT_ACCEPTED' } }, { status: 409 }),
  },
  en['code.PROOF_NOT_ACCEPTED'],
);
export const RejectDeliveryConflict = failureStory(
  { ...reject, fault: { type: 'status', status: 409 } },
  en['error.conflict'],
);
export const CancelPendingConflict = failureStory(
  { ...cancel, fault: { type: 'status', status: 409 } },
  en['error.conflict'],
);

/** DHMAD's 400s for these calls are English state rules: the kit's text is shown instead. */
export const DeliverNotPaid = failureStory(
  { ...deliver, escrowId: 'status-pending' },
  INVALID_STATUS,
);
export const RejectDeliveryNotDelivered = failureStory(
  { ...reject, escrowId: 'status-paid' },
  INVALID_STATUS,
);
export const CancelPendingAlreadyPaid = failureStory(
  { ...cancel, escrowId: 'status-paid' },
  INVALID_STATUS,
);

/** The wrong party (DHMAD's 403). */
export const DeliverAsBuyer = failureStory({ ...deliver, viewer: BUYER }, en['error.forbidden']);
export const RejectDeliveryAsSeller = failureStory(
  { ...reject, viewer: SELLER },
  en['error.forbidden'],
);
export const CancelPendingAsStranger = failureStory(
  { ...cancel, viewer: STRANGER },
  en['error.forbidden'],
);

export const DeliverNetworkFailure = failureStory(
  { ...deliver, fault: { type: 'network' } },
  en['error.network'],
);
export const RejectDeliveryNetworkFailure = failureStory(
  { ...reject, fault: { type: 'network' } },
  en['error.network'],
);
export const CancelPendingNetworkFailure = failureStory(
  { ...cancel, fault: { type: 'network' } },
  en['error.network'],
);
