import {
  CHECKOUT_ACTIONS,
  type CheckoutAction,
  checkMetadata,
  isCheckoutAction,
  MAX_METADATA_VALUE_LENGTH,
  type MetadataIssue,
} from '@kit/hooks/core';
import { isEmail } from './isEmail';
import type { JsonObject } from './readJsonBody';

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

/** DHMAD's field detail for a metadata issue (its wording is not documented: the simulator's). */
function metadataProblem(issue: MetadataIssue): [field: string, message: string] {
  switch (issue.kind) {
    case 'not_an_object':
      return ['metadata', 'metadata must be an object'];
    case 'not_a_string':
      return [`metadata.${issue.key}`, 'metadata values must be strings'];
    case 'too_long':
      return [
        `metadata.${issue.key}`,
        `metadata values must be at most ${MAX_METADATA_VALUE_LENGTH} characters`,
      ];
    default:
      return issue satisfies never;
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
  for (const issue of checkMetadata(metadata)) {
    const [field, message] = metadataProblem(issue);
    problems[field] = message;
  }
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
