import { BUYER } from '@kit/test-utils';
import { CheckoutReturnStatus, en } from '@kit/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { delay, HttpResponse, http } from 'msw';
import { useEffect, useRef, useState } from 'react';
import { expect, userEvent, waitFor } from 'storybook/test';
import { englishOnly } from './support/englishOnly';
import { kitHandlers, simulator } from './support/kitSimulator';
import { openSession } from './support/openSession';

/** The simulator's standard escrow waiting for the buyer's payment. */
const ESCROW_ID = 'status-pending';
type Outcome = 'verifying' | 'processing' | 'completed' | 'abandoned' | 'unknown';

/**
 * The page DHMAD sends the buyer back to after paying: the buyer's `accept_pay` session is
 * opened in the simulator, then finished (`completed`), left (`abandoned`) or left open
 * (`unknown`) on DHMAD's side, before the page reads it. `processing`: DHMAD says the session
 * is completed but has not moved the escrow yet; the button plays its webhook arriving.
 */
function ReturnPage({ outcome }: { outcome: Outcome }) {
  const [sessionId, setSessionId] = useState<string>();
  // One session per page, even when React runs the effect twice (Strict Mode).
  const opened = useRef<Promise<string>>(undefined);
  useEffect(() => {
    if (outcome === 'verifying') return setSessionId('being-verified');
    let mounted = true;
    opened.current ??= openSession(ESCROW_ID, 'accept_pay', BUYER);
    void opened.current.then((id) => {
      if (!mounted) return;
      if (outcome === 'completed') simulator().completeSession(id);
      if (outcome === 'abandoned') simulator().abandonSession(id);
      setSessionId(id);
    });
    return () => {
      mounted = false;
    };
  }, [outcome]);
  if (!sessionId) return null;
  return (
    <div style={{ display: 'grid', gap: '0.75rem', justifyItems: 'start' }}>
      <CheckoutReturnStatus search={`?sessionId=${sessionId}`} />
      {outcome === 'processing' && (
        <button type="button" onClick={() => simulator().completeSession(sessionId)}>
          DHMAD moves the escrow (simulated webhook)
        </button>
      )}
    </div>
  );
}

const meta = {
  title: 'Components/CheckoutReturnStatus',
  component: ReturnPage,
  args: { outcome: 'completed' },
  argTypes: {
    outcome: {
      control: 'select',
      options: ['verifying', 'processing', 'completed', 'abandoned', 'unknown'],
    },
  },
} satisfies Meta<typeof ReturnPage>;

export default meta;
type Story = StoryObj<typeof meta>;
type Canvas = Parameters<NonNullable<Story['play']>>[0]['canvas'];

const WAIT = { timeout: 5000 };

/** The status region says `text`, and the root's `data-outcome` is `outcome`. */
const says = (canvas: Canvas, outcome: Outcome, text: string, wait = WAIT) =>
  waitFor(() => {
    const status = canvas.getByRole('status');
    expect(status).toHaveTextContent(text);
    expect(status.parentElement).toHaveAttribute('data-outcome', outcome);
  }, wait);

/** The session is being verified (the proxy has not answered yet). */
export const Verifying: Story = {
  args: { outcome: 'verifying' },
  parameters: {
    msw: {
      handlers: {
        kit: [http.get('*/api/escrow/sessions/:id', () => delay('infinite')), ...kitHandlers],
      },
    },
  },
  play: englishOnly(({ canvas }) => says(canvas, 'verifying', en['return.verifying'])),
};

/**
 * DHMAD redirected back before its webhook moved the escrow: "Confirming your payment…"
 * instead of the old state, then "Payment confirmed." once the escrow moves.
 */
export const ProcessingThenCompleted: Story = {
  args: { outcome: 'processing' },
  parameters: {
    msw: {
      handlers: {
        kit: [
          // DHMAD's session is completed already; the escrow moves only on the button.
          http.get('*/api/escrow/sessions/:id', () => {
            const session = simulator().latestSession(ESCROW_ID);
            return HttpResponse.json({ session: { ...session, status: 'completed' } });
          }),
          ...kitHandlers,
        ],
      },
    },
  },
  play: englishOnly(async ({ canvas }) => {
    await says(canvas, 'processing', en['return.processing.accept_pay']);
    await expect(simulator().getEscrow(ESCROW_ID)?.status).toBe('pending');
    await userEvent.click(canvas.getByRole('button', { name: /simulated webhook/ }));
    await says(canvas, 'completed', en['return.completed.accept_pay'], { timeout: 10_000 });
  }),
};

export const Completed: Story = {
  args: { outcome: 'completed' },
  play: englishOnly(({ canvas }) => says(canvas, 'completed', en['return.completed.accept_pay'])),
};

export const Abandoned: Story = {
  args: { outcome: 'abandoned' },
  play: englishOnly(({ canvas }) => says(canvas, 'abandoned', en['return.abandoned'])),
};

/** The session is still open on DHMAD: the kit cannot tell yet, and offers to check again. */
export const Unknown: Story = {
  args: { outcome: 'unknown' },
  play: englishOnly(async ({ canvas }) => {
    await says(canvas, 'unknown', en['return.unknown']);
    const again = canvas.getByRole('button', { name: en['return.recheck'] });
    simulator().completeSession(simulator().latestSession(ESCROW_ID)?.sessionId ?? '');
    await userEvent.click(again);
    await says(canvas, 'completed', en['return.completed.accept_pay']);
  }),
};
