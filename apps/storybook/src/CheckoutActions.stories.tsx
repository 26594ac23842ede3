import type { CheckoutAction, EscrowAction } from '@kit/hooks';
import type { DhmadSimulator } from '@kit/mock';
import { BUYER, SELLER } from '@kit/test-utils';
import { CheckoutActions, en } from '@kit/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { englishOnly } from './support/englishOnly';
import { simulator } from './support/kitSimulator';

const CHECKOUT = 'https://sandbox.dhmad.tn/checkout/';

const meta = {
  title: 'Components/CheckoutActions',
  component: CheckoutActions,
  args: { escrowId: 'proof-submitted', navigate: fn() },
} satisfies Meta<typeof CheckoutActions>;

export default meta;
type Story = StoryObj<typeof meta>;

const label = (action: EscrowAction) => en[`action.${action}`];

/**
 * The viewer sees exactly the buttons DHMAD suggests for them; clicking `go` (through the
 * confirmation when it asks first) opens that session on DHMAD's checkout.
 */
function actionsStory(
  escrowId: string,
  viewer: string,
  actions: EscrowAction[],
  go: CheckoutAction,
  confirmTitle?: string,
): Story {
  return {
    args: { escrowId, navigate: fn() },
    parameters: { viewer },
    play: englishOnly(async ({ canvas, args }) => {
      await canvas.findByRole('button', { name: label(go) }, { timeout: 5000 });
      const group = canvas.getByRole('group', { name: en['panel.nextSteps'] });
      await expect(group).toHaveAttribute('data-count', String(actions.length));
      await expect(
        within(group)
          .getAllByRole('button')
          .map((b) => b.textContent),
      ).toEqual(actions.map(label));
      await expect(within(group).queryByText(en['panel.noActions'])).toBeNull();

      await userEvent.click(within(group).getByRole('button', { name: label(go) }));
      if (confirmTitle) {
        const dialog = await canvas.findByRole('dialog', { name: confirmTitle });
        await userEvent.click(within(dialog).getByRole('button', { name: en['confirm.continue'] }));
      }
      await waitFor(() => expect(args.navigate).toHaveBeenCalledTimes(1), { timeout: 5000 });
      const session = simulator().latestSession(escrowId);
      await expect(session).toMatchObject({ action: go, targetUserEmail: viewer });
      await expect(args.navigate).toHaveBeenCalledWith(`${CHECKOUT}${session?.sessionId}`);
    }),
  };
}

/** The buyer has a proof to review: one button, Review proof. */
export const BuyerReviewsProof = actionsStory(
  'proof-submitted',
  BUYER,
  ['review_proof'],
  'review_proof',
);

/** The seller owes proof: one button, Upload proof. */
export const SellerUploadsProof = actionsStory(
  'proof-waiting',
  SELLER,
  ['submit_proof'],
  'submit_proof',
);

/** The buyer asked for a clearer receipt: the seller uploads proof again. */
export const SellerCorrectsProof = actionsStory(
  'proof-correction-requested',
  SELLER,
  ['submit_proof'],
  'submit_proof',
);

/**
 * The buyer asked to cancel (through DHMAD's hosted checkout, played by the simulator before
 * the story renders): the seller may accept or refuse. On a proof escrow, because only the
 * proof carries DHMAD's suggested actions; the `cancellation-requested` scenario is a standard
 * escrow, which has no proof to carry them.
 */
export const SellerAnswersCancellation: Story = {
  ...actionsStory(
    'proof-accepted',
    SELLER,
    ['accept_cancellation', 'reject_cancellation', 'deliver'],
    'accept_cancellation',
    en['confirm.accept_cancellation.title'],
  ),
  beforeEach: async () => {
    const sim = simulator();
    const response = await sim.handle(
      new Request(new URL('/api/escrow/escrows/proof-accepted/sessions', location.href), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ action: 'request_cancellation', targetUserEmail: BUYER }),
      }),
    );
    const { sessionId } = (await response.json()) as { sessionId: string };
    sim.completeSession(sessionId, { reason: 'I found it cheaper elsewhere.' });
  },
};

/**
 * The buyer accepted the proof: the seller marks the escrow delivered, in place. Its button goes
 * as the escrow moves on, and the group announces the success itself.
 */
export const SellerDelivers: Story = {
  args: { escrowId: 'proof-accepted', navigate: fn() },
  parameters: {
    viewer: SELLER,
    simulator: { setup: (sim: DhmadSimulator) => sim.setViewer(SELLER) },
  },
  play: englishOnly(async ({ canvas, args }) => {
    const group = canvas.getByRole('group', { name: en['panel.nextSteps'] });
    const deliver = await within(group).findByRole(
      'button',
      { name: label('deliver') },
      { timeout: 5000 },
    );
    await expect(within(group).getAllByRole('button')).toHaveLength(1);
    await userEvent.click(deliver);
    const dialog = await canvas.findByRole('dialog', { name: en['confirm.deliver.title'] });
    await userEvent.click(within(dialog).getByRole('button', { name: label('deliver') }));
    await waitFor(
      () =>
        expect(group.querySelector('.kit-checkout-actions__done')).toHaveTextContent(
          en['done.deliver'],
        ),
      { timeout: 5000 },
    );
    await expect(within(group).queryByRole('button')).toBeNull();
    await expect(simulator().getEscrow('proof-accepted')?.status).toBe('delivered');
    await expect(args.navigate).not.toHaveBeenCalled();
  }),
};

/** It is the seller's turn, not the buyer's: a short line, no button. */
export const NothingToDo: Story = {
  args: { escrowId: 'proof-waiting', navigate: fn() },
  parameters: { viewer: BUYER },
  play: englishOnly(async ({ canvas }) => {
    await expect(
      await canvas.findByText(en['panel.noActions'], {}, { timeout: 5000 }),
    ).toBeVisible();
    const group = canvas.getByRole('group', { name: en['panel.nextSteps'] });
    await expect(group).toHaveAttribute('data-count', '0');
    await expect(group).not.toHaveAttribute('aria-busy');
    await expect(within(group).queryByRole('button')).toBeNull();
  }),
};

/** Each party's next steps on escrows in different states, side by side. */
/** The escrow cannot be loaded: the group says why, and Try again loads it once it can. */
export const LoadError: Story = {
  args: { escrowId: 'proof-submitted', navigate: fn() },
  parameters: {
    simulator: {
      setup: (sim: DhmadSimulator) => sim.faults.set('escrow', { type: 'status', status: 403 }),
    },
  },
  play: englishOnly(async ({ canvas }) => {
    const alert = await canvas.findByRole('alert', {}, { timeout: 5000 });
    await expect(alert).toHaveTextContent(en['error.loadEscrow']);
    await expect(alert).toHaveTextContent(en['error.forbidden']);
    await expect(canvas.queryByText(en['panel.noActions'])).toBeNull();
    simulator().faults.clear();
    await userEvent.click(within(alert).getByRole('button', { name: en['error.retry'] }));
    await expect(
      await canvas.findByRole('button', { name: label('review_proof') }, { timeout: 5000 }),
    ).toBeVisible();
  }),
};

export const AllStates: Story = {
  render: () => (
    <div
      style={{
        display: 'grid',
        gap: '1rem',
        gridTemplateColumns: 'repeat(auto-fill, minmax(16rem, 1fr))',
      }}
    >
      {(
        [
          ['status-pending', BUYER],
          ['status-delivered', BUYER],
          ['proof-waiting', SELLER],
          ['proof-submitted', BUYER],
          ['cancellation-requested', SELLER],
          ['status-completed', BUYER],
        ] as const
      ).map(([escrowId, viewer]) => (
        <CheckoutActions
          key={escrowId}
          escrowId={escrowId}
          viewerEmail={viewer}
          navigate={fn()}
          aria-label={`Next steps: ${escrowId}`}
        />
      ))}
    </div>
  ),
  play: englishOnly(async ({ canvas }) => {
    const group = (id: string) =>
      canvas.findByRole('group', { name: `Next steps: ${id}` }, { timeout: 5000 });
    await waitFor(() => expect(canvas.getAllByRole('button').length).toBeGreaterThanOrEqual(6), {
      timeout: 5000,
    });
    await expect(
      within(await group('status-delivered')).getByRole('button', { name: 'Confirm receipt' }),
    ).toBeVisible();
    await expect(
      within(await group('cancellation-requested'))
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual([label('accept_cancellation'), label('reject_cancellation'), label('deliver')]);
    await expect(
      within(await group('status-completed')).getByText('Nothing for you to do right now.'),
    ).toBeVisible();
  }),
};
