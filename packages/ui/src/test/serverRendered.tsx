import type { Proof } from '@kit/hooks';
import { reviewFixture } from '@kit/test-utils';
import type { ReactElement } from 'react';
import { ActionButton } from '../ActionButton';
import { AttachmentGallery } from '../AttachmentGallery';
import { CheckoutActions } from '../CheckoutActions';
import { DeadlineCountdown } from '../DeadlineCountdown';
import { EscrowStatusBadge } from '../EscrowStatusBadge';
import { EscrowUIProvider } from '../i18n/EscrowUIProvider';
import { fr } from '../locales/fr';
import { ProofPanel } from '../ProofPanel';
import { ProofTimeline } from '../ProofTimeline';

/** 14:00 UTC: 15:00 in Tunis, 07:00 in Los Angeles, so a date in the wrong zone shows. */
const DEADLINE = '2026-06-19T14:00:00.000Z';
const SUBMITTED = '2026-06-18T23:30:00.000Z'; // a different day in Tunis than in Los Angeles

const attachments = [
  { mimeType: 'application/pdf', viewUrl: 'https://files.dhmad.test/receipt.pdf' },
  { mimeType: 'application/zip', viewUrl: 'https://files.dhmad.test/photos.zip' },
];
const review = reviewFixture(attachments, DEADLINE);
const escrow = review.escrow;
const submission = { ...review.proof.submissions[0], submittedAt: SUBMITTED, attachments };
const proof: Proof = { ...review.proof, submissions: [submission], latestSubmission: submission };

const panel = <ProofPanel escrow={escrow} proof={proof} viewerEmail="buyer@example.com" />;

/**
 * Every component from data alone, as an app renders it on its server: the same elements are
 * rendered to HTML by a server (`renderOnServer`) and hydrated in the browser.
 */
export const serverRendered = {
  DeadlineCountdown: () => <DeadlineCountdown deadline={DEADLINE} />,
  ProofTimeline: () => (
    <ProofTimeline escrow={escrow} proof={proof} viewerEmail="buyer@example.com" />
  ),
  ProofPanel: () => panel,
  EscrowStatusBadge: () => (
    <EscrowStatusBadge status="paid" phase="submitted_waiting_buyer_review" />
  ),
  AttachmentGallery: () => <AttachmentGallery attachments={attachments} />,
  ActionButton: () => <ActionButton escrowId="e1" action="review_proof" />,
  CheckoutActions: () => (
    <CheckoutActions escrowId="e1" proof={proof} viewerEmail="buyer@example.com" />
  ),
  'ProofPanel in French': () => (
    <EscrowUIProvider locale="fr-TN" messages={fr}>
      {panel}
    </EscrowUIProvider>
  ),
  'ProofPanel in Africa/Tunis': () => (
    <EscrowUIProvider timeZone="Africa/Tunis">{panel}</EscrowUIProvider>
  ),
} satisfies Record<string, () => ReactElement>;
