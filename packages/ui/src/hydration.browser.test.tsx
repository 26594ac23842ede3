import './styles.css';
import type { Escrow, Proof } from '@kit/hooks';
import { expectCleanHydration } from '@kit/test-utils/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EscrowUIProvider } from './i18n/EscrowUIProvider';
import { fr } from './locales/fr';
import { ProofPanel } from './ProofPanel';

const base = new URL('/', location.href).href;
const attachments = [
  { mimeType: 'image/png', viewUrl: `${base}missing-on-purpose.png` },
  { mimeType: 'application/pdf', viewUrl: `${base}doc.pdf` },
];
const escrow: Escrow = {
  id: 'e1',
  title: 'Bague en argent',
  amount: 180.5,
  currency: 'TND',
  status: 'paid',
  mode: 'quick',
  buyer: { email: 'buyer@example.com' },
  seller: { email: 'seller@example.com' },
  fulfillmentPolicy: { type: 'purchase_proof_required' },
};
const proof: Proof = {
  phase: 'submitted_waiting_buyer_review',
  reviewDeadline: new Date(Date.now() + 5 * 3_600_000).toISOString(),
  correctionRounds: 1,
  submissions: [{ submittedAt: new Date().toISOString(), note: 'Ticket de caisse', attachments }],
  latestSubmission: {
    submittedAt: new Date().toISOString(),
    note: 'Ticket de caisse',
    attachments,
  },
  checkoutActions: [{ action: 'review_proof', targetUserEmail: 'buyer@example.com' }],
};

afterEach(() => {
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

describe('hydration in Chromium', () => {
  it('hydrates server HTML of a whole panel without a mismatch', async () => {
    const element = (
      <EscrowUIProvider locale="fr-TN" messages={fr}>
        <ProofPanel escrow={escrow} proof={proof} viewerEmail="buyer@example.com" />
      </EscrowUIProvider>
    );
    const container = await expectCleanHydration(element);
    // After hydration the countdown is live.
    expect(container.querySelector('time.kit-countdown')?.getAttribute('data-state')).toBe('due');
  });
});
