import type { Escrow } from '@kit/hooks';
import { proofIn, quickEscrow } from '@kit/test-utils';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { EscrowUIProvider } from '../i18n/EscrowUIProvider';
import { ar } from '../locales/ar';
import { fr } from '../locales/fr';
import { ProofTimeline } from './ProofTimeline';

/** A proof escrow whose policy lists `allowedProofTypes` (DHMAD's seed example by default). */
const asking = (
  allowedProofTypes: unknown = ['receipt', 'tracking_proof', 'product_photo'],
  phase = 'waiting_seller_proof',
): Escrow =>
  quickEscrow({
    fulfillmentPolicy: {
      type: 'purchase_proof_required',
      allowedProofTypes: allowedProofTypes as string[],
    },
    proofInfo: { phase },
  });

const currentStep = () => screen.getByRole('listitem', { current: 'step' });
const hint = () => screen.queryByText(/^(Proof asked for|Preuve demandée|الإثبات المطلوب)/);

describe('ProofTimeline: the proof the escrow asks for', () => {
  it('names the allowed proof types on the upload step, as one list', () => {
    render(<ProofTimeline escrow={asking()} proof={null} />);
    expect(
      within(currentStep()).getByText('Proof asked for: receipt, tracking proof, or product photo'),
    ).toBeVisible();
  });

  it('names them again while a correction is asked for, and not once proof is under review', () => {
    const { rerender } = render(
      <ProofTimeline
        escrow={asking(['order_confirmation', 'other'], 'correction_requested')}
        proof={proofIn('correction_requested', { correctionRounds: 1 })}
      />,
    );
    expect(within(currentStep()).getByText(/^Proof asked for:/)).toHaveTextContent(
      'Proof asked for: order confirmation or another document',
    );
    rerender(
      <ProofTimeline
        escrow={asking(['receipt'], 'submitted_waiting_buyer_review')}
        proof={proofIn('submitted_waiting_buyer_review')}
      />,
    );
    expect(hint()).toBeNull();
  });

  it('leaves out types it has no words for, repeats, and anything that is not a list', () => {
    const { rerender } = render(
      <ProofTimeline escrow={asking(['receipt', 'x_ray', 'receipt', 7])} proof={null} />,
    );
    expect(hint()).toHaveTextContent(/^Proof asked for: receipt$/);
    for (const types of [['x_ray'], [], 'receipt', { receipt: true }, null]) {
      rerender(<ProofTimeline escrow={asking(types)} proof={null} />);
      expect(hint()).toBeNull();
    }
    // A policy without the list (DHMAD's field is optional).
    rerender(<ProofTimeline escrow={quickEscrow()} proof={null} />);
    expect(hint()).toBeNull();
  });

  it('speaks French and Arabic', () => {
    const { rerender } = render(
      <EscrowUIProvider locale="fr-TN" messages={fr}>
        <ProofTimeline escrow={asking()} proof={null} />
      </EscrowUIProvider>,
    );
    expect(hint()).toHaveTextContent('Preuve demandée : reçu, preuve de suivi ou photo du produit');
    rerender(
      <EscrowUIProvider locale="ar-TN" messages={ar}>
        <ProofTimeline escrow={asking()} proof={null} />
      </EscrowUIProvider>,
    );
    expect(hint()).toHaveTextContent('الإثبات المطلوب: إيصال أو إثبات التتبع أو صورة المنتج');
  });
});
