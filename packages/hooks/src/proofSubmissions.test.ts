import { proofIn, submissionOf as sent } from '@kit/test-utils';
import { describe, expect, it } from 'vitest';
import { proofSubmissions } from './proofSubmissions';

describe('proofSubmissions', () => {
  it('lists every submission, else the latest alone, else none', () => {
    const submissions = [sent('a.jpg'), sent('b.jpg')];
    expect(proofSubmissions(proofIn('accepted', { submissions }))).toEqual(submissions);
    expect(proofSubmissions(proofIn('accepted', { latestSubmission: sent('c.jpg') }))).toEqual([
      sent('c.jpg'),
    ]);
    expect(proofSubmissions(undefined)).toEqual([]);
  });
});
