import { readDhmadErrorBody } from '@kit/hooks/core';
import type { DhmadRawAnswer, DhmadRawFailure } from './callUpstream';
import { DhmadApiError } from './DhmadApiError';

/** A DHMAD answer that is not a 2xx, as a `DhmadApiError` with DHMAD's status, code and texts. */
export function readDhmadError(answer: DhmadRawAnswer): DhmadApiError {
  const { status } = answer;
  const header = answer.retryAfter !== undefined ? Number(answer.retryAfter) : Number.NaN;
  const fields = readDhmadErrorBody(answer.json);
  const retryAfter = fields?.retryAfter ?? (Number.isNaN(header) ? undefined : header);
  if (!fields) {
    return new DhmadApiError({
      status,
      code: 'HTTP_ERROR',
      message: `DHMAD answered HTTP ${status} with an error body of unknown shape.`,
      retryAfter,
    });
  }
  return new DhmadApiError({
    ...fields,
    status,
    message: fields.message ?? `DHMAD answered HTTP ${status}.`,
    retryAfter,
  });
}

/**
 * What a call that brought no usable answer rejects with: the caller's own abort reason as is
 * (as `fetch` does), else a `DhmadApiError` with status 0 (or DHMAD's status for an invalid answer).
 */
export function rejectionOf(failure: DhmadRawFailure): unknown {
  if (failure.reason === 'aborted') return failure.error;
  const codes = {
    timeout: 'TIMEOUT',
    unreachable: 'NETWORK_ERROR',
    invalid_response: 'INVALID_RESPONSE',
    misconfigured: 'MISCONFIGURED',
  } as const;
  return new DhmadApiError({
    status: failure.status ?? 0,
    code: codes[failure.reason],
    message: failure.message,
    cause: failure.error,
  });
}
