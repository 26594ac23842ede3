import {
  CHECKOUT_ACTIONS,
  type CheckoutAction,
  checkMetadata,
  isCheckoutAction,
  MAX_METADATA_VALUE_LENGTH,
  type MetadataIssue,
} from '@kit/hooks/core';
import { isRecord } from './isRecord';
import { proxyError } from './proxyError';

/** What the browser may send to `POST {basePath}/escrows/:id/sessions`, checked. */
export interface SessionInput {
  action: CheckoutAction;
  targetUserEmail?: string;
  redirectUrl?: string;
  metadata?: Record<string, string>;
}

export type SessionInputResult =
  | { ok: true; input: SessionInput }
  | { ok: false; response: Response };

const quote = (key: string) => JSON.stringify(key.length > 40 ? `${key.slice(0, 40)}…` : key);

/** How the proxy words a metadata issue (DHMAD's own wording is not documented). */
function describeMetadataIssue(issue: MetadataIssue): string {
  switch (issue.kind) {
    case 'not_an_object':
      return '`metadata` must be an object whose values are strings.';
    case 'not_a_string':
      return `metadata[${quote(issue.key)}] must be a string.`;
    case 'too_long':
      return `metadata[${quote(issue.key)}] is ${issue.length} characters long; DHMAD accepts at most ${MAX_METADATA_VALUE_LENGTH}.`;
  }
}

/**
 * Checks a parsed session-request body against DHMAD's rules before anything is sent upstream:
 * `action` is one of the ten, `targetUserEmail` and `redirectUrl` are strings when given, and
 * `metadata` is an object of strings of at most 500 characters each (the rules of
 * `@kit/hooks/core`). Other fields are dropped;
 * `null` counts as "not given".
 */
export function parseSessionInput(body: unknown): SessionInputResult {
  const fail = (code: 'INVALID_BODY' | 'INVALID_ACTION' | 'INVALID_METADATA', message: string) => ({
    ok: false as const,
    response: proxyError(400, code, message),
  });
  if (!isRecord(body)) return fail('INVALID_BODY', 'The request body must be a JSON object.');

  const { action, targetUserEmail, redirectUrl, metadata } = body;
  if (!isCheckoutAction(action)) {
    return fail('INVALID_ACTION', `\`action\` must be one of: ${CHECKOUT_ACTIONS.join(', ')}.`);
  }
  const input: SessionInput = { action };

  if (targetUserEmail !== undefined && targetUserEmail !== null) {
    if (typeof targetUserEmail !== 'string' || targetUserEmail.trim() === '') {
      return fail('INVALID_BODY', '`targetUserEmail` must be a non-empty string when given.');
    }
    input.targetUserEmail = targetUserEmail.trim();
  }
  if (redirectUrl !== undefined && redirectUrl !== null) {
    if (typeof redirectUrl !== 'string') {
      return fail('INVALID_BODY', '`redirectUrl` must be a string when given.');
    }
    input.redirectUrl = redirectUrl;
  }
  if (metadata !== undefined && metadata !== null) {
    const [issue] = checkMetadata(metadata);
    if (issue) return fail('INVALID_METADATA', describeMetadataIssue(issue));
    input.metadata = metadata as Record<string, string>;
  }
  return { ok: true, input };
}
