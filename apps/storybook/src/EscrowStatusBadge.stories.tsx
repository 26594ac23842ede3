import { EscrowStatusBadge } from '@kit/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';

const meta = {
  title: 'Components/EscrowStatusBadge',
  component: EscrowStatusBadge,
  args: { status: 'paid' },
} satisfies Meta<typeof EscrowStatusBadge>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Paid: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByText('Paid')).toHaveAttribute('data-status', 'paid');
  },
};

export const UnknownStatus: Story = {
  args: { status: 'frozen_by_regulator' },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('Unknown status')).toHaveAttribute('data-status', 'unknown');
  },
};
