import { DeadlineCountdown } from '@kit/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { englishOnly } from './support/englishOnly';

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
