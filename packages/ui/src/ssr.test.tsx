// @vitest-environment node

import { reviewFixture } from '@kit/test-utils';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ActionButton } from './ActionButton';
import { AttachmentGallery } from './AttachmentGallery';
import { CheckoutActions } from './CheckoutActions';
import { CheckoutReturnStatus } from './CheckoutReturnStatus';
import { DeadlineCountdown } from './DeadlineCountdown';
import { EscrowStatusBadge } from './EscrowStatusBadge';
import { EscrowUIProvider } from './i18n/EscrowUIProvider';
import { ar } from './locales/ar';
import { ProofPanel } from './ProofPanel';
import { ProofTimeline } from './ProofTimeline';

const attachments = [
  { mimeType: 'image/jpeg', viewUrl: 'https://files.dhmad.test/a.jpg' },
  { mimeType: 'application/pdf', viewUrl: 'https://files.dhmad.test/b.pdf' },
];
const { escrow, proof } = reviewFixture(attachments, '2026-06-21T10:00:00.000Z');

const components = {
  EscrowStatusBadge: <EscrowStatusBadge status="paid" phase="accepted" />,
  DeadlineCountdown: <DeadlineCountdown deadline="2026-06-21T10:00:00.000Z" />,
  ActionButton: <ActionButton escrowId="e1" action="review_proof" />,
  CheckoutActions: <CheckoutActions escrowId="e1" proof={proof} viewerEmail="buyer@example.com" />,
  ProofTimeline: <ProofTimeline escrow={escrow} proof={proof} viewerEmail="buyer@example.com" />,
  AttachmentGallery: <AttachmentGallery attachments={attachments} />,
  ProofPanel: <ProofPanel escrow={escrow} proof={proof} viewerEmail="buyer@example.com" />,
  // Storage and location are read after mount: the server says it is checking.
  CheckoutReturnStatus: <CheckoutReturnStatus search="?sessionId=s1" />,
};

describe('server rendering from data alone', () => {
  it.each(Object.entries(components))('%s renders without window or document', (_, element) => {
    expect(typeof window).toBe('undefined');
    const html = renderToString(element);
    expect(html).toMatch(/class="[^"]*kit-root/);
  });

  it('renders the whole panel in Arabic, right to left, with the amount in TND', () => {
    const html = renderToString(
      <EscrowUIProvider locale="ar-TN" messages={ar}>
        {components.ProofPanel}
      </EscrowUIProvider>,
    );
    expect(html).toContain('dir="rtl"');
    expect(html).toContain('2.500,000');
    expect(html).toContain(ar['action.review_proof']);
  });
});
