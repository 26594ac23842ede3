import type { ScenarioId } from './scenarios';
import type { SimulatorWebhookOptions } from './webhooks/SimulatorWebhookOptions';

/** A fixed, valid sandbox key: the default `apiKey` of a simulator. */
export const MOCK_API_KEY = `sk_sandbox_${'0123456789abcdef'.repeat(4)}`;

export interface DhmadSimulatorOptions {
  /** The key DHMAD's own paths require (`Authorization: Bearer` or `X-API-Key`). @default MOCK_API_KEY */
  apiKey?: string;
  /** Allowed redirect URLs of the developer dashboard; `[]` reproduces NO_REDIRECT_URLS_CONFIGURED. @default ['http://localhost:6006/checkout/return'] */
  allowedRedirectUrls?: string[];
  /** Same seed, same ids and timestamps. @default 1 */
  seed?: number;
  /**
   * The simulated time: a start date (the clock then moves only with `clock.advance`), or
   * `'real'` to follow the wall clock (plus whatever `advance` adds). @default 2026-06-19T12:00:00Z
   */
  now?: Date | number | string;
  /** Correction rounds before a proof is escalated to DHMAD (`needs_review`). @default 3 */
  maxCorrectionRounds?: number;
  /** How long a proof `viewUrl` works. @default 15 minutes */
  viewUrlTtlMs?: number;
  /** Where the proxy contract is served (without a key). @default '/api/escrow' */
  basePath?: string;
  /** Origin and path of attachment links, served by `handle`. @default 'https://files.dhmad.test/escrow-proof' */
  filesBaseUrl?: string;
  /** Origin of the hosted checkout in session URLs. @default 'https://sandbox.dhmad.tn' */
  checkoutOrigin?: string;
  /** The email of the developer account's associated user (the seller when `sellerEmail` is omitted). @default 'merchant@example.com' */
  accountEmail?: string;
  /**
   * The signed-in user: whose checkout a proxy-contract session targets when the request names
   * nobody, and who takes the direct actions (deliver, reject-delivery, cancel), which answer
   * 403 to the wrong party. @default none: the direct actions act as the right party
   */
  viewerEmail?: string;
  /**
   * How long, in real milliseconds, DHMAD takes to process a hosted checkout page's form: the
   * session is completed and the user redirected at once, and the escrow shows the action this
   * much later (when the action is still possible then), with its webhook. DHMAD may redirect
   * before its webhook has moved the escrow (not documented: the kit's `useCheckoutReturn`
   * reports `processing` meanwhile); this plays that case. `simulator.completeSession` is not
   * delayed. @default 0: at once
   */
  checkoutProcessingMs?: number;
  /** Load ready escrows: every scenario (`true`) or the ones named. */
  scenarios?: boolean | ScenarioId[];
  /**
   * Sends DHMAD's webhooks for every change, signed with `secret`, to `url` (a real HTTP POST) or
   * `deliver` (see `SimulatorWebhookOptions`; outcomes in `simulator.webhooks`). Loaded
   * scenarios send none. A receiver that checks `X-Webhook-Timestamp` against its own clock
   * (as `@kit/proxy` does, ±5 minutes) needs `now: 'real'`. Invalid values throw a `TypeError`.
   * @default off
   */
  webhooks?: SimulatorWebhookOptions;
}

/** The options that stay fixed for a simulator's life, defaults applied. */
export interface SimulatorConfig {
  apiKey: string;
  seed: number;
  maxCorrectionRounds: number;
  viewUrlTtlMs: number;
  /** Without a trailing slash. */
  basePath: string;
  /** Without a trailing slash. */
  filesBaseUrl: string;
  checkoutOrigin: string;
  accountEmail: string;
  checkoutProcessingMs: number;
}

const withoutTrailingSlash = (value: string) => value.replace(/\/+$/, '');

function processingMs(value: number | undefined): number {
  const ms = value ?? 0;
  if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0) {
    throw new TypeError('`checkoutProcessingMs` must be a number of milliseconds, 0 or more.');
  }
  return ms;
}

/** Applies the documented defaults of `DhmadSimulatorOptions`. */
export function resolveSimulatorOptions(options: DhmadSimulatorOptions): SimulatorConfig {
  return {
    apiKey: options.apiKey ?? MOCK_API_KEY,
    seed: options.seed ?? 1,
    maxCorrectionRounds: options.maxCorrectionRounds ?? 3,
    viewUrlTtlMs: options.viewUrlTtlMs ?? 15 * 60_000,
    basePath: withoutTrailingSlash(options.basePath ?? '/api/escrow'),
    filesBaseUrl: withoutTrailingSlash(
      options.filesBaseUrl ?? 'https://files.dhmad.test/escrow-proof',
    ),
    checkoutOrigin: options.checkoutOrigin ?? 'https://sandbox.dhmad.tn',
    accountEmail: options.accountEmail ?? 'merchant@example.com',
    checkoutProcessingMs: processingMs(options.checkoutProcessingMs),
  };
}

/** The dashboard's allowed redirect URLs when the options name none. */
export const DEFAULT_ALLOWED_REDIRECT_URLS = ['http://localhost:6006/checkout/return'];
