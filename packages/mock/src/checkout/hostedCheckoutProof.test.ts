// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { fileOf, openPage, pageUrl, postForm } from '../test/checkoutPages';
import {
  act,
  api,
  BUYER,
  funded,
  proof,
  quickWithProof,
  RETURN,
  SELLER,
  session,
} from '../test/simulatorRequests';

/** A PNG of the seller's own: the signature, then bytes no sample file has. */
const sellerPng = () =>
  Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...Array(200).keys()]);
const MB = 1024 * 1024;

/** A funded proof escrow and the seller's `submit_proof` session. */
async function uploadSession() {
  const { sim, id } = await funded();
  return { sim, id, sessionId: await session(sim, id, 'submit_proof', SELLER) };
}

describe('the hosted checkout’s proof pages', () => {
  it('asks for the files in a multipart form with a real, required file field', async () => {
    const { sim, sessionId } = await uploadSession();
    const { html } = await openPage(sim, pageUrl(sessionId));
    expect(html).toContain('<form method="post" enctype="multipart/form-data">');
    expect(html).toContain(
      '<input type="file" id="files" name="files" required aria-describedby="files-hint" accept="image/*,application/pdf" multiple>',
    );
    expect(html).toContain('<label for="note">Note for the buyer (optional)</label>');
  });

  it('names the proof types the policy asks for, and only the file limits when it lists none', async () => {
    const { sim, sessionId } = await uploadSession();
    expect((await openPage(sim, pageUrl(sessionId))).html).toContain(
      '<p class="hint" id="files-hint">Asked for: receipt, tracking proof, or product photo. Photos or PDFs: 1 to 5 files, each at most 10 MB.</p>',
    );
    const { allowedProofTypes, ...policy } = quickWithProof.fulfillmentPolicy;
    expect(allowedProofTypes).toHaveLength(3);
    const created = await api(sim, 'POST', '/escrows', {
      ...quickWithProof,
      fulfillmentPolicy: policy,
    });
    const id = created.body.escrow.id as string;
    await act(sim, id, 'accept_pay', BUYER);
    expect(
      (await openPage(sim, pageUrl(await session(sim, id, 'submit_proof', SELLER)))).html,
    ).toContain(
      '<p class="hint" id="files-hint">Photos or PDFs: 1 to 5 files, each at most 10 MB.</p>',
    );
  });

  it('keeps the uploaded PNG and serves the very same bytes at the proof’s viewUrl', async () => {
    const { sim, id, sessionId } = await uploadSession();
    const png = sellerPng();
    const sent = await postForm(sim, sessionId, {
      files: [fileOf('box.png', 'image/png', png), fileOf('invoice.pdf', 'application/pdf')],
      note: 'Bought at the Dubai Mall',
    });
    expect(sent.status).toBe(303);
    expect(sent.headers.get('location')).toBe(RETURN);
    const read = await proof(sim, id);
    expect(read.phase).toBe('submitted_waiting_buyer_review');
    expect(read.latestSubmission).toMatchObject({
      note: 'Bought at the Dubai Mall',
      attachments: [{ mimeType: 'image/png' }, { mimeType: 'application/pdf' }],
    });
    const [image] = read.latestSubmission.attachments as { viewUrl: string }[];
    expect(image?.viewUrl).toMatch(/\/box\.png$/);
    const served = await sim.handle(new Request(image?.viewUrl ?? ''));
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(new Uint8Array(await served.arrayBuffer())).toEqual(png);
  });

  it.each([
    ['no file', [fileOf('', 'application/octet-stream', 0)], 'Choose at least one file'],
    ['a text file', [fileOf('notes.txt', 'text/plain')], 'notes.txt is not an image or a PDF.'],
    ['an SVG image', [fileOf('logo.svg', 'image/svg+xml')], 'logo.svg is not an image or a PDF.'],
    [
      'a file over 10 MB',
      [fileOf('huge.jpg', 'image/jpeg', 10 * MB + 1)],
      'huge.jpg is larger than 10 MB.',
    ],
    [
      'six files',
      Array.from({ length: 6 }, (_, i) => fileOf(`p${i}.jpg`, 'image/jpeg')),
      'Choose at most 5 files (you chose 6).',
    ],
  ])(
    'refuses %s: the page again, 400, the message at the field, the note kept, nothing changed',
    async (_, files, message) => {
      const { sim, id, sessionId } = await uploadSession();
      const sent = await postForm(sim, sessionId, { files, note: 'Kept <as typed>' });
      expect(sent.status).toBe(400);
      expect(sent.html).toContain(message);
      expect(sent.html).toMatch(
        /<input type="file" id="files" name="files" required aria-describedby="files-hint files-error" aria-invalid="true"/,
      );
      expect(sent.html).toContain('>Kept &lt;as typed&gt;</textarea>');
      expect((await proof(sim, id)).phase).toBe('waiting_seller_proof');
      expect(sim.events.at(-1)?.type).toBe('escrow.proof.required');
    },
  );

  it('shows the buyer the latest proof: thumbnails at fresh viewUrls, links, the seller’s note', async () => {
    const { sim, id, sessionId } = await uploadSession();
    const png = sellerPng();
    await postForm(sim, sessionId, {
      files: [fileOf('box.png', 'image/png', png), fileOf('invoice.pdf', 'application/pdf')],
      note: 'See the <b>box</b> & "label"',
    });
    const review = await session(sim, id, 'review_proof', BUYER);
    const { html } = await openPage(sim, pageUrl(review));
    const thumbnails = [...html.matchAll(/<img src="([^"]+)" alt="([^"]+)"/g)];
    expect(thumbnails.map(([, , alt]) => alt)).toEqual(['Proof image 1']);
    const src = thumbnails[0]?.[1] ?? '';
    expect(src).toMatch(/^https:\/\/files\.dhmad\.test\/escrow-proof\/[0-9a-f]{32}\/box\.png$/);
    expect(new Uint8Array(await (await sim.handle(new Request(src))).arrayBuffer())).toEqual(png);
    expect(html).toMatch(
      /<a href="https:\/\/files\.dhmad\.test\/[^"]+\/invoice\.pdf">invoice\.pdf<\/a>/,
    );
    expect(html).toContain(
      '<blockquote>See the &lt;b&gt;box&lt;/b&gt; &amp; &quot;label&quot;</blockquote>',
    );
    expect(html).toContain('<button type="submit">Accept the proof</button>');
    expect(html).toContain('<label for="note">What should the seller correct? (optional)</label>');
  });

  it('requests a correction with the buyer’s note, or accepts', async () => {
    const { sim, id, sessionId } = await uploadSession();
    await postForm(sim, sessionId, { files: fileOf('box.png', 'image/png') });
    const first = await session(sim, id, 'review_proof', BUYER);
    const correction = await postForm(sim, first, {
      decision: 'request_correction',
      note: 'The receipt is cut off.',
    });
    expect(correction.status).toBe(303);
    expect((await proof(sim, id)).phase).toBe('correction_requested');
    expect(sim.events.at(-1)).toMatchObject({
      type: 'escrow.proof.correction_requested',
      data: { note: 'The receipt is cut off.', correctionRounds: 1 },
    });
    sim.completeSession(await session(sim, id, 'submit_proof', SELLER));
    const second = await session(sim, id, 'review_proof', BUYER);
    expect((await postForm(sim, second, { decision: 'accept' })).status).toBe(303);
    expect((await proof(sim, id)).phase).toBe('accepted');
  });

  it('refuses a review without a valid decision, 400, nothing changed', async () => {
    const { sim, id, sessionId } = await uploadSession();
    sim.completeSession(sessionId);
    const review = await session(sim, id, 'review_proof', BUYER);
    const sent = await postForm(sim, review, { decision: 'maybe' });
    expect(sent.status).toBe(400);
    expect(sent.html).toContain('Choose whether to accept the proof or request a correction.');
    expect((await proof(sim, id)).phase).toBe('submitted_waiting_buyer_review');
  });

  it('keeps at most 50 MB of uploads: a 413 page beyond, and completeSession throws', async () => {
    const { sim, id, sessionId } = await uploadSession();
    const big = { mimeType: 'image/jpeg', bytes: new Uint8Array(10 * MB) };
    sim.completeSession(sessionId, { attachments: [big, big, big, big, big] });
    sim.completeSession(await session(sim, id, 'review_proof', BUYER), {
      decision: 'request_correction',
    });
    const again = await session(sim, id, 'submit_proof', SELLER);
    const sent = await postForm(sim, again, { files: fileOf('one-more.jpg', 'image/jpeg') });
    expect(sent.status).toBe(413);
    expect(sent.html).toContain('<h1>These files are too large</h1>');
    expect(sent.html).toContain('at most 50 MB of uploaded files');
    expect((await proof(sim, id)).phase).toBe('correction_requested');
    expect(() =>
      sim.completeSession(again, {
        attachments: [{ mimeType: 'image/png', bytes: new Uint8Array(1) }],
      }),
    ).toThrow(RangeError);
    expect((await proof(sim, id)).phase).toBe('correction_requested');
  });
});
