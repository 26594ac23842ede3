/**
 * Requests a test makes to the simulator: DHMAD's own API with the key, a checkout session
 * created and completed as its target user, and the escrows the tests start from.
 */
import type { CheckoutAction } from '@kit/hooks/core';
import { expect } from 'vitest';
import { createDhmadSimulator, type DhmadSimulator } from '../createDhmadSimulator';
import { SCENARIO_BUYER as BUYER, SCENARIOS, SCENARIO_SELLER as SELLER } from '../scenarios';
import { MOCK_API_KEY } from '../simulatorOptions';

export { BUYER, SELLER };
export const RETURN = 'http://localhost:6006/checkout/return';
export const HOUR = 3_600_000;

/** Sends a request to the simulator; its status, headers and parsed JSON body. */
async function send(sim: DhmadSimulator, url: string, init: RequestInit, body?: unknown) {
  const headers = new Headers(init.headers);
  headers.set('Content-Type', 'application/json');
  const response = await sim.handle(
    new Request(url, {
      ...init,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    }),
  );
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    body: text ? JSON.parse(text) : undefined,
  };
}

/** Calls DHMAD's own API on the simulator, with the key. */
export function api(
  sim: DhmadSimulator,
  method: string,
  path: string,
  body?: unknown,
  key: string | null = MOCK_API_KEY,
) {
  const headers: Record<string, string> = key ? { Authorization: `Bearer ${key}` } : {};
  return send(sim, `https://sandbox.dhmad.tn/api/v1${path}`, { method, headers }, body);
}

/** Calls the kit's proxy contract on the simulator, under its default `basePath`, as a browser. */
export const viaProxy = (sim: DhmadSimulator, method: string, path: string, body?: unknown) =>
  send(sim, `http://localhost/api/escrow${path}`, { method }, body);

/** A simulator with every scenario loaded. */
export const newSim = () => createDhmadSimulator({ scenarios: true });

/** Creates a checkout session on DHMAD's API, expecting 201; its id. */
export async function session(
  sim: DhmadSimulator,
  id: string,
  action: CheckoutAction,
  target: string,
  redirectUrl = RETURN,
) {
  const res = await api(sim, 'POST', `/escrows/${id}/sessions`, {
    action,
    targetUserEmail: target,
    redirectUrl,
  });
  expect(res.status).toBe(201);
  return res.body.sessionId as string;
}

/** Creates a session and completes it as its target; the escrow afterwards. */
export async function act(
  sim: DhmadSimulator,
  id: string,
  action: CheckoutAction,
  target: string,
  opts = {},
) {
  sim.completeSession(await session(sim, id, action, target), opts);
  return (await api(sim, 'GET', `/escrows/${id}`)).body.escrow;
}

/** A quick escrow with the purchase-proof policy (seed quick-escrow-with-proof.txt). */
export const quickWithProof = {
  ...SCENARIOS['proof-waiting'].create,
  title: 'iPhone 15 from Dubai',
};

/** A standard escrow body between BUYER and SELLER. */
export const standardLogo = {
  title: 'Logo',
  amount: 300,
  buyerEmail: BUYER,
  sellerEmail: SELLER,
  estimatedDeliveryDays: 7,
  contractTerms: 'A logo.',
};

/** A new quick escrow with proof, paid by BUYER: its proof waits for SELLER's upload. */
export async function funded() {
  const sim = createDhmadSimulator();
  const id = (await api(sim, 'POST', '/escrows', quickWithProof)).body.escrow.id as string;
  await act(sim, id, 'accept_pay', BUYER);
  return { sim, id };
}

/** The proof as `GET /api/v1/escrows/:id/proof` returns it. */
export const proof = async (sim: DhmadSimulator, id: string) =>
  (await api(sim, 'GET', `/escrows/${id}/proof`)).body.proof;

/** The latest submission's attachments of an escrow's proof. */
export async function attachments(sim: DhmadSimulator, id: string) {
  const res = await api(sim, 'GET', `/escrows/${id}/proof`);
  return res.body.proof.latestSubmission.attachments as { mimeType: string; viewUrl: string }[];
}
