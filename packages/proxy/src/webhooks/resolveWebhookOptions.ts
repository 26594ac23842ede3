import { DEFAULT_WEBHOOK_SIGNATURE_SCHEME, type WebhookSignatureScheme } from '@kit/hooks/webhooks';
import { isRecord } from '../isRecord';
import type { EscrowWebhookOptions } from './EscrowWebhookOptions';
import { findEscrowId } from './findEscrowId';

/** `webhooks`, checked, with its defaults filled in. */
export interface WebhookReceiverOptions {
  /** Under `basePath`, with a leading slash and no trailing one. */
  path: string;
  scheme: Required<WebhookSignatureScheme>;
  /** The scheme in words, for log messages. */
  schemeName: string;
  toleranceMs: number;
  deduplicationTtlMs: number;
  getEscrowId: NonNullable<EscrowWebhookOptions['getEscrowId']>;
  onEvent: EscrowWebhookOptions['onEvent'];
  /** The secret, or why it is unusable (checked per delivery: it may be set only at run time). */
  secret(): { ok: true; secret: string } | { ok: false; error: TypeError };
}

const fail = (message: string): never => {
  throw new TypeError(`createEscrowProxy: \`webhooks.${message}`);
};

const oneOf = <T extends string>(value: unknown, allowed: readonly T[]): value is T =>
  allowed.includes(value as T);

function checkScheme(scheme: unknown): Required<WebhookSignatureScheme> {
  if (scheme === undefined) return DEFAULT_WEBHOOK_SIGNATURE_SCHEME;
  const { signedPayload, encoding, secretEncoding = 'utf8' } = isRecord(scheme) ? scheme : {};
  if (
    !oneOf(signedPayload, ['body', 'timestamp.body', 'id.timestamp.body'] as const) ||
    !oneOf(encoding, ['hex', 'base64'] as const) ||
    !oneOf(secretEncoding, ['utf8', 'hex'] as const)
  ) {
    fail(
      "scheme` must be { signedPayload: 'body' | 'timestamp.body' | 'id.timestamp.body', encoding: 'hex' | 'base64', secretEncoding?: 'utf8' | 'hex' }.",
    );
  }
  return { signedPayload, encoding, secretEncoding } as Required<WebhookSignatureScheme>;
}

function checkDuration(value: unknown, name: string, fallback: number): number {
  const ms = value ?? fallback;
  if (typeof ms !== 'number' || !Number.isFinite(ms) || ms <= 0) {
    fail(`${name}\` must be a positive number of milliseconds.`);
  }
  return ms as number;
}

/**
 * Checks the shape of the `webhooks` option at construction (a `TypeError` naming the field
 * otherwise); `undefined` when the receiver is off. The secret is checked per delivery.
 */
export function resolveWebhookOptions(webhooks: unknown): WebhookReceiverOptions | undefined {
  if (webhooks === undefined) return undefined;
  if (!isRecord(webhooks)) {
    throw new TypeError('createEscrowProxy: `webhooks` must be an object ({ secret, … }).');
  }
  const options = webhooks as Partial<EscrowWebhookOptions>;
  const path = options.path ?? '/webhooks';
  if (typeof path !== 'string' || !/^(\/[A-Za-z0-9._~-]+)+$/.test(path)) {
    fail('path` must be a plain path such as "/webhooks".');
  }
  for (const name of ['getEscrowId', 'onEvent'] as const) {
    if (options[name] !== undefined && typeof options[name] !== 'function') {
      fail(`${name}\` must be a function when given.`);
    }
  }
  const scheme = checkScheme(options.scheme);
  const { secret } = options;
  const secretProblem =
    typeof secret !== 'string' || secret === ''
      ? 'is missing'
      : scheme.secretEncoding === 'hex' && !/^(?:[0-9a-f]{2})+$/i.test(secret)
        ? "is not hex, as `scheme.secretEncoding: 'hex'` requires"
        : undefined;
  return {
    path,
    scheme,
    schemeName: `HMAC-SHA256(${scheme.signedPayload}), ${scheme.encoding}, secret as ${scheme.secretEncoding}`,
    toleranceMs: checkDuration(options.toleranceMs, 'toleranceMs', 5 * 60_000),
    deduplicationTtlMs: checkDuration(options.deduplicationTtlMs, 'deduplicationTtlMs', 86_400_000),
    getEscrowId: options.getEscrowId ?? findEscrowId,
    onEvent: options.onEvent,
    secret: () =>
      secretProblem
        ? {
            ok: false,
            error: new TypeError(`createEscrowProxy: \`webhooks.secret\` ${secretProblem}.`),
          }
        : { ok: true, secret: secret as string },
  };
}
