import type { DhmadSimulator } from '@kit/mock';
import { BUYER, SELLER } from '@kit/test-utils';
import { en, ProofTimeline } from '@kit/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { englishOnly } from './support/englishOnly';
import { simulator } from './support/kitSimulator';

const meta = {
  title: 'Components/ProofTimeline',
  component: ProofTimeline,
  args: { escrowId: 'proof-submitted' },
} satisfies Meta<typeof ProofTimeline>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A phase from one party's view: the current step shows, and "Your turn" only for whoever acts. */
function phaseStory(escrowId: string, viewer: string, current: RegExp, yourTurn: boolean): Story {
  return {
    args: { escrowId },
    parameters: { viewer },
    play: englishOnly(async ({ canvas }) => {
      // Loaded once the steps are there (while loading, the region shows a placeholder).
      await waitFor(
        () =>
          expect(
            canvas.getByRole('region', { name: 'Escrow progress' }).querySelector('ol'),
          ).not.toBeNull(),
        { timeout: 5000 },
      );
      const timeline = canvas.getByRole('region', { name: 'Escrow progress' });
      const step = timeline.querySelector('[aria-current="step"]') as HTMLElement | null;
      if (step) await expect(step.textContent).toMatch(current);
      else await expect(timeline.textContent).toMatch(current);
      if (yourTurn) await expect(within(timeline).getByText('Your turn')).toBeVisible();
      else await expect(within(timeline).queryByText('Your turn')).toBeNull();
    }),
  };
}

/** The upload step also names the proof the escrow's policy asks for (`allowedProofTypes`). */
const UPLOAD_ASKING =
  /Seller uploads proof.*Proof asked for: receipt, tracking proof, or product photo/s;
export const WaitingSellerProofAsSeller = phaseStory('proof-waiting', SELLER, UPLOAD_ASKING, true);
export const WaitingSellerProofAsBuyer = phaseStory('proof-waiting', BUYER, UPLOAD_ASKING, false);
export const SubmittedAsBuyer = phaseStory('proof-submitted', BUYER, /Buyer reviews proof/, true);
export const SubmittedAsSeller = phaseStory(
  'proof-submitted',
  SELLER,
  /Buyer reviews proof/,
  false,
);
export const CorrectionRequestedAsSeller = phaseStory(
  'proof-correction-requested',
  SELLER,
  /Correction requested \(round 1\)/,
  true,
);
export const CorrectionRequestedAsBuyer = phaseStory(
  'proof-correction-requested',
  BUYER,
  /Correction requested \(round 1\)/,
  false,
);
export const AcceptedAsSeller = phaseStory('proof-accepted', SELLER, /Seller delivers/, true);
export const AcceptedAsBuyer = phaseStory('proof-accepted', BUYER, /Seller delivers/, false);
export const AcceptedByTimeoutAsSeller = phaseStory(
  'proof-accepted-by-timeout',
  SELLER,
  /Seller delivers/,
  true,
);
export const AcceptedByTimeoutAsBuyer = phaseStory(
  'proof-accepted-by-timeout',
  BUYER,
  /Seller delivers/,
  false,
);
export const NeedsReviewAsBuyer = phaseStory(
  'proof-needs-review',
  BUYER,
  /Escalated to DHMAD/,
  false,
);
export const NeedsReviewAsSeller = phaseStory(
  'proof-needs-review',
  SELLER,
  /Escalated to DHMAD/,
  false,
);
export const ExpiredAsBuyer = phaseStory('proof-expired', BUYER, /No proof in time/, false);
export const ExpiredAsSeller = phaseStory('proof-expired', SELLER, /No proof in time/, false);

const unknownPhaseEscrow = {
  id: 'future',
  title: 'Camera from Istanbul',
  amount: 900,
  currency: 'TND',
  status: 'paid',
  mode: 'quick',
  buyer: { email: BUYER },
  seller: { email: SELLER },
  fulfillmentPolicy: { type: 'purchase_proof_required' },
};
const unknownPhaseProof = {
  phase: 'courier_inspection',
  submissions: [],
  latestSubmission: null,
  checkoutActions: [],
};

export const UnknownPhaseAsBuyer: Story = {
  args: {
    escrowId: undefined,
    escrow: unknownPhaseEscrow,
    proof: unknownPhaseProof,
    viewerEmail: BUYER,
  },
  play: englishOnly(async ({ canvas }) => {
    await expect(canvas.getByText(/Proof status unknown \(courier_inspection\)/)).toBeVisible();
  }),
};
export const UnknownPhaseAsSeller: Story = {
  args: {
    escrowId: undefined,
    escrow: unknownPhaseEscrow,
    proof: unknownPhaseProof,
    viewerEmail: SELLER,
  },
  play: UnknownPhaseAsBuyer.play,
};

export const DeliveredEscrow = phaseStory(
  'status-delivered',
  BUYER,
  /Buyer confirms receipt/,
  true,
);
export const CompletedEscrow = phaseStory(
  'status-completed',
  BUYER,
  /Buyer confirms receipt/,
  false,
);
export const CancelledEscrow = phaseStory('status-cancelled', BUYER, /Escrow cancelled/, false);

/** The escrow loads, its proof does not: the escrow's own phase stays, with why and a retry. */
export const ProofLoadError: Story = {
  args: { escrowId: 'proof-submitted' },
  parameters: {
    viewer: BUYER,
    simulator: {
      setup: (sim: DhmadSimulator) => sim.faults.set('proof', { type: 'status', status: 404 }),
    },
  },
  play: englishOnly(async ({ canvas }) => {
    const alert = await canvas.findByRole('alert', {}, { timeout: 5000 });
    await expect(alert).toHaveTextContent(en['error.notFound']);
    const timeline = canvas.getByRole('region', { name: en['timeline.label'] });
    await expect(timeline.querySelector('[aria-current="step"]')?.textContent).toMatch(
      /Buyer reviews proof/,
    );
    simulator().faults.clear();
    await userEvent.click(within(alert).getByRole('button', { name: en['error.retry'] }));
    await expect(
      await canvas.findByText(en['timeline.history'], {}, { timeout: 5000 }),
    ).toBeVisible();
  }),
};

/** Every proof phase at once, from the buyer's view. */
export const AllStates: Story = {
  render: () => (
    <div
      style={{
        display: 'grid',
        gap: '1rem',
        gridTemplateColumns: 'repeat(auto-fill, minmax(20rem, 1fr))',
      }}
    >
      {[
        'proof-waiting',
        'proof-submitted',
        'proof-correction-requested',
        'proof-accepted',
        'proof-accepted-by-timeout',
        'proof-needs-review',
        'proof-expired',
      ].map((id) => (
        <ProofTimeline key={id} escrowId={id} aria-label={`Escrow progress: ${id}`} />
      ))}
    </div>
  ),
  play: async ({ canvas }) => {
    await expect(
      await canvas.findByRole(
        'region',
        { name: 'Escrow progress: proof-expired' },
        { timeout: 5000 },
      ),
    ).toBeVisible();
    await expect(canvas.getAllByRole('region')).toHaveLength(7);
  },
};
