import { describe, expect, it } from 'vitest';
import type { ProofSubmission } from './model';
import { proofAttachments } from './proofAttachments';
import { proofIn } from './test/fixtures';

const file = (name: string) => ({
  mimeType: 'image/jpeg',
  viewUrl: `https://cdn.dhmad.tn/${name}`,
});
const sent = (...names: string[]): ProofSubmission => ({
  submittedAt: '2026-06-19T14:00:00.000Z',
  attachments: names.map(file),
});

describe('proofAttachments', () => {
  it("shows the latest submission's files, else the last submission's, else none", () => {
    const submissions = [sent('old.jpg'), sent('new.jpg')];
    expect(
      proofAttachments(proofIn('accepted', { submissions, latestSubmission: sent('latest.jpg') })),
    ).toEqual([file('latest.jpg')]);
    expect(proofAttachments(proofIn('accepted', { submissions }))).toEqual([file('new.jpg')]);
    expect(proofAttachments(proofIn('waiting_seller_proof'))).toEqual([]);
  });

  it('gives the same empty list every time there is nothing, so memos keep', () => {
    expect(proofAttachments(undefined)).toBe(proofAttachments(null));
  });
});
