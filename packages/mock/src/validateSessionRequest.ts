import { CHECKOUT_ACTIONS, type CheckoutAction } from '@kit/hooks';
import { isEmail } from './isEmail';
import type { JsonObject } from './readJsonBody';

/** Each metadata value is at most 500 characters (seed create-checkout-session.txt). */
export const MAX_METADATA_VALUE_LENGTH = 500;

/** A session request whose fields have the documented types. */
export interface SessionRequest {
  action: CheckoutAction;
  targetUserEmail: string;
  redirectUrl: string;
  metadata?: Record<string, string>;
}

export type SessionRequestCheck =
  | { ok: true; request: SessionRequest }
  | { ok: false; problems: Record<string, string> };

const isCheckoutAction = (value: unknown): value is CheckoutAction =>
  typeof value === 'string' && (CHECKOUT_ACTIONS as readonly string[]).includes(value);

function metadataProblems(metadata: unknown, problems: Record<string, string>) {
  if (!metadata || typeof metadata !== 'object' || Array.isArray(metadata)) {
    problems.metadata = 'metadata must be an object';
    return;
  }
  for (const [key, value] of Object.entries(metadata)) {
    if (typeof value !== 'string') problems[`metadata.${key}`] = 'metadata values must be strings';
    else if (value.length > MAX_METADATA_VALUE_LENGTH) {
      problems[`metadata.${key}`] =
        `metadata values must be at most ${MAX_METADATA_VALUE_LENGTH} characters`;
    }
  }
}

/** What a caller fills in when the request leaves it out (a proxy fills the user and its callback). */
export interface SessionDefaults {
  targetUserEmail?: string;
  redirectUrl?: string;
}

/**
 * Checks a `POST /escrows/:id/sessions` body (seed create-checkout-session.txt): `action` one
 * of the ten (checked first, alone), then, with `defaultsFor(action)` filling what the body
 * leaves out (`null` or absent), `targetUserEmail` an email, `redirectUrl` a URL, and
 * `metadata` an object of strings of at most 500 characters. DHMAD's business rules (party,
 * status, redirect list) come afterwards, from `checkCheckoutAction`.
 */
export function validateSessionRequest(
  body: JsonObject,
  defaultsFor: (action: CheckoutAction) => SessionDefaults,
): SessionRequestCheck {
  const { action, metadata } = body;
  if (!isCheckoutAction(action)) {
    return {
      ok: false,
      problems: { action: `action must be one of: ${CHECKOUT_ACTIONS.join(', ')}` },
    };
  }
  const defaults = defaultsFor(action);
  const targetUserEmail = body.targetUserEmail ?? defaults.targetUserEmail;
  const redirectUrl = body.redirectUrl ?? defaults.redirectUrl;
  const problems: Record<string, string> = {};
  if (!isEmail(targetUserEmail)) problems.targetUserEmail = 'targetUserEmail must be a valid email';
  if (typeof redirectUrl !== 'string' || !URL.canParse(redirectUrl)) {
    problems.redirectUrl = 'redirectUrl must be a URL';
  }
  if (metadata !== undefined) metadataProblems(metadata, problems);
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  return {
    ok: true,
    request: {
      action,
      targetUserEmail: targetUserEmail as string,
      redirectUrl: redirectUrl as string,
      ...(metadata ? { metadata: metadata as Record<string, string> } : {}),
    },
  };
}
