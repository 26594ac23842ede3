import { EscrowKitProvider, escrowKeys } from '@kit/hooks';
import { BUYER, SELLER } from '@kit/test-utils';
import { ProofPanel } from '@kit/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { englishOnly } from './support/englishOnly';
import { simulator } from './support/kitSimulator';

/** The simulator's ready Quick Escrow with Proof: paid, waiting for the seller's proof. */
const ESCROW_ID = 'proof-waiting';

/** One party's screen: the kit's one-line drop-in, as that party sees it. */
function Screen({
  label,
  viewer,
  navigate,
}: {
  label: string;
  viewer: string;
  navigate: (url: string) => void;
}) {
  return (
    <section aria-label={label} style={{ minWidth: 0 }}>
      <h2 style={{ fontSize: '1rem' }}>{label}</h2>
      <EscrowKitProvider viewer={{ email: viewer }}>
        <ProofPanel escrowId={ESCROW_ID} navigate={navigate} />
      </EscrowKitProvider>
    </section>
  );
}

/**
 * The buyer's and the seller's screens side by side, sharing one cache as two tabs of one
 * app would share a backend. Everything is done through the kit's own buttons; the dashed box
 * plays DHMAD's hosted checkout when a button sends a party there.
 */
function BuyerAndSeller() {
  const queryClient = useQueryClient();
  const [checkoutUrl, setCheckoutUrl] = useState<string>();
  const complete = () => {
    simulator().completeSession(checkoutUrl?.split('/').at(-1) ?? '');
    setCheckoutUrl(undefined);
    // Back from DHMAD, `useCheckoutReturn` would refetch the escrow and its proof.
    void queryClient.invalidateQueries({ queryKey: escrowKeys.all });
  };
  return (
    <div
      style={{
        display: 'grid',
        gap: '1.5rem',
        gridTemplateColumns: 'repeat(auto-fit, minmax(18rem, 1fr))',
      }}
    >
      <Screen label="The buyer’s screen" viewer={BUYER} navigate={setCheckoutUrl} />
      <Screen label="The seller’s screen" viewer={SELLER} navigate={setCheckoutUrl} />
      {checkoutUrl && (
        <section
          aria-label="Hosted checkout (simulated)"
          style={{ border: '1px dashed currentColor', padding: '0.75rem' }}
        >
          <p style={{ margin: 0, overflowWrap: 'anywhere' }}>On DHMAD: {checkoutUrl}</p>
          <button type="button" onClick={complete}>
            Complete on DHMAD
          </button>
        </section>
      )}
    </div>
  );
}

const meta = {
  title: 'Guides/Walkthrough: buyer and seller screens',
  component: BuyerAndSeller,
  parameters: {
    layout: 'padded',
    // The two screens stand for two devices: on one page, their panels' landmarks (progress,
    // proof files) necessarily share names. Every other axe rule still applies.
    a11y: { config: { rules: [{ id: 'landmark-unique', enabled: false }] } },
  },
} satisfies Meta<typeof BuyerAndSeller>;

export default meta;
type Story = StoryObj<typeof meta>;

const WAIT = { timeout: 5000 };

/** A party's screen in the story. */
const screenOf = (canvas: HTMLElement, party: 'buyer' | 'seller') =>
  within(within(canvas).getByRole('region', { name: `The ${party}’s screen` }));

/** Both screens' status badges read `text`. */
const bothShow = (canvas: HTMLElement, text: string | RegExp) =>
  waitFor(() => {
    const badges = [...canvas.querySelectorAll('.kit-badge')].map((b) => b.textContent ?? '');
    expect(badges).toHaveLength(2);
    for (const badge of badges) expect(badge).toMatch(text);
  }, WAIT);

/** The party presses one of its next steps. */
const press = async (canvas: HTMLElement, party: 'buyer' | 'seller', name: string) =>
  userEvent.click(await screenOf(canvas, party).findByRole('button', { name }, WAIT));

/** The party finishes the step on DHMAD's (simulated) hosted checkout. */
async function onDhmad(canvas: HTMLElement) {
  const checkout = await within(canvas).findByRole(
    'region',
    { name: 'Hosted checkout (simulated)' },
    WAIT,
  );
  await userEvent.click(within(checkout).getByRole('button', { name: 'Complete on DHMAD' }));
}

/**
 * Paid → proof uploaded → accepted → delivered → completed, only through the kit's components:
 * the seller uploads proof, the buyer accepts it, the seller marks the escrow delivered (a
 * direct call, no checkout), the buyer confirms receipt.
 */
export const PaidToCompleted: Story = {
  play: englishOnly(async ({ canvasElement: canvas }) => {
    await bothShow(canvas, 'PaidWaiting for proof');
    await expect(
      screenOf(canvas, 'seller').queryByRole('button', { name: 'Mark as delivered' }),
    ).toBeNull();

    await press(canvas, 'seller', 'Upload proof');
    await onDhmad(canvas);
    await bothShow(canvas, 'PaidProof in review');

    await press(canvas, 'buyer', 'Review proof');
    await onDhmad(canvas);
    await bothShow(canvas, 'PaidProof accepted');

    await press(canvas, 'seller', 'Mark as delivered');
    const confirm = await within(document.body).findByRole('dialog', {}, WAIT);
    const buttons = within(confirm).getAllByRole('button');
    await userEvent.click(buttons.at(-1) as HTMLElement);
    await bothShow(canvas, /^Delivered/);
    await expect(
      await screenOf(canvas, 'seller').findByText(
        /delivered/i,
        { selector: '[role="status"]' },
        WAIT,
      ),
    ).toBeVisible();

    await press(canvas, 'buyer', 'Confirm receipt');
    await onDhmad(canvas);
    await bothShow(canvas, /^Completed/);
  }),
};
