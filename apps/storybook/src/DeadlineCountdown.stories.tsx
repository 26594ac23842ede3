import { DeadlineCountdown, en } from '@kit/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import { englishOnly } from './support/englishOnly';
import { simulator } from './support/kitSimulator';

const inMinutes = (m: number) => new Date(Date.now() + m * 60_000).toISOString();

const meta = {
  title: 'Components/DeadlineCountdown',
  component: DeadlineCountdown,
  args: { deadline: inMinutes(5 * 60 + 12) },
} satisfies Meta<typeof DeadlineCountdown>;

export default meta;
type Story = StoryObj<typeof meta>;

export const DueInHours: Story = {
  play: englishOnly(async ({ canvasElement }) => {
    const time = canvasElement.querySelector('time');
    await expect(time).toHaveAttribute('data-state', 'due');
    await expect(time?.textContent).toMatch(/^due in 5 hr 1[12] min$/);
  }),
};

export const DueInDays: Story = {
  args: { deadline: inMinutes(2 * 1440 + 4 * 60 + 1) },
  play: englishOnly(async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('time')?.textContent).toMatch(/^due in 2 days 4 hr$/);
  }),
};

export const Overdue: Story = {
  args: { deadline: inMinutes(-3) },
  play: englishOnly(async ({ canvasElement }) => {
    const time = canvasElement.querySelector('time');
    await expect(time).toHaveAttribute('data-state', 'overdue');
    await expect(time?.textContent).toMatch(/^overdue by [34] min$/);
  }),
};

export const NoDeadline: Story = {
  args: { deadline: null },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('time')).toBeNull();
  },
};

/** The countdown's `<time>`, once the escrow fetched by id is there. */
const loadedTime = async (canvasElement: HTMLElement) => {
  await waitFor(
    () => expect(canvasElement.querySelector('time:not([data-state="loading"])')).not.toBeNull(),
    { timeout: 5000 },
  );
  return canvasElement.querySelector('time');
};

/**
 * Given only the escrow's id: its next deadline, here the buyer's review deadline of a proof
 * waiting for review (the rule is `nextDeadline` of `@kit/hooks`).
 */
export const ByIdProofInReview: Story = {
  args: { deadline: undefined, escrowId: 'proof-submitted' },
  play: async ({ canvasElement }) => {
    const time = await loadedTime(canvasElement);
    await expect(time).toHaveAttribute('data-state', 'due');
    // The scenario's buyer has 5 hours left to review.
    const left = Date.parse(time?.dateTime ?? '') - Date.now();
    await expect(Math.abs(left - 5 * 3_600_000)).toBeLessThan(120_000);
  },
};

/** By id, once the seller delivered: the escrow's completion deadline. */
export const ByIdDelivered: Story = {
  args: { deadline: undefined, escrowId: 'status-delivered' },
  play: async ({ canvasElement }) => {
    const time = await loadedTime(canvasElement);
    // The escrow's `completionDeadline`, as DHMAD (the story's simulator) returns it.
    const deadline = simulator().getEscrow('status-delivered')?.completionDeadline;
    await expect(deadline).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    await expect(time).toHaveAttribute('dateTime', deadline);
    await expect(time).toHaveAttribute('data-state', 'due');
  },
};

/** By id, for an escrow that does not exist: why, as text, in place of the countdown. */
export const ByIdNotFound: Story = {
  args: { deadline: undefined, escrowId: 'no-such-escrow' },
  play: englishOnly(async ({ canvas }) => {
    const time = await canvas.findByText(en['error.notFound'], {}, { timeout: 5000 });
    await expect(time).toHaveAttribute('data-state', 'error');
  }),
};

/** Due in minutes, hours and days, overdue, and no deadline, side by side. */
export const AllStates: Story = {
  render: () => (
    <ul style={{ display: 'grid', gap: '0.5rem', listStyle: 'none', padding: 0 }}>
      {[3, 5 * 60 + 12, 2 * 1440 + 4 * 60 + 1, -3, -26 * 60].map((minutes) => (
        <li key={minutes}>
          <DeadlineCountdown deadline={inMinutes(minutes)} />
        </li>
      ))}
      <li>
        <DeadlineCountdown deadline={null} />
      </li>
    </ul>
  ),
  play: async ({ canvasElement }) => {
    const states = [...canvasElement.querySelectorAll('time')].map((t) =>
      t.getAttribute('data-state'),
    );
    await expect(states).toEqual(['due', 'due', 'due', 'overdue', 'overdue']);
  },
};
