import type { CheckoutAction, Escrow } from '@kit/hooks/core';
import type { Fault, FaultRoute } from './applyFault';
import { createRandom } from './createRandom';
import type { SimulatorEvent } from './recordEvent';
import { createSimulatorClock, type SimulatorClock } from './simulatorClock';
import {
  DEFAULT_ALLOWED_REDIRECT_URLS,
  type DhmadSimulatorOptions,
  resolveSimulatorOptions,
  type SimulatorConfig,
} from './simulatorOptions';
import {
  createWebhookDispatcher,
  type WebhookDispatcher,
} from './webhooks/createWebhookDispatcher';
import { resolveWebhookOptions } from './webhooks/resolveWebhookOptions';
import { webhookBody } from './webhooks/webhookBody';

/**
 * A proof file as stored: its type, its name and, when it was uploaded, its bytes (otherwise
 * sample bytes are made when a link is issued).
 */
export interface StoredAttachment {
  mimeType: string;
  fileName: string;
  bytes?: Uint8Array;
}

export interface StoredSubmission {
  submittedAt: string;
  note: string | null;
  attachments: StoredAttachment[];
}

/** The proof of a Quick Escrow with Proof, as DHMAD keeps it. */
export interface StoredProof {
  phase: string;
  correctionRounds: number;
  uploadDeadline: string | null;
  reviewDeadline: string | null;
  submissions: StoredSubmission[];
}

/** A checkout session; times in milliseconds since the epoch. */
export interface StoredSession {
  sessionId: string;
  escrowId: string;
  action: CheckoutAction;
  targetUserEmail: string;
  redirectUrl: string;
  metadata?: Record<string, string>;
  status: 'open' | 'completed' | 'abandoned' | 'expired';
  createdAt: number;
  expiresAt: number;
  completedAt: number | null;
}

/** The bytes behind one time-limited attachment link. */
export interface StoredFile {
  bytes: Uint8Array;
  mimeType: string;
  expiresAt: number;
}

/** Everything one simulator holds; every module reads and changes this one object. */
export interface SimulatorState {
  config: SimulatorConfig;
  clock: SimulatorClock;
  random: ReturnType<typeof createRandom>;
  /** The developer dashboard's allowed redirect URLs (`[]`: none configured). */
  allowedRedirectUrls: string[];
  /** The signed-in user (`DhmadSimulatorOptions.viewerEmail`), or none. */
  viewerEmail: string | undefined;
  escrows: Map<string, Escrow>;
  /** By escrow id. */
  proofs: Map<string, StoredProof>;
  sessions: Map<string, StoredSession>;
  /** By link token. */
  files: Map<string, StoredFile>;
  faults: Map<FaultRoute, Fault>;
  events: SimulatorEvent[];
  /** Sends each recorded event as DHMAD's webhook (`DhmadSimulatorOptions.webhooks`). */
  webhooks: WebhookDispatcher;
  /** Disputes opened so far: numbers the support tickets. */
  disputeCount: number;
  /** The bytes of every uploaded proof file kept so far (bounded by `MAX_UPLOAD_BYTES`). */
  uploadedBytes: number;
}

/** An empty simulator state, options resolved; throws a `TypeError` for bad `webhooks`. */
export function createSimulatorState(options: DhmadSimulatorOptions): SimulatorState {
  const config = resolveSimulatorOptions(options);
  const webhooks = resolveWebhookOptions(options.webhooks);
  const state: SimulatorState = {
    config,
    clock: createSimulatorClock(options.now),
    random: createRandom(config.seed),
    allowedRedirectUrls: options.allowedRedirectUrls ?? [...DEFAULT_ALLOWED_REDIRECT_URLS],
    viewerEmail: options.viewerEmail,
    escrows: new Map(),
    proofs: new Map(),
    sessions: new Map(),
    files: new Map(),
    faults: new Map(),
    events: [],
    webhooks: createWebhookDispatcher(webhooks, (event) => webhookBody(state, event)),
    disputeCount: 0,
    uploadedBytes: 0,
  };
  return state;
}
