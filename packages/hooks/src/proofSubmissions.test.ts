import { describe, expect, it } from 'vitest';
import type { ProofSubmission } from './model';
import { proofSubmissions } from './proofSubmissions';
import { proofIn } from './test/fixtures';

const file = (name: string) => ({
  mimeType: 'image/jpeg',
  viewUrl: `https://cdn.dhmad.tn/${name}`,
});
const sent = (...names: string[]): ProofSubmission => ({
  submittedAt: '2026-06-19T14:00:00.000Z',
  attachments: names.map(file),
});

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
