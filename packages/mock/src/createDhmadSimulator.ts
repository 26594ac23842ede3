import {
  CHECKOUT_ACTIONS,
  type CheckoutAction,
  type CheckoutSession,
  checkCheckoutAction,
  type Escrow,
  getEscrowRole,
  type Proof,
  type ProofAttachment,
  type SuggestedCheckoutAction,
} from '@kit/hooks';
import { businessError } from './businessErrors';
import { createRandom } from './createRandom';
import { sampleBytes } from './sampleFiles';
import { SCENARIOS, type Scenario, type ScenarioId } from './scenarios';

/** A fixed, valid sandbox key: the default `apiKey` of a simulator. */
export const MOCK_API_KEY = `sk_sandbox_${'0123456789abcdef'.repeat(4)}`;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const SESSION_TTL = 30 * MINUTE;
const PROOF_TYPES = ['receipt', 'order_confirmation', 'product_photo', 'tracking_proof', 'other'];
/** The simulator's fixed exchange rates to TND (DHMAD locks a real rate at creation). */
const TND_PER = { TND: 1, USD: 3.1, EUR: 3.4 } as const;

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
  /** Whose checkout a proxy-contract session targets when the request names nobody. */
  viewerEmail?: string;
  /** Load ready escrows: every scenario (`true`) or the ones named. */
  scenarios?: boolean | ScenarioId[];
}

export interface SimulatorEvent {
  /** Named as DHMAD's webhooks: `escrow.status.updated`, `escrow.proof.submitted`, … */
  type: string;
  escrowId: string;
  at: string;
  data: Record<string, unknown>;
}

/** A route of the simulator that faults can be injected into. */
export type FaultRoute = 'escrow' | 'proof' | 'createSession' | 'session' | 'files' | 'all';

/** A failure to inject: slowness, a status, a rate limit, a dead network, or an HTML error page. */
export type Fault =
  | { type: 'latency'; ms: number }
  | { type: 'status'; status: number }
  | { type: 'rateLimit'; retryAfter: number }
  | { type: 'network' }
  | { type: 'html502' };

export interface CompleteSessionOptions {
  /** `submit_proof`: the files (default one JPEG receipt). */
  attachments?: { mimeType: string; fileName?: string }[];
  /** `submit_proof`: the seller's note. */
  note?: string;
  /** `review_proof`: accept, or ask for a correction. @default 'accept' */
  decision?: 'accept' | 'request_correction';
  /** `dispute` and `request_cancellation`: the reason given. */
  reason?: string;
}

interface StoredAttachment {
  mimeType: string;
  fileName: string;
}

interface StoredSubmission {
  submittedAt: string;
  note: string | null;
  attachments: StoredAttachment[];
}

interface StoredProof {
  phase: string;
  correctionRounds: number;
  uploadDeadline: string | null;
  reviewDeadline: string | null;
  submissions: StoredSubmission[];
}

interface StoredSession {
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

interface StoredFile {
  bytes: Uint8Array;
  mimeType: string;
  expiresAt: number;
}

type Json = Record<string, unknown>;

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
const badRequest = (message: string, details?: Record<string, string>) =>
  json({ error: 'Bad Request', message, ...(details ? { details } : {}) }, 400);
const isEmail = (value: unknown): value is string =>
  typeof value === 'string' && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value);
const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/**
 * An in-memory DHMAD: escrows in every mode, status and proof phase, the checkout-session
 * rules (shared with `@kit/hooks`), the hosted checkout played by `completeSession`, proof
 * deadlines driven by `clock.advance`, time-limited attachment links, webhook-style events
 * and injectable faults. `handle(request)` serves DHMAD's own paths and the kit's proxy contract.
 */
export function createDhmadSimulator(options: DhmadSimulatorOptions = {}) {
  const apiKey = options.apiKey ?? MOCK_API_KEY;
  let allowedRedirectUrls = options.allowedRedirectUrls ?? [
    'http://localhost:6006/checkout/return',
  ];
  const maxRounds = options.maxCorrectionRounds ?? 3;
  const viewUrlTtl = options.viewUrlTtlMs ?? 15 * MINUTE;
  const basePath = (options.basePath ?? '/api/escrow').replace(/\/+$/, '');
  const filesBaseUrl = (options.filesBaseUrl ?? 'https://files.dhmad.test/escrow-proof').replace(
    /\/+$/,
    '',
  );
  const checkoutOrigin = options.checkoutOrigin ?? 'https://sandbox.dhmad.tn';
  const accountEmail = options.accountEmail ?? 'merchant@example.com';
  let viewerEmail = options.viewerEmail;
  const random = createRandom(options.seed ?? 1);

  const realTime = options.now === 'real';
  let offset = 0;
  const start = realTime ? 0 : new Date(options.now ?? '2026-06-19T12:00:00.000Z').getTime();
  const now = () => (realTime ? Date.now() : start) + offset;
  const iso = (ms = now()) => new Date(ms).toISOString();

  const escrows = new Map<string, Escrow>();
  const proofs = new Map<string, StoredProof>();
  const sessions = new Map<string, StoredSession>();
  const files = new Map<string, StoredFile>();
  const faults = new Map<FaultRoute, Fault>();
  const events: SimulatorEvent[] = [];
  let ticketNumber = 0;

  const emit = (type: string, escrowId: string, data: Record<string, unknown> = {}) => {
    events.push({ type, escrowId, at: iso(), data });
  };

  const setStatus = (escrow: Escrow, status: string) => {
    const previous = escrow.status;
    escrow.status = status;
    escrow.updatedAt = iso();
    const stamp = {
      paid: 'paidAt',
      delivered: 'deliveredAt',
      completed: 'completedAt',
      cancelled: 'cancelledAt',
    }[status] as keyof Escrow | undefined;
    if (stamp) (escrow as unknown as Json)[stamp] = iso();
    emit('escrow.status.updated', escrow.id, { previousStatus: previous, status });
  };

  const setPhase = (escrowId: string, proof: StoredProof, phase: string, event: string) => {
    proof.phase = phase;
    emit(event, escrowId, { phase, correctionRounds: proof.correctionRounds });
  };

  const refund = (escrow: Escrow) => {
    (escrow as unknown as Json).refundedAt = iso();
  };

  /** Moves every proof whose deadline has passed: expired (cancel + refund) or accepted by timeout. */
  const applyDeadlines = () => {
    for (const [id, proof] of proofs) {
      const escrow = escrows.get(id);
      if (escrow?.status !== 'paid') continue;
      const waitingSeller =
        proof.phase === 'waiting_seller_proof' || proof.phase === 'correction_requested';
      if (waitingSeller && proof.uploadDeadline && Date.parse(proof.uploadDeadline) < now()) {
        setPhase(id, proof, 'expired', 'escrow.proof.expired');
        setStatus(escrow, 'cancelled');
        refund(escrow);
      } else if (
        proof.phase === 'submitted_waiting_buyer_review' &&
        proof.reviewDeadline &&
        Date.parse(proof.reviewDeadline) < now()
      ) {
        setPhase(id, proof, 'accepted_by_timeout', 'escrow.proof.accepted_by_timeout');
      }
    }
  };

  const policyHours = (
    escrow: Escrow,
    key: 'proofUploadDeadlineHours' | 'buyerReviewDeadlineHours',
  ) => escrow.fulfillmentPolicy?.[key] ?? 24;

  const buyerEmail = (escrow: Escrow) =>
    (typeof escrow.buyer === 'object' && escrow.buyer?.email) || escrow.buyerEmail || '';
  const sellerEmail = (escrow: Escrow) =>
    (typeof escrow.seller === 'object' && escrow.seller?.email) || escrow.sellerEmail || '';

  const suggestions = (
    escrow: Escrow,
    proof: StoredProof | undefined,
  ): SuggestedCheckoutAction[] => {
    const list: SuggestedCheckoutAction[] = [];
    if (escrow.status === 'paid' && proof) {
      if (proof.phase === 'waiting_seller_proof' || proof.phase === 'correction_requested') {
        list.push({
          action: 'submit_proof',
          targetUserEmail: sellerEmail(escrow),
          description:
            'Create a checkout session with this action and redirect the seller to DHMAD to upload proof of purchase or shipment.',
        });
      }
      if (proof.phase === 'submitted_waiting_buyer_review') {
        list.push({
          action: 'review_proof',
          targetUserEmail: buyerEmail(escrow),
          description:
            'Create a checkout session with this action and redirect the buyer to DHMAD to accept the proof or request corrections.',
        });
      }
    }
    if (escrow.cancellationRequest?.status === 'pending') {
      for (const action of ['accept_cancellation', 'reject_cancellation'] as const) {
        list.push({
          action,
          targetUserEmail: sellerEmail(escrow),
          description: `Create a checkout session with this action and redirect the seller to DHMAD to ${
            action === 'accept_cancellation' ? 'accept' : 'reject'
          } the buyer's cancellation request.`,
        });
      }
    }
    return list;
  };

  const viewUrl = (attachment: StoredAttachment) => {
    const token = random.token();
    files.set(token, {
      bytes: sampleBytes(attachment.mimeType, attachment.fileName),
      mimeType: attachment.mimeType,
      expiresAt: now() + viewUrlTtl,
    });
    return `${filesBaseUrl}/${token}/${encodeURIComponent(attachment.fileName)}`;
  };

  const proofJson = (id: string): Proof | undefined => {
    const escrow = escrows.get(id);
    const proof = proofs.get(id);
    if (!escrow || !proof) return undefined;
    const submissions = proof.submissions.map((s) => ({
      submittedAt: s.submittedAt,
      note: s.note,
      attachments: s.attachments.map(
        (a): ProofAttachment => ({ mimeType: a.mimeType, viewUrl: viewUrl(a) }),
      ),
    }));
    return {
      phase: proof.phase,
      correctionRounds: proof.correctionRounds,
      uploadDeadline: proof.uploadDeadline,
      reviewDeadline: proof.reviewDeadline,
      submissionCount: submissions.length,
      submissions,
      latestSubmission: submissions.at(-1) ?? null,
      checkoutActions: suggestions(escrow, proof),
    };
  };

  const escrowJson = (id: string): Escrow | undefined => {
    const escrow = escrows.get(id);
    if (!escrow) return undefined;
    const proof = proofs.get(id);
    const out = clone(escrow);
    if (proof) {
      out.proofInfo = {
        phase: proof.phase,
        uploadDeadline: proof.uploadDeadline,
        reviewDeadline: proof.reviewDeadline,
        correctionRounds: proof.correctionRounds,
      };
    }
    return out;
  };

  /** The proof as the rules see it: phase and suggestions, without minting links. */
  const proofForRules = (id: string): Proof | undefined => {
    const escrow = escrows.get(id);
    const proof = proofs.get(id);
    if (!escrow || !proof) return undefined;
    return {
      phase: proof.phase,
      submissions: [],
      latestSubmission: null,
      checkoutActions: suggestions(escrow, proof),
    };
  };

  const sessionStatus = (session: StoredSession) =>
    session.status === 'open' && now() > session.expiresAt ? 'expired' : session.status;

  const sessionJson = (session: StoredSession): CheckoutSession => ({
    sessionId: session.sessionId,
    escrowId: session.escrowId,
    action: session.action,
    targetUserEmail: session.targetUserEmail,
    status: sessionStatus(session),
    ...(session.metadata ? { metadata: session.metadata } : {}),
    expiresAt: iso(session.expiresAt),
    completedAt: session.completedAt === null ? null : iso(session.completedAt),
    createdAt: iso(session.createdAt),
  });

  // ---- Creating escrows -------------------------------------------------------------------

  type CreateResult = { ok: true; escrow: Escrow } | { ok: false; response: Response };

  function createEscrow(body: Json, id?: string): CreateResult {
    const details: Record<string, string> = {};
    const mode = body.mode ?? 'standard';
    const currency = String(body.currency ?? 'TND');
    if (!['standard', 'quick', 'instant'].includes(String(mode)))
      details.mode = 'mode must be standard, quick or instant';
    if (typeof body.title !== 'string' || body.title.trim().length < 1 || body.title.length > 200) {
      details.title = 'title must be 1 to 200 characters';
    }
    if (typeof body.amount !== 'number' || !(body.amount > 0))
      details.amount = 'Amount must be a positive number';
    if (!(currency in TND_PER)) details.currency = 'currency must be TND, USD or EUR';
    if (!isEmail(body.buyerEmail)) details.buyerEmail = 'buyerEmail must be a valid email';
    if (body.sellerEmail !== undefined && !isEmail(body.sellerEmail))
      details.sellerEmail = 'sellerEmail must be a valid email';
    const days = body.estimatedDeliveryDays;
    if (days !== undefined && !(Number.isInteger(days) && (days as number) >= 1)) {
      details.estimatedDeliveryDays = 'estimatedDeliveryDays must be a whole number of at least 1';
    }
    if (mode === 'standard') {
      if (typeof body.contractTerms !== 'string' || body.contractTerms.length === 0) {
        details.contractTerms = 'contractTerms is required for standard escrows';
      } else if (body.contractTerms.length > 10_000)
        details.contractTerms = 'contractTerms must be at most 10000 characters';
      if (days === undefined) details.estimatedDeliveryDays = 'estimatedDeliveryDays is required';
    } else {
      if (body.contractTerms !== undefined)
        details.contractTerms = `contractTerms is not allowed for ${String(mode)} escrows`;
      if (body.autoSign !== undefined)
        details.autoSign = `autoSign is not allowed for ${String(mode)} escrows`;
      if (mode === 'quick' && days === undefined)
        details.estimatedDeliveryDays = 'estimatedDeliveryDays is required';
      if (mode === 'instant' && body.sellerEmail !== undefined) {
        details.sellerEmail = 'instant escrows are sold by your own account: omit sellerEmail';
      }
    }
    const policy = body.fulfillmentPolicy as Json | undefined;
    if (policy !== undefined) {
      if (mode !== 'quick')
        details.fulfillmentPolicy = 'fulfillmentPolicy is only valid with mode "quick"';
      else if (
        typeof policy !== 'object' ||
        policy === null ||
        policy.type !== 'purchase_proof_required'
      ) {
        details['fulfillmentPolicy.type'] = 'type must be purchase_proof_required';
      } else {
        for (const key of ['proofUploadDeadlineHours', 'buyerReviewDeadlineHours']) {
          const hours = policy[key];
          if (hours !== undefined && !(typeof hours === 'number' && hours >= 6 && hours <= 72)) {
            details[`fulfillmentPolicy.${key}`] = `${key} must be between 6 and 72 hours`;
          }
        }
        const types = policy.allowedProofTypes;
        if (
          types !== undefined &&
          !(Array.isArray(types) && types.every((t) => PROOF_TYPES.includes(t)))
        ) {
          details['fulfillmentPolicy.allowedProofTypes'] =
            `allowedProofTypes must be among ${PROOF_TYPES.join(', ')}`;
        }
      }
    }
    const amountTnd =
      typeof body.amount === 'number' ? body.amount * TND_PER[currency as keyof typeof TND_PER] : 0;
    if (!details.amount && !details.currency && amountTnd < (mode === 'instant' ? 0.01 : 5)) {
      details.amount = `The amount must be at least ${mode === 'instant' ? '0.01' : '5'} TND`;
    }
    if (Object.keys(details).length > 0) {
      return { ok: false, response: badRequest('Invalid request parameters', details) };
    }

    const seller = (body.sellerEmail as string | undefined) ?? accountEmail;
    const amount = body.amount as number;
    const escrowId = id ?? random.objectId();
    const escrow: Escrow = {
      id: escrowId,
      _id: escrowId,
      title: (body.title as string).trim(),
      amount,
      currency: currency as string,
      amountTnd: Math.round(amountTnd * 1000) / 1000,
      escrowFee: Math.round(amount * 0.05 * 1000) / 1000,
      status: 'pending',
      mode: mode as string,
      seller: { email: seller },
      sellerEmail: seller,
      buyer: { email: body.buyerEmail as string },
      buyerEmail: body.buyerEmail as string,
      estimatedDeliveryDays: (days as number | undefined) ?? 1,
      createdAt: iso(),
      updatedAt: iso(),
      paidAt: null,
      deliveredAt: null,
      completedAt: null,
      cancelledAt: null,
      createdViaThirdParty: true,
      createdByApplicationName: 'DHMAD simulator',
      signatures:
        mode === 'standard'
          ? { sellerSigned: body.autoSign === true, buyerSigned: false, isFullySigned: false }
          : null,
      ...(policy
        ? {
            fulfillmentPolicy: {
              type: 'purchase_proof_required',
              proofUploadDeadlineHours:
                (policy.proofUploadDeadlineHours as number | undefined) ?? 24,
              buyerReviewDeadlineHours:
                (policy.buyerReviewDeadlineHours as number | undefined) ?? 24,
              ...(policy.allowedProofTypes
                ? { allowedProofTypes: policy.allowedProofTypes as string[] }
                : {}),
            },
          }
        : {}),
    };
    escrows.set(escrowId, escrow);
    return { ok: true, escrow };
  }

  // ---- The hosted checkout ------------------------------------------------------------------

  /** Performs a session's action as its target user, as DHMAD's hosted checkout would. */
  function perform(session: StoredSession, opts: CompleteSessionOptions) {
    const escrow = escrows.get(session.escrowId) as Escrow;
    const proof = proofs.get(escrow.id);
    const role = getEscrowRole(escrow, session.targetUserEmail);
    switch (session.action) {
      case 'sign_contract': {
        const signatures = escrow.signatures ?? {};
        signatures[role === 'buyer' ? 'buyerSigned' : 'sellerSigned'] = true;
        signatures[role === 'buyer' ? 'buyerSignedAt' : 'sellerSignedAt'] = iso();
        signatures.isFullySigned = !!(signatures.buyerSigned && signatures.sellerSigned);
        if (signatures.isFullySigned) signatures.signedAt = iso();
        escrow.signatures = signatures;
        emit('contract.signed', escrow.id, { contract: { signedBy: role } });
        return;
      }
      case 'accept_pay':
        setStatus(escrow, 'paid');
        if (escrow.fulfillmentPolicy?.type === 'purchase_proof_required') {
          proofs.set(escrow.id, {
            phase: 'waiting_seller_proof',
            correctionRounds: 0,
            uploadDeadline: iso(now() + policyHours(escrow, 'proofUploadDeadlineHours') * HOUR),
            reviewDeadline: null,
            submissions: [],
          });
          emit('escrow.proof.required', escrow.id, { phase: 'waiting_seller_proof' });
        }
        return;
      case 'complete':
        setStatus(escrow, 'completed');
        return;
      case 'dispute':
        ticketNumber++;
        escrow.disputeTicketId = random.objectId();
        escrow.disputeTicket = {
          ticketNumber: `DHM-${String(ticketNumber).padStart(5, '0')}`,
          type: 'dispute',
          subject: `Dispute: ${escrow.title ?? escrow.id}`,
          status: 'open',
          createdAt: iso(),
          previewReason: opts.reason ?? 'The goods do not match what was agreed.',
        };
        escrow.updatedAt = iso();
        return;
      case 'request_cancellation':
        escrow.cancellationRequest = {
          status: 'pending',
          requestedAt: iso(),
          reason: opts.reason ?? null,
        };
        emit('escrow.cancellation.requested', escrow.id, { reason: opts.reason ?? null });
        return;
      case 'reject_cancellation':
        escrow.cancellationRequest = { ...escrow.cancellationRequest, status: 'rejected' };
        emit('escrow.cancellation.rejected', escrow.id);
        return;
      case 'accept_cancellation':
        escrow.cancellationRequest = { ...escrow.cancellationRequest, status: 'accepted' };
        emit('escrow.cancellation.accepted', escrow.id);
        setStatus(escrow, 'cancelled');
        refund(escrow);
        return;
      case 'cancel_escrow':
        setStatus(escrow, 'cancelled');
        refund(escrow);
        return;
      case 'submit_proof': {
        if (!proof) return;
        const attachments = (
          opts.attachments ?? [{ mimeType: 'image/jpeg', fileName: 'receipt.jpg' }]
        ).map((a, i) => ({ mimeType: a.mimeType, fileName: a.fileName ?? `proof-${i + 1}` }));
        proof.submissions.push({ submittedAt: iso(), note: opts.note ?? null, attachments });
        proof.reviewDeadline = iso(now() + policyHours(escrow, 'buyerReviewDeadlineHours') * HOUR);
        setPhase(escrow.id, proof, 'submitted_waiting_buyer_review', 'escrow.proof.submitted');
        return;
      }
      case 'review_proof':
        if (!proof) return;
        if ((opts.decision ?? 'accept') === 'accept') {
          setPhase(escrow.id, proof, 'accepted', 'escrow.proof.accepted');
        } else {
          proof.correctionRounds++;
          if (proof.correctionRounds >= maxRounds) {
            setPhase(escrow.id, proof, 'needs_review', 'escrow.proof.needs_review');
          } else {
            proof.uploadDeadline = iso(
              now() + policyHours(escrow, 'proofUploadDeadlineHours') * HOUR,
            );
            setPhase(escrow.id, proof, 'correction_requested', 'escrow.proof.correction_requested');
          }
        }
        return;
      default:
        session.action satisfies never;
    }
  }

  // ---- HTTP ---------------------------------------------------------------------------------

  async function applyFault(route: FaultRoute): Promise<Response | undefined> {
    const fault = faults.get(route) ?? faults.get('all');
    if (!fault) return undefined;
    switch (fault.type) {
      case 'latency':
        await new Promise((resolve) => setTimeout(resolve, fault.ms));
        return undefined;
      case 'status':
        return json(
          { error: fault.status >= 500 ? 'Internal Server Error' : 'Error' },
          fault.status,
        );
      case 'rateLimit':
        return json(
          {
            error: 'Too Many Requests',
            message: 'Rate limit exceeded. Please try again later.',
            retryAfter: fault.retryAfter,
          },
          429,
          { 'Retry-After': String(fault.retryAfter) },
        );
      case 'network':
        throw new TypeError('Failed to fetch (simulated network failure)');
      case 'html502':
        return new Response('<!doctype html><html><body><h1>502 Bad Gateway</h1></body></html>', {
          status: 502,
          headers: { 'Content-Type': 'text/html' },
        });
      default:
        return fault satisfies never;
    }
  }

  async function readJson(request: Request): Promise<Json | Response> {
    try {
      const body: unknown = await request.json();
      if (body && typeof body === 'object' && !Array.isArray(body)) return body as Json;
    } catch {
      // Falls through to the 400 below.
    }
    return badRequest('The request body must be a JSON object');
  }

  async function createSession(id: string, request: Request, viaProxy: boolean): Promise<Response> {
    const escrow = escrows.get(id);
    if (!escrow) return json({ error: 'Escrow not found' }, 404);
    const body = await readJson(request);
    if (body instanceof Response) return body;
    const action = body.action;
    if (typeof action !== 'string' || !(CHECKOUT_ACTIONS as readonly string[]).includes(action)) {
      return badRequest('Invalid request parameters', {
        action: `action must be one of: ${CHECKOUT_ACTIONS.join(', ')}`,
      });
    }
    const checkoutAction = action as CheckoutAction;
    let target = body.targetUserEmail;
    let redirectUrl = body.redirectUrl;
    if (viaProxy) {
      // A proxy fills what the browser may omit: the signed-in user, its configured callback.
      const owner = ['accept_pay', 'complete', 'request_cancellation', 'review_proof'].includes(
        checkoutAction,
      )
        ? buyerEmail(escrow)
        : sellerEmail(escrow);
      target ??= viewerEmail ?? owner;
      redirectUrl ??= allowedRedirectUrls[0] ?? 'https://app.example/checkout/return';
    }
    const details: Record<string, string> = {};
    if (!isEmail(target)) details.targetUserEmail = 'targetUserEmail must be a valid email';
    if (typeof redirectUrl !== 'string' || !URL.canParse(redirectUrl))
      details.redirectUrl = 'redirectUrl must be a URL';
    const metadata = body.metadata;
    if (metadata !== undefined) {
      if (!metadata || typeof metadata !== 'object' || Array.isArray(metadata))
        details.metadata = 'metadata must be an object';
      else {
        for (const [key, value] of Object.entries(metadata)) {
          if (typeof value !== 'string')
            details[`metadata.${key}`] = 'metadata values must be strings';
          else if (value.length > 500)
            details[`metadata.${key}`] = 'metadata values must be at most 500 characters';
        }
      }
    }
    if (Object.keys(details).length > 0) return badRequest('Invalid request parameters', details);

    const code = checkCheckoutAction(escrow, proofForRules(id), checkoutAction, target as string, {
      redirectUrl: redirectUrl as string,
      allowedRedirectUrls,
    });
    if (code) return json(businessError(code), 400);

    const sessionId = random.uuid();
    const session: StoredSession = {
      sessionId,
      escrowId: id,
      action: checkoutAction,
      targetUserEmail: target as string,
      redirectUrl: redirectUrl as string,
      ...(metadata ? { metadata: metadata as Record<string, string> } : {}),
      status: 'open',
      createdAt: now(),
      expiresAt: now() + SESSION_TTL,
      completedAt: null,
    };
    sessions.set(sessionId, session);
    return json(
      {
        sessionId,
        url: `${checkoutOrigin}/checkout/${sessionId}`,
        expiresAt: iso(session.expiresAt),
      },
      201,
    );
  }

  function deliver(id: string): Response {
    const escrow = escrows.get(id);
    if (!escrow) return json({ error: 'Escrow not found' }, 404);
    if (escrow.status !== 'paid') {
      return badRequest('Escrow must be in paid status before delivery');
    }
    const proof = proofs.get(id);
    if (proof && proof.phase !== 'accepted' && proof.phase !== 'accepted_by_timeout') {
      return json(businessError('PROOF_NOT_ACCEPTED'), 409);
    }
    if (escrow.mode === 'instant') {
      setStatus(escrow, 'completed');
      return json({
        message: 'Escrow delivered and completed (instant mode). Funds released.',
        escrow: escrowJson(id),
      });
    }
    setStatus(escrow, 'delivered');
    escrow.completionDeadline = iso(now() + 7 * 24 * HOUR);
    return json({ message: 'Escrow marked as delivered', escrow: escrowJson(id) });
  }

  async function rejectDelivery(id: string, request: Request): Promise<Response> {
    const escrow = escrows.get(id);
    if (!escrow) return json({ error: 'Escrow not found' }, 404);
    if (escrow.status !== 'delivered')
      return badRequest('Escrow must be in delivered status to reject delivery');
    if (escrow.disputeTicket?.status === 'open')
      return badRequest('Cannot reject delivery while a dispute is open');
    const body =
      request.headers.get('content-length') === '0' ? {} : await request.json().catch(() => ({}));
    const reason =
      typeof (body as Json).reason === 'string' ? ((body as Json).reason as string) : null;
    escrow.deliveryRejections = [
      ...(escrow.deliveryRejections ?? []),
      { rejectedAt: iso(), reason, previousDeliveredAt: escrow.deliveredAt ?? null },
    ];
    escrow.deliveredAt = null;
    escrow.completionDeadline = null;
    setStatus(escrow, 'paid');
    emit('escrow.delivery.rejected', id, { reason });
    return json({
      message: 'Delivery rejected. Escrow returned to paid status.',
      escrow: escrowJson(id),
    });
  }

  function cancel(id: string): Response {
    const escrow = escrows.get(id);
    if (!escrow) return json({ error: 'Escrow not found' }, 404);
    if (escrow.status !== 'pending') {
      return badRequest(
        'Only pending escrows can be cancelled via API. For paid or delivered escrows, buyers use a request_cancellation checkout session; sellers use a cancel_escrow checkout session.',
      );
    }
    setStatus(escrow, 'cancelled');
    return json({ message: 'Escrow cancelled successfully', escrow: escrowJson(id) });
  }

  async function serveFile(token: string): Promise<Response> {
    const file = files.get(token);
    if (!file) return json({ error: 'Not Found' }, 404);
    if (now() > file.expiresAt)
      return json({ error: 'Forbidden', message: 'This link has expired.' }, 403);
    return new Response(file.bytes.slice().buffer as ArrayBuffer, {
      headers: { 'Content-Type': file.mimeType, 'Cache-Control': 'private, max-age=60' },
    });
  }

  const notFound = () => json({ error: 'Not Found', message: 'No such endpoint' }, 404);
  const notAllowed = (allow: string) =>
    json({ error: 'Method Not Allowed' }, 405, { Allow: allow });

  /** Routes the four reads and writes shared by DHMAD's paths and the proxy contract. */
  async function contract(method: string, parts: string[], request: Request, viaProxy: boolean) {
    const [resource, id, sub, extra] = parts;
    if (resource === 'escrows' && id && !extra) {
      if (!sub) {
        if (method !== 'GET') return notAllowed('GET');
        const fault = await applyFault('escrow');
        if (fault) return fault;
        const escrow = escrowJson(id);
        return escrow ? json({ escrow }) : json({ error: 'Escrow not found' }, 404);
      }
      if (sub === 'proof') {
        if (method !== 'GET') return notAllowed('GET');
        const fault = await applyFault('proof');
        if (fault) return fault;
        if (!escrows.has(id)) return json({ error: 'Escrow not found' }, 404);
        const proof = proofJson(id);
        if (proof) return json({ proof });
        // Before funding there is no proof yet; what DHMAD answers then is undocumented.
        const gated = escrows.get(id)?.fulfillmentPolicy?.type === 'purchase_proof_required';
        return gated
          ? json(
              {
                error: 'Proof not found',
                message: 'No proof yet: the escrow has not been funded.',
              },
              404,
            )
          : badRequest('This escrow has no purchase-proof policy');
      }
      if (sub === 'sessions') {
        if (method !== 'POST') return notAllowed('POST');
        const fault = await applyFault('createSession');
        if (fault) return fault;
        return createSession(id, request, viaProxy);
      }
      if (!viaProxy && ['deliver', 'reject-delivery', 'cancel'].includes(sub)) {
        if (method !== 'POST') return notAllowed('POST');
        if (sub === 'deliver') return deliver(id);
        if (sub === 'reject-delivery') return rejectDelivery(id, request);
        return cancel(id);
      }
    }
    if (resource === 'sessions' && id && !sub) {
      if (method !== 'GET') return notAllowed('GET');
      const fault = await applyFault('session');
      if (fault) return fault;
      const session = sessions.get(id);
      return session
        ? json({ session: sessionJson(session) })
        : json({ error: 'Checkout session not found' }, 404);
    }
    if (!viaProxy && resource === 'escrows' && !id) {
      if (method !== 'POST') return notAllowed('POST');
      const body = await readJson(request);
      if (body instanceof Response) return body;
      const created = createEscrow(body);
      if (!created.ok) return created.response;
      const standard = created.escrow.mode === 'standard';
      return json(
        {
          message: 'Escrow created successfully',
          escrow: escrowJson(created.escrow.id),
          contract: standard
            ? {
                id: random.objectId(),
                pdfUrl: `https://sandbox.dhmad.tn/contracts/${created.escrow.id}.pdf`,
                sellerSigned: created.escrow.signatures?.sellerSigned ?? false,
                buyerSigned: false,
                isFullySigned: false,
              }
            : null,
          url: `https://sandbox.dhmad.tn/dashboard/escrow/${created.escrow.id}`,
          trackingId: created.escrow.id,
        },
        201,
      );
    }
    return notFound();
  }

  /**
   * Answers a request as DHMAD would: its own paths under `/api/v1` (API key required), the
   * proxy contract under `basePath` (no key, as a trusted proxy), and attachment links under
   * `filesBaseUrl`. Rejects, like `fetch`, when a network failure is injected.
   */
  async function handle(request: Request, routing: { basePath?: string } = {}): Promise<Response> {
    applyDeadlines();
    const url = new URL(request.url);
    const method = request.method.toUpperCase();
    if (request.url.startsWith(`${filesBaseUrl}/`)) {
      const fault = await applyFault('files');
      if (fault) return fault;
      const token = request.url.slice(filesBaseUrl.length + 1).split(/[/?#]/)[0] ?? '';
      return serveFile(token);
    }
    const proxyBase = (routing.basePath ?? basePath).replace(/\/+$/, '');
    const path = url.pathname.replace(/\/+$/, '');
    if (path.startsWith('/api/v1/')) {
      const auth = request.headers.get('authorization');
      const key = auth?.startsWith('Bearer ') ? auth.slice(7) : request.headers.get('x-api-key');
      if (key !== apiKey) return json({ error: 'Unauthorized' }, 401);
      return contract(
        method,
        path.slice('/api/v1/'.length).split('/').map(decodeURIComponent),
        request,
        false,
      );
    }
    if (path === proxyBase || path.startsWith(`${proxyBase}/`)) {
      const rest = path.slice(proxyBase.length + 1);
      return contract(method, rest ? rest.split('/').map(decodeURIComponent) : [], request, true);
    }
    return notFound();
  }

  function findOpenSession(sessionId: string): StoredSession {
    applyDeadlines();
    const session = sessions.get(sessionId);
    if (!session) throw new Error(`No checkout session ${sessionId}.`);
    const status = sessionStatus(session);
    if (status !== 'open')
      throw new Error(`Checkout session ${sessionId} is ${status}: it can no longer be used.`);
    return session;
  }

  function loadScenario(name: ScenarioId): string {
    const scenario: Scenario | undefined = SCENARIOS[name];
    if (!scenario) throw new Error(`No scenario named "${name}".`);
    const created = createEscrow(scenario.create, name);
    if (!created.ok) throw new Error(`Scenario "${name}" is invalid.`);
    const escrow = created.escrow;
    const at = (hours: number) => iso(now() + hours * HOUR);
    const state = scenario.state;
    Object.assign(escrow, clone(state.escrow ?? {}));
    if (escrow.status !== 'pending' && !escrow.paidAt) escrow.paidAt = at(-30);
    if (state.proof) {
      const p = state.proof;
      proofs.set(name, {
        phase: p.phase,
        correctionRounds: p.correctionRounds ?? 0,
        uploadDeadline: p.uploadInHours === undefined ? null : at(p.uploadInHours),
        reviewDeadline: p.reviewInHours === undefined ? null : at(p.reviewInHours),
        submissions: (p.submissions ?? []).map((s, i) => ({
          submittedAt: at(
            s.hoursAgo === undefined ? -(p.submissions?.length ?? 1) + i : -s.hoursAgo,
          ),
          note: s.note ?? null,
          attachments: s.attachments,
        })),
      });
    }
    return name;
  }

  if (options.scenarios) {
    const names =
      options.scenarios === true ? (Object.keys(SCENARIOS) as ScenarioId[]) : options.scenarios;
    for (const name of names) loadScenario(name);
  }

  return {
    handle,
    basePath,
    filesBaseUrl,
    /** Every change so far, oldest first, named as DHMAD's webhooks. */
    events,
    clock: {
      now: () => new Date(now()),
      /** Moves simulated time on, applying every deadline it passes. */
      advance(ms: number) {
        offset += ms;
        applyDeadlines();
      },
    },
    /** Plays the hosted checkout: the target user finishes the session's action. */
    completeSession(sessionId: string, opts: CompleteSessionOptions = {}) {
      const session = findOpenSession(sessionId);
      const escrow = escrows.get(session.escrowId) as Escrow;
      const code = checkCheckoutAction(
        escrow,
        proofForRules(escrow.id),
        session.action,
        session.targetUserEmail,
      );
      if (code) throw new Error(`Checkout session ${sessionId} cannot be completed now: ${code}.`);
      perform(session, opts);
      session.status = 'completed';
      session.completedAt = now();
      return sessionJson(session);
    },
    /** Plays a user who leaves the hosted checkout without finishing. */
    abandonSession(sessionId: string) {
      const session = findOpenSession(sessionId);
      session.status = 'abandoned';
      return sessionJson(session);
    },
    /** Creates an escrow as `POST /api/v1/escrows` would; throws on invalid input. */
    createEscrow(body: Json): Escrow {
      const created = createEscrow(body);
      if (!created.ok) throw new Error('Invalid escrow: see DHMAD validation rules.');
      return escrowJson(created.escrow.id) as Escrow;
    },
    /** Loads a ready escrow from `scenarios`, with the scenario's name as its id. */
    loadScenario,
    /** The escrow as DHMAD would return it now. */
    getEscrow: (id: string) => escrowJson(id),
    /** The last session created for an escrow, to complete it from a test or a story. */
    latestSession(escrowId: string): CheckoutSession | undefined {
      const list = [...sessions.values()].filter((s) => s.escrowId === escrowId);
      const last = list.at(-1);
      return last ? sessionJson(last) : undefined;
    },
    faults: {
      /** Injects a fault into a route (or `'all'`) until cleared. */
      set(route: FaultRoute, fault: Fault) {
        faults.set(route, fault);
      },
      clear(route?: FaultRoute) {
        if (route) faults.delete(route);
        else faults.clear();
      },
    },
    /** Changes the dashboard's allowed redirect URLs (`[]`: none configured). */
    setAllowedRedirectUrls(urls: string[]) {
      allowedRedirectUrls = [...urls];
    },
    /** Whose checkout a proxy-contract session targets when the request names nobody. */
    setViewer(email: string | undefined) {
      viewerEmail = email;
    },
  };
}

export type DhmadSimulator = ReturnType<typeof createDhmadSimulator>;
