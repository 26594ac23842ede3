import { reviewFixture } from '@kit/test-utils';
import { act, render, screen } from '@testing-library/react';
import { Profiler, type ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EscrowUIProvider } from '../i18n/EscrowUIProvider';
import { TICK_MS } from '../internal/useNow';
import { fr } from '../locales/fr';
import { describeConformance } from '../test/conformance';
import { DeadlineCountdown } from './DeadlineCountdown';

const NOW = new Date('2026-06-19T12:00:00.000Z');

beforeEach(() => {
  vi.useFakeTimers({
    toFake: ['setInterval', 'clearInterval', 'setTimeout', 'clearTimeout', 'Date'],
  });
  vi.setSystemTime(NOW);
});
afterEach(() => vi.useRealTimers());

const renders = { parent: 0 };
function Parent({ children }: { children: ReactNode }) {
  renders.parent++;
  return <ul>{children}</ul>;
}

const inMinutes = (m: number) => new Date(NOW.getTime() + m * 60_000).toISOString();

describe('DeadlineCountdown', () => {
  it.each([
    [5 * 60 + 12, 'due in 5 hr 12 min', 'due'],
    [3, 'due in 3 min', 'due'],
    [2 * 1440 + 4 * 60, 'due in 2 days 4 hr', 'due'],
    [-3, 'overdue by 3 min', 'overdue'],
  ])('%i minutes away reads "%s"', (minutes, text, state) => {
    render(<DeadlineCountdown deadline={inMinutes(minutes)} />);
    const time = screen.getByText(text);
    expect(time.tagName).toBe('TIME');
    expect(time).toHaveAttribute('dateTime', inMinutes(minutes));
    expect(time).toHaveAttribute('data-state', state);
  });

  it('moves on by itself and turns overdue', () => {
    render(<DeadlineCountdown deadline={inMinutes(1)} />);
    expect(screen.getByText('due in 1 min')).toBeInTheDocument();
    act(() => vi.advanceTimersByTime(4 * TICK_MS));
    expect(screen.getByText('due in less than a minute')).toBeInTheDocument();
    act(() => vi.advanceTimersByTime(TICK_MS));
    expect(screen.getByText('overdue by less than a minute')).toHaveAttribute(
      'data-state',
      'overdue',
    );
  });

  it('speaks the provider language', () => {
    render(
      <EscrowUIProvider locale="fr-TN" messages={fr}>
        <DeadlineCountdown deadline={inMinutes(5 * 60 + 12)} />
      </EscrowUIProvider>,
    );
    expect(screen.getByText('dans 5 h 12 min')).toHaveAttribute('lang', 'fr-TN');
  });

  it('renders nothing without a valid deadline', () => {
    const { container } = render(
      <div>
        <DeadlineCountdown deadline={null} />
        <DeadlineCountdown deadline="not a date" />
      </div>,
    );
    expect(container.querySelector('time')).toBeNull();
  });

  it('fifty countdowns share one interval, and a tick re-renders only them', () => {
    const setIntervalSpy = vi.spyOn(globalThis, 'setInterval');
    renders.parent = 0;
    let countdownCommits = 0;
    const deadlines = Array.from({ length: 50 }, (_, i) => inMinutes(60 + i));
    render(
      <Parent>
        {deadlines.map((deadline) => (
          <li key={deadline}>
            <Profiler id="countdown" onRender={() => countdownCommits++}>
              <DeadlineCountdown deadline={deadline} />
            </Profiler>
          </li>
        ))}
      </Parent>,
    );
    expect(setIntervalSpy).toHaveBeenCalledTimes(1);
    const before = countdownCommits;
    act(() => vi.advanceTimersByTime(TICK_MS));
    expect(setIntervalSpy).toHaveBeenCalledTimes(1);
    expect(renders.parent).toBe(1);
    expect(countdownCommits - before).toBe(50);
  });

  it('stops its timer when the last countdown unmounts', () => {
    const clearSpy = vi.spyOn(globalThis, 'clearInterval');
    const { unmount } = render(<DeadlineCountdown deadline={inMinutes(5)} />);
    unmount();
    expect(clearSpy).toHaveBeenCalledTimes(1);
  });

  it('renders the absolute date on the server, where there is no "now"', () => {
    const html = renderToString(<DeadlineCountdown deadline="2026-06-20T10:00:00.000Z" />);
    expect(html).toContain('data-state="static"');
    expect(html).toContain('dateTime="2026-06-20T10:00:00.000Z"');
  });
});

describe("DeadlineCountdown of an escrow's next deadline", () => {
  const review = () => reviewFixture([], inMinutes(5 * 60));

  it("counts down to the buyer's review deadline while the proof waits on the buyer", () => {
    const { escrow, proof } = review();
    render(<DeadlineCountdown escrow={escrow} proof={proof} />);
    expect(screen.getByText('due in 5 hr')).toHaveAttribute('dateTime', inMinutes(5 * 60));
  });

  it("counts down to the seller's upload deadline from the escrow's proofInfo alone", () => {
    const { escrow } = review();
    const proofInfo = { phase: 'correction_requested', uploadDeadline: inMinutes(18 * 60) };
    render(<DeadlineCountdown escrow={{ ...escrow, proofInfo }} />);
    expect(screen.getByText('due in 18 hr')).toHaveAttribute('dateTime', inMinutes(18 * 60));
  });

  it('counts down to the completion deadline once delivered, and shows when it passed', () => {
    const { escrow } = review();
    render(
      <DeadlineCountdown
        escrow={{ ...escrow, status: 'delivered', completionDeadline: inMinutes(-90) }}
      />,
    );
    expect(screen.getByText('overdue by 1 hr 30 min')).toHaveAttribute('data-state', 'overdue');
  });

  it('renders nothing for an escrow with no deadline running', () => {
    const { escrow, proof } = review();
    const { container } = render(
      <DeadlineCountdown escrow={{ ...escrow, status: 'completed' }} proof={proof} />,
    );
    expect(container).toBeEmptyDOMElement();
  });

  it('takes a deadline given with the escrow over the escrow', () => {
    const { escrow, proof } = review();
    render(<DeadlineCountdown deadline={inMinutes(3)} escrow={escrow} proof={proof} />);
    expect(screen.getByText('due in 3 min')).toBeInTheDocument();
  });
});

describeConformance('DeadlineCountdown', (props) => (
  <DeadlineCountdown deadline="2030-01-01T00:00:00.000Z" {...props} />
));
