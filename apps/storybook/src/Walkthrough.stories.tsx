import { type CheckoutAction, EscrowKitProvider, escrowKeys } from '@kit/hooks';
import { MOCK_API_KEY, SCENARIOS } from '@kit/mock';
import { BUYER, SELLER } from '@kit/test-utils';
import { ProofPanel } from '@kit/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { englishOnly } from './support/englishOnly';
import { simulator } from './support/kitSimulator';

const HOUR = 3_600_000;

/** The escrow of the walkthrough, created afresh for each story by its simulator setup. */
const walkthrough = { escrowId: '' };

/** A fresh Quick Escrow with Proof, as the `proof-waiting` scenario starts before payment. */
const createEscrow = () => {
  walkthrough.escrowId = simulator().createEscrow(SCENARIOS['proof-waiting'].create).id;
};

type Step = { label: string; run: () => Promise<void> | void };

/** Opens and completes a checkout session, as the party would on DHMAD's hosted page. */
async function checkout(
  action: CheckoutAction,
  target: string,
  options: Parameters<ReturnType<typeof simulator>['completeSession']>[1] = {},
) {
  const response = await simulator().handle(
    new Request(new URL(`/api/escrow/escrows/${walkthrough.escrowId}/sessions`, location.href), {
      method: 'POST',
      body: JSON.stringify({ action, targetUserEmail: target }),
    }),
  );
  const { sessionId } = (await response.json()) as { sessionId: string };
  simulator().completeSession(sessionId, options);
}

const deliver = () =>
  simulator().handle(
    new Request(`https://sandbox.dhmad.tn/api/v1/escrows/${walkthrough.escrowId}/deliver`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${MOCK_API_KEY}` },
    }),
  );

const STEPS: Step[] = [
  { label: 'Buyer pays', run: () => checkout('accept_pay', BUYER) },
  {
    label: 'Seller uploads proof',
    run: () =>
      checkout('submit_proof', SELLER, {
        note: 'Photo of the box',
        attachments: [{ mimeType: 'image/png', fileName: 'box.png' }],
      }),
  },
  {
    label: 'Buyer asks for a correction',
    run: () => checkout('review_proof', BUYER, { decision: 'request_correction' }),
  },
  {
    label: 'Seller uploads again',
    run: () =>
      checkout('submit_proof', SELLER, {
        note: 'Receipt from the Dubai Mall store',
        attachments: [
          { mimeType: 'image/jpeg', fileName: 'receipt.jpg' },
          { mimeType: 'application/pdf', fileName: 'invoice.pdf' },
        ],
      }),
  },
  {
    label: 'Buyer accepts the proof',
    run: () => checkout('review_proof', BUYER, { decision: 'accept' }),
  },
  { label: 'Seller delivers', run: () => void deliver() },
  { label: 'Buyer confirms receipt', run: () => checkout('complete', BUYER) },
];

/**
 * The whole Quick Escrow with Proof flow against the simulator. The panel is the real kit; the
 * controls beside it play DHMAD's hosted checkout and its clock.
 */
function Walkthrough() {
  const queryClient = useQueryClient();
  const [viewer, setViewer] = useState(BUYER);
  const [checkoutUrl, setCheckoutUrl] = useState<string>();
  const [log, setLog] = useState<string[]>([]);
  const refresh = () => queryClient.invalidateQueries({ queryKey: escrowKeys.all });
  const run = async (label: string, action: () => Promise<unknown> | unknown) => {
    await action();
    setLog((l) => [...l, label]);
    await refresh();
  };
  const sessionId = checkoutUrl?.split('/').at(-1) ?? '';

  return (
    <div
      style={{
        display: 'grid',
        gap: '1.5rem',
        gridTemplateColumns: 'minmax(0, 2fr) minmax(14rem, 1fr)',
      }}
    >
      <EscrowKitProvider viewer={{ email: viewer }}>
        <ProofPanel
          key={walkthrough.escrowId}
          escrowId={walkthrough.escrowId}
          navigate={setCheckoutUrl}
        />
      </EscrowKitProvider>
      <aside
        aria-label="DHMAD sandbox controls"
        style={{ display: 'grid', gap: '0.75rem', alignContent: 'start' }}
      >
        <fieldset>
          <legend>View as</legend>
          {[BUYER, SELLER].map((email) => (
            <label key={email} style={{ display: 'block' }}>
              <input
                type="radio"
                name="viewer"
                checked={viewer === email}
                onChange={() => setViewer(email)}
              />{' '}
              {email === BUYER ? 'the buyer' : 'the seller'}
            </label>
          ))}
        </fieldset>
        {checkoutUrl && (
          <section
            aria-label="Hosted checkout (simulated)"
            style={{ border: '1px dashed currentColor', padding: '0.75rem' }}
          >
            <p style={{ margin: 0, overflowWrap: 'anywhere' }}>On DHMAD: {checkoutUrl}</p>
            <button
              type="button"
              onClick={() =>
                void run('Checkout completed', () => simulator().completeSession(sessionId)).then(
                  () => setCheckoutUrl(undefined),
                )
              }
            >
              Complete on DHMAD
            </button>{' '}
            <button
              type="button"
              onClick={() =>
                void run('Checkout abandoned', () => simulator().abandonSession(sessionId)).then(
                  () => setCheckoutUrl(undefined),
                )
              }
            >
              Leave without finishing
            </button>
          </section>
        )}
        <ol style={{ display: 'grid', gap: '0.5rem', margin: 0, paddingInlineStart: '1.25rem' }}>
          {STEPS.map((step) => (
            <li key={step.label}>
              <button type="button" onClick={() => void run(step.label, step.run)}>
                {step.label}
              </button>
            </li>
          ))}
        </ol>
        <button
          type="button"
          onClick={() => void run('25 hours later', () => simulator().clock.advance(25 * HOUR))}
        >
          Move the clock 25 hours on
        </button>
        <button type="button" onClick={() => void run('New escrow', createEscrow)}>
          Start again
        </button>
        <p aria-live="polite" style={{ margin: 0 }}>
          {log.length > 0 ? `Last: ${log.at(-1)}` : 'Nothing done yet.'}
        </p>
      </aside>
    </div>
  );
}

const meta = {
  title: 'Guides/Walkthrough: Quick Escrow with Proof',
  component: Walkthrough,
  parameters: { simulator: { setup: createEscrow }, layout: 'padded' },
} satisfies Meta<typeof Walkthrough>;

export default meta;
type Story = StoryObj<typeof meta>;

const badge = async (canvasElement: HTMLElement, text: string | RegExp) =>
  waitFor(
    () => expect(canvasElement.querySelector('.kit-badge')?.textContent ?? '').toMatch(text),
    { timeout: 5000 },
  );

const press = (canvasElement: HTMLElement, name: string) =>
  userEvent.click(within(canvasElement).getByRole('button', { name }));

/** Presses each control in turn, waiting each time for the badge the step should lead to. */
async function playSteps(
  canvasElement: HTMLElement,
  steps: [button: string, badge: string | RegExp][],
) {
  await badge(canvasElement, /^Pending/);
  for (const [button, expected] of steps) {
    await press(canvasElement, button);
    await badge(canvasElement, expected);
  }
}

const PAY_AND_SUBMIT: [string, string][] = [
  ['Buyer pays', 'PaidWaiting for proof'],
  ['Seller uploads proof', 'PaidProof in review'],
];

/** pay → submit proof → request correction → resubmit → accept → deliver → complete. */
export const FullFlow: Story = {
  play: englishOnly(({ canvasElement }) =>
    playSteps(canvasElement, [
      ...PAY_AND_SUBMIT,
      ['Buyer asks for a correction', 'PaidCorrection requested'],
      ['Seller uploads again', 'PaidProof in review'],
      ['Buyer accepts the proof', 'PaidProof accepted'],
      ['Seller delivers', /^Delivered/],
      ['Buyer confirms receipt', /^Completed/],
    ]),
  ),
};

/** The buyer reviews through the kit's own button: the controls play DHMAD's page. */
export const ThroughTheKitsButtons: Story = {
  play: englishOnly(async ({ canvasElement }) => {
    await playSteps(canvasElement, PAY_AND_SUBMIT);
    await userEvent.click(
      await within(canvasElement).findByRole('button', { name: 'Review proof' }, { timeout: 5000 }),
    );
    await within(canvasElement).findByRole(
      'region',
      { name: 'Hosted checkout (simulated)' },
      { timeout: 5000 },
    );
    await press(canvasElement, 'Complete on DHMAD');
    await badge(canvasElement, 'PaidProof accepted');
  }),
};

/** The buyer does not review in time: the proof is accepted automatically. */
export const AcceptedByTimeout: Story = {
  play: englishOnly(({ canvasElement }) =>
    playSteps(canvasElement, [
      ...PAY_AND_SUBMIT,
      ['Move the clock 25 hours on', 'PaidProof accepted automatically'],
    ]),
  ),
};

/** The seller never uploads: the escrow is cancelled and the buyer refunded. */
export const Expired: Story = {
  play: englishOnly(async ({ canvasElement }) => {
    await playSteps(canvasElement, [
      ['Buyer pays', 'PaidWaiting for proof'],
      ['Move the clock 25 hours on', /^Cancelled/],
    ]);
    await expect(
      await within(canvasElement).findByText(/No proof in time/, {}, { timeout: 5000 }),
    ).toBeVisible();
  }),
};
