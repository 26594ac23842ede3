import { EscrowKitProvider } from '@kit/hooks';
import { createDhmadSimulator, createMockHandlers, type DhmadSimulator } from '@kit/mock';
import { setupMswServer } from '@kit/test-utils/msw';
import { QueryClient } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ActionButton } from './ActionButton';
import { AttachmentGallery } from './AttachmentGallery';
import { DeadlineCountdown } from './DeadlineCountdown';
import { ProofTimeline } from './ProofTimeline';

/**
 * The simulator plays DHMAD behind the proxy: every answer carries a `Date` header with its
 * clock. The device clock (faked) is off from it by `skew`; the kit must follow the server.
 */
const SERVER_NOW = Date.parse('2026-06-19T12:00:00.000Z');
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

let simulator: DhmadSimulator;
const { server, count } = setupMswServer();
const proofRequests = () => count('GET /api/escrow/escrows/proof-submitted/proof');

afterEach(() => {
  vi.useRealTimers();
  sessionStorage.clear();
});

function Kit({ children }: { children: ReactNode }) {
  return (
    <EscrowKitProvider queryClient={new QueryClient()} viewer={{ email: 'buyer@example.com' }}>
      {children}
    </EscrowKitProvider>
  );
}

describe.each([
  ['2 h fast', 2 * HOUR],
  ['2 h slow', -2 * HOUR],
  ['35 min fast', 35 * MINUTE],
])('with the device clock %s', (_, skew) => {
  beforeEach(() => {
    simulator = createDhmadSimulator({ scenarios: true, now: new Date(SERVER_NOW).toISOString() });
    // Half a minute after the scenarios were loaded: the text of a countdown does not then
    // depend on the estimate's precision (about one second).
    simulator.clock.advance(30_000);
    server.use(...createMockHandlers({ simulator }));
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(simulator.clock.now().getTime() + skew);
  });

  it('follows a fresh checkout session (DHMAD gives it 30 minutes) to DHMAD', async () => {
    const navigate = vi.fn();
    render(
      <Kit>
        <ActionButton escrowId="proof-submitted" action="review_proof" navigate={navigate} />
      </Kit>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Review proof' }));
    await waitFor(() => expect(navigate).toHaveBeenCalledTimes(1));
    const session = simulator.latestSession('proof-submitted');
    expect(navigate).toHaveBeenCalledWith(
      `https://sandbox.dhmad.tn/checkout/${session?.sessionId}`,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('');
  });

  it("counts down to the server's deadlines, also in a countdown that fetched nothing", async () => {
    render(
      <Kit>
        <DeadlineCountdown deadline={new Date(SERVER_NOW + 2 * HOUR)} />
        <ProofTimeline escrowId="proof-submitted" />
      </Kit>,
    );
    // The buyer had 5 hours to review when the scenario was loaded, on DHMAD's clock.
    expect(await screen.findByText('due in 4 hr 59 min')).toHaveAttribute('data-state', 'due');
    expect(screen.getByText('due in 1 hr 59 min')).toHaveAttribute('data-state', 'due');
  });

  it('refreshes expired proof links once, and again only once the fresh ones have aged', async () => {
    render(
      <Kit>
        <AttachmentGallery escrowId="proof-submitted" />
      </Kit>,
    );
    const image = async () =>
      (await screen.findByRole('button', { name: 'Open image 1 of 2' })).querySelector('img');
    const first = await image();
    expect(proofRequests()).toBe(1);

    fireEvent.error(first as HTMLImageElement);
    await waitFor(async () => expect(await image()).not.toBe(first));
    expect(proofRequests()).toBe(2);
    // The fresh link fails at once: it is expired, not refreshed again.
    fireEvent.error((await image()) as HTMLImageElement);
    expect(await screen.findByText('Link expired')).toBeInTheDocument();
    expect(proofRequests()).toBe(2);

    // Twenty minutes on (on both clocks), the other image's link fails: that is a new refresh.
    vi.setSystemTime(Date.now() + 20 * MINUTE);
    simulator.clock.advance(20 * MINUTE);
    const second = screen.getByRole('button', { name: 'Open image 2 of 2' }).querySelector('img');
    fireEvent.error(second as HTMLImageElement);
    await waitFor(() => expect(proofRequests()).toBe(3));
  });
});
