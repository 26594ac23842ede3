import { ESCROW_STATUSES, PROOF_PHASES } from '@kit/hooks';
import type { DhmadSimulator } from '@kit/mock';
import { EscrowStatusBadge, en } from '@kit/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { englishOnly } from './support/englishOnly';

const meta = {
  title: 'Components/EscrowStatusBadge',
  component: EscrowStatusBadge,
  args: { status: 'paid' },
} satisfies Meta<typeof EscrowStatusBadge>;

export default meta;
type Story = StoryObj<typeof meta>;

const statusStory = (status: string, label: string): Story => ({
  args: { status },
  play: englishOnly(async ({ canvas }) => {
    await expect(canvas.getByText(label)).toHaveAttribute('data-status', status);
  }),
});

export const Pending = statusStory('pending', 'Pending');
export const Paid = statusStory('paid', 'Paid');
export const Delivered = statusStory('delivered', 'Delivered');
export const Completed = statusStory('completed', 'Completed');
export const Cancelled = statusStory('cancelled', 'Cancelled');

export const UnknownStatus: Story = {
  args: { status: 'frozen_by_regulator' },
  play: englishOnly(async ({ canvas }) => {
    await expect(canvas.getByText('Unknown status')).toHaveAttribute('data-status', 'unknown');
  }),
};

export const PaidWithProofInReview: Story = {
  args: { status: 'paid', phase: 'submitted_waiting_buyer_review' },
  play: englishOnly(async ({ canvas }) => {
    await expect(canvas.getByText('Proof in review')).toBeVisible();
  }),
};

export const Disputed: Story = {
  args: { status: 'paid', disputed: true },
  play: englishOnly(async ({ canvas }) => {
    await expect(canvas.getByText('Disputed')).toBeVisible();
  }),
};

/** Given only the escrow's id: fetched through `@kit/hooks`, its status and proof phase shown. */
export const ById: Story = {
  args: { status: undefined, escrowId: 'proof-submitted' },
  play: englishOnly(async ({ canvas }) => {
    const badge = await canvas.findByText(en['status.paid'], {}, { timeout: 5000 });
    await expect(badge).toHaveAttribute('data-phase', 'submitted_waiting_buyer_review');
    await expect(badge).toHaveTextContent(en['phase.submitted_waiting_buyer_review']);
  }),
};

/** By id, while the escrow is on its way: the pill says so and is busy. */
export const ByIdLoading: Story = {
  args: { status: undefined, escrowId: 'proof-submitted' },
  parameters: {
    simulator: {
      setup: (sim: DhmadSimulator) => sim.faults.set('escrow', { type: 'latency', ms: 20_000 }),
    },
  },
  play: englishOnly(
    async ({ canvas }) => {
      const badge = canvas.getByText(en['panel.loading']);
      await expect(badge).toHaveAttribute('data-status', 'loading');
      await expect(badge).toHaveAttribute('aria-busy', 'true');
    },
    { stillLoading: true },
  ),
};

/** By id, for an escrow that does not exist: the pill says why, as text. */
export const ByIdNotFound: Story = {
  args: { status: undefined, escrowId: 'no-such-escrow' },
  play: englishOnly(async ({ canvas }) => {
    const badge = await canvas.findByText(en['error.notFound'], {}, { timeout: 5000 });
    await expect(badge).toHaveAttribute('data-status', 'error');
  }),
};

/** Every status, and every proof phase of a paid escrow, side by side. */
export const AllStates: Story = {
  render: () => (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: '0.75rem' }}>
      {[...ESCROW_STATUSES, 'unknown_status'].map((status) => (
        <EscrowStatusBadge key={status} status={status} />
      ))}
      {[...PROOF_PHASES, 'phase_from_the_future'].map((phase) => (
        <EscrowStatusBadge key={phase} status="paid" phase={phase} />
      ))}
      <EscrowStatusBadge status="paid" disputed />
    </div>
  ),
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelectorAll('.kit-badge')).toHaveLength(
      ESCROW_STATUSES.length + PROOF_PHASES.length + 3,
    );
  },
};
