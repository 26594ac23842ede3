// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createDhmadSimulator } from './createDhmadSimulator';
import { attachments, proof } from './test/simulatorRequests';

describe('attachment links', () => {
  it('serves real files at time-limited links, and 403 once they expire', async () => {
    const sim = createDhmadSimulator({ scenarios: ['proof-accepted'], viewUrlTtlMs: 60_000 });
    const [jpeg, pdf] = (await proof(sim, 'proof-accepted')).latestSubmission.attachments as {
      viewUrl: string;
    }[];
    const image = await sim.handle(new Request(jpeg?.viewUrl as string));
    expect(image.headers.get('content-type')).toBe('image/jpeg');
    expect([...new Uint8Array(await image.arrayBuffer()).slice(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
    const doc = await sim.handle(new Request(pdf?.viewUrl as string));
    expect(await doc.text()).toMatch(/^%PDF-1\.4[\s\S]*%%EOF\n$/);
    sim.clock.advance(61_000);
    expect((await sim.handle(new Request(jpeg?.viewUrl as string))).status).toBe(403);
  });

  it('issues fresh links on every GET /proof, the old ones still valid until their TTL', async () => {
    const sim = createDhmadSimulator({ scenarios: ['proof-submitted'], viewUrlTtlMs: 60_000 });
    const [first] = await attachments(sim, 'proof-submitted');
    sim.clock.advance(50_000);
    const [second] = await attachments(sim, 'proof-submitted');
    expect(second?.viewUrl).not.toBe(first?.viewUrl);
    sim.clock.advance(20_000);
    expect((await sim.handle(new Request(first?.viewUrl ?? ''))).status).toBe(403);
    expect((await sim.handle(new Request(second?.viewUrl ?? ''))).status).toBe(200);
  });
});
