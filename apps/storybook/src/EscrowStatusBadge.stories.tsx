import { ESCROW_STATUSES, PROOF_PHASES } from '@kit/hooks';
import { EscrowStatusBadge } from '@kit/ui';
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
