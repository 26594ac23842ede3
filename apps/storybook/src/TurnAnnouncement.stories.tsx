import { SELLER } from '@kit/test-utils';
import { ProofPanel } from '@kit/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import { englishOnly } from './support/englishOnly';
import { simulator } from './support/kitSimulator';
import { openSession } from './support/openSession';

/** The simulator's Quick Escrow with Proof: paid, waiting for the seller's proof. */
const ESCROW_ID = 'proof-waiting';

/**
 * The buyer's `ProofPanel` while the seller acts elsewhere (the button plays the seller
 * uploading proof on DHMAD): the panel's next-steps live region announces it once, politely.
 */
function BuyerScreen() {
  const sellerUploads = async () => {
    simulator().completeSession(await openSession(ESCROW_ID, 'submit_proof', SELLER));
  };
  return (
    <div style={{ display: 'grid', gap: '1rem' }}>
      <button type="button" style={{ justifySelf: 'start' }} onClick={() => void sellerUploads()}>
        The seller uploads proof (simulated)
      </button>
      <ProofPanel escrowId={ESCROW_ID} />
    </div>
  );
}

const meta = {
  title: 'Guides/Announcing the other party’s change',
  component: BuyerScreen,
} satisfies Meta<typeof BuyerScreen>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Nothing is announced on load; the seller's upload is, once the buyer's screen refetches. */
export const SellerUploadsProof: Story = {
  play: englishOnly(async ({ canvas, canvasElement }) => {
    const region = () =>
      canvasElement.querySelector('.kit-checkout-actions > [role="status"]') as HTMLElement;
    await waitFor(() => expect(region()).toBeInTheDocument(), { timeout: 5000 });
    await expect(region()).toBeEmptyDOMElement();
    await userEvent.click(canvas.getByRole('button', { name: /seller uploads proof/ }));
    await waitFor(
      () =>
        expect(region()).toHaveTextContent('The seller uploaded proof — your turn to review it.'),
      { timeout: 10_000 },
    );
    await expect(canvas.getByRole('button', { name: 'Review proof' })).toBeVisible();
  }),
};
