/**
 * With `DHMAD_API_KEY` set, the same demo server talks to DHMAD over HTTP instead of running the
 * simulator. "DHMAD" here is a simulator in this test's process behind a real HTTP server, reached
 * through `DHMAD_API_BASE_URL` (plain HTTP is allowed on localhost), so nothing leaves the machine.
 */
import { createServer, type Server } from 'node:http';
import { createDhmadSimulator, MOCK_API_KEY } from '@kit/mock';
import { toNodeHandler } from '@kit/proxy/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, type RunningDemo, startDemoServer } from './startDemoServer';

let dhmad: Server;
let dhmadUrl = '';
let demo: RunningDemo;
let dhmadCalls: string[] = [];

beforeAll(async () => {
  const simulator = createDhmadSimulator({ scenarios: ['status-paid'] });
  const port = await freePort();
  dhmadUrl = `http://localhost:${port}`;
  dhmad = createServer(
    toNodeHandler((request) => {
      dhmadCalls.push(`${request.method} ${new URL(request.url).pathname}`);
      return simulator.handle(request);
    }),
  );
  await new Promise<void>((resolve) => dhmad.listen(port, resolve));
  demo = await startDemoServer({
    DHMAD_API_KEY: MOCK_API_KEY,
    DHMAD_API_BASE_URL: `${dhmadUrl}/api/v1`,
    DHMAD_WEBHOOK_SECRET: 'whsec_from_the_dashboard',
  });
});

afterAll(async () => {
  await demo?.stop();
  await new Promise((resolve) => dhmad?.close(resolve));
});

async function signedIn(email: string): Promise<string> {
  const response = await fetch(`${demo.url}/api/demo/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email }),
  });
  return (response.headers.get('Set-Cookie') ?? '').split(';')[0] as string;
}

describe('the demo against DHMAD (DHMAD_API_KEY set)', () => {
  it('says so, reads escrows from DHMAD over HTTP, and has no simulator paths or clock', async () => {
    expect(demo.output()).toMatch(/escrows on DHMAD\b/);
    const session = await fetch(`${demo.url}/api/demo/session`).then((r) => r.json());
    expect(session.mode).toBe('sandbox');

    const buyer = await signedIn('buyer@example.com');
    dhmadCalls = [];
    const answer = await fetch(`${demo.url}/api/escrow/escrows/status-paid`, {
      headers: { Cookie: buyer },
    });
    expect(answer.status).toBe(200);
    expect((await answer.json()).escrow.status).toBe('paid');
    expect(dhmadCalls).toEqual(['GET /api/v1/escrows/status-paid']);

    expect((await fetch(`${demo.url}/api/v1/escrows/status-paid`)).status).toBe(404);
    const clock = await fetch(`${demo.url}/api/demo/clock`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ advanceMs: 1000 }),
    });
    expect(clock.status).toBe(404);
  });

  it('refuses to start with a key but no webhook secret, naming the variable', async () => {
    await expect(
      startDemoServer({ DHMAD_API_KEY: MOCK_API_KEY, DHMAD_API_BASE_URL: `${dhmadUrl}/api/v1` }),
    ).rejects.toThrow(/The demo cannot start: DHMAD_WEBHOOK_SECRET must be set/);
  });
});
