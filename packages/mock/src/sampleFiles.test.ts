// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createDhmadSimulator } from './createDhmadSimulator';
import { attachments, SELLER, session } from './test/simulatorRequests';

describe('sample files served at attachment links', () => {
  /** Width and height from a JPEG's start-of-frame segment, walking the markers as a decoder does. */
  function jpegSize(bytes: Uint8Array) {
    let i = 2;
    while (i + 9 < bytes.length && bytes[i] === 0xff) {
      const marker = bytes[i + 1] as number;
      const length = ((bytes[i + 2] as number) << 8) | (bytes[i + 3] as number);
      if (marker >= 0xc0 && marker <= 0xc2) {
        const at = (k: number) => bytes[i + k] as number;
        return { height: (at(5) << 8) | at(6), width: (at(7) << 8) | at(8) };
      }
      i += 2 + length;
    }
    return undefined;
  }

  it('serves images that decode: a JPEG and a PNG of 64×48 pixels', async () => {
    const sim = createDhmadSimulator({ scenarios: ['proof-submitted'] });
    const [jpegLink, pngLink] = await attachments(sim, 'proof-submitted');
    const jpeg = new Uint8Array(
      await (await sim.handle(new Request(jpegLink?.viewUrl ?? ''))).arrayBuffer(),
    );
    expect([...jpeg.slice(0, 2), ...jpeg.slice(-2)]).toEqual([0xff, 0xd8, 0xff, 0xd9]);
    expect(jpegSize(jpeg)).toEqual({ width: 64, height: 48 });
    const png = new Uint8Array(
      await (await sim.handle(new Request(pngLink?.viewUrl ?? ''))).arrayBuffer(),
    );
    expect([...png.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const view = new DataView(png.buffer, png.byteOffset);
    expect(new TextDecoder().decode(png.slice(12, 16))).toBe('IHDR');
    expect({ width: view.getUint32(16), height: view.getUint32(20) }).toEqual({
      width: 64,
      height: 48,
    });
    expect(new TextDecoder().decode(png.slice(-8, -4))).toBe('IEND');
  });

  it('serves a PDF whose cross-reference table points at its objects', async () => {
    const sim = createDhmadSimulator({
      scenarios: ['proof-waiting'],
      viewUrlTtlMs: 60_000,
    });
    const id = await session(sim, 'proof-waiting', 'submit_proof', SELLER);
    sim.completeSession(id, {
      attachments: [
        { mimeType: 'application/pdf', fileName: 'invoice.pdf' },
        { mimeType: 'text/csv' },
      ],
    });
    const [pdfLink, csvLink] = await attachments(sim, 'proof-waiting');
    const pdf = await (await sim.handle(new Request(pdfLink?.viewUrl ?? ''))).text();
    const xref = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(pdf)?.[1]);
    expect(pdf.slice(xref).startsWith('xref\n0 6\n')).toBe(true);
    const offsets = [...pdf.slice(xref).matchAll(/^(\d{10}) 00000 n $/gm)].map((m) => Number(m[1]));
    expect(offsets.map((offset, i) => pdf.slice(offset).startsWith(`${i + 1} 0 obj`))).toEqual(
      Array(5).fill(true),
    );
    const csv = await sim.handle(new Request(csvLink?.viewUrl ?? ''));
    expect(csv.headers.get('content-type')).toBe('text/csv');
    expect((await csv.arrayBuffer()).byteLength).toBeGreaterThan(0);
  });
});
