import { randomBytes } from 'node:crypto';
import { SCENARIO_BUYER, SCENARIO_SELLER } from '@kit/mock';

/** Someone the demo's sign-in page offers: no password, it is a demo. */
export interface DemoUser {
  email: string;
  name: string;
  /** What the demo lets them do: sellers create orders, buyers pay for them. */
  role: 'buyer' | 'seller';
}

/** Where the demo's escrows live: the in-process simulator (default) or DHMAD's sandbox. */
export type DemoDhmad =
  | { mode: 'simulator' }
  | { mode: 'sandbox'; apiKey: string; apiBaseUrl: string | undefined };

export interface DemoConfig {
  /** The port to listen on. @default 3000 */
  port: number;
  /** The origin browsers (and DHMAD's redirects and webhooks) reach the demo at, no trailing slash. */
  publicUrl: string;
  dhmad: DemoDhmad;
  /** Signs DHMAD's webhooks (the simulator) and verifies them (the proxy's receiver). */
  webhookSecret: string;
  /** Signs the demo's sign-in cookie; a new one each start signs everyone out. */
  cookieSecret: string;
  /** Who can sign in: the simulator's seeded parties, or `DEMO_BUYER_EMAIL`/`DEMO_SELLER_EMAIL`. */
  users: DemoUser[];
}

/**
 * Reads the demo's settings from the environment:
 * - `PORT` (default 3000) and `PUBLIC_URL` (default `http://localhost:$PORT`);
 * - `DHMAD_API_KEY`: when set, DHMAD's sandbox (or `DHMAD_API_BASE_URL`) instead of the simulator;
 * - `DHMAD_WEBHOOK_SECRET`: the secret DHMAD's dashboard shows for the webhook URL (a random
 *   one for the simulator when unset);
 * - `DEMO_BUYER_EMAIL`, `DEMO_SELLER_EMAIL`: who signs in (with the sandbox, two of your sandbox
 *   accounts; default the simulator's seeded buyer and seller).
 * Throws a `TypeError` naming the variable when one is malformed.
 */
export function readDemoConfig(env: NodeJS.ProcessEnv = process.env): DemoConfig {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new TypeError(`PORT must be a port number, got "${env.PORT}".`);
  }
  const publicUrl = (env.PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/+$/, '');
  if (!URL.canParse(publicUrl)) {
    throw new TypeError(`PUBLIC_URL must be an absolute URL, got "${env.PUBLIC_URL}".`);
  }
  const apiKey = env.DHMAD_API_KEY?.trim();
  const webhookSecret = env.DHMAD_WEBHOOK_SECRET?.trim();
  if (apiKey && !webhookSecret) {
    throw new TypeError(
      'DHMAD_WEBHOOK_SECRET must be set with DHMAD_API_KEY: copy it from DHMAD’s dashboard, where the webhook URL is registered.',
    );
  }
  return {
    port,
    publicUrl,
    dhmad: apiKey
      ? { mode: 'sandbox', apiKey, apiBaseUrl: env.DHMAD_API_BASE_URL?.trim() || undefined }
      : { mode: 'simulator' },
    webhookSecret: webhookSecret || randomBytes(32).toString('hex'),
    cookieSecret: randomBytes(32).toString('hex'),
    users: [
      { email: env.DEMO_SELLER_EMAIL?.trim() || SCENARIO_SELLER, name: 'Youssef', role: 'seller' },
      { email: env.DEMO_BUYER_EMAIL?.trim() || SCENARIO_BUYER, name: 'Amira', role: 'buyer' },
    ],
  };
}
