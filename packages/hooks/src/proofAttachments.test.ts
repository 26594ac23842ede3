import { imageFile as file, proofIn, submissionOf as sent } from '@kit/test-utils';
import { describe, expect, it } from 'vitest';
import { proofAttachments } from './proofAttachments';

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
