import { checkRejectionReason, MAX_REJECTION_REASON_LENGTH } from '@kit/hooks/core';
import * as v from 'valibot';
import { callUpstream } from './callUpstream';
import { checkEscrowInput } from './checkEscrowInput';
import { DhmadApiError } from './DhmadApiError';
import type { DhmadCallOptions, DhmadClient, DhmadClientOptions } from './DhmadClient';
import {
  directActionAnswer,
  escrowAnswer,
  escrowCreatedAnswer,
  proofAnswer,
  sessionAnswer,
  sessionCreatedAnswer,
} from './dhmadSchemas';
import { isDhmadId } from './isDhmadId';
import { isRecord } from './isRecord';
import { MAX_TIMER_MS } from './maxTimerMs';
import { readDhmadError, rejectionOf } from './readDhmadError';
import { type ApiBaseUrlResult, checkApiBaseUrl, resolveApiBaseUrl } from './resolveApiBaseUrl';

const refused = (
  code: 'INVALID_ID' | 'INVALID_ESCROW_INPUT' | 'INVALID_REJECTION_REASON',
  message: string,
  details: Record<string, string>,
) => new DhmadApiError({ status: 0, code, message, details });

/** `/escrows/:id…`, or `INVALID_ID` for an id that could leave its path segment. */
function idPath(prefix: '/escrows/' | '/sessions/', id: unknown, suffix = ''): `/${string}` {
  if (!isDhmadId(id)) {
    throw refused('INVALID_ID', 'The id is not a DHMAD id.', {
      id: 'must match [A-Za-z0-9_-]{1,64}',
    });
  }
  return `${prefix}${id}${suffix}`;
}

/**
 * Creates a typed client of DHMAD's REST API (dhmad-api.md §1–§3, §5, §7) for your server: the
 * marketplace side of the seed quick-escrow-with-proof (step 1, creating the escrow), and what
 * `createEscrowProxy` calls DHMAD through. Throws a `TypeError` at once for options of the wrong
 * shape (a bad `apiBaseUrl`, `fetch` or `timeoutMs`); the key is checked on the first call.
 */
export function createDhmadClient(options: DhmadClientOptions): DhmadClient {
  const fail = (message: string): never => {
    throw new TypeError(`createDhmadClient: ${message}`);
  };
  if (!isRecord(options)) fail('pass an options object ({ apiKey, … }).');
  const apiBaseUrl = checkApiBaseUrl(options.apiBaseUrl, 'createDhmadClient');
  if (options.fetch !== undefined && typeof options.fetch !== 'function') {
    fail('`fetch` must be a function when given.');
  }
  const timeoutMs = options.timeoutMs ?? 10_000;
  if (typeof timeoutMs !== 'number' || !(timeoutMs > 0 && timeoutMs <= MAX_TIMER_MS)) {
    fail('`timeoutMs` must be a number of milliseconds between 1 and 2147483647.');
  }
  const fetch = options.fetch ?? ((url: string, init: RequestInit) => globalThis.fetch(url, init));
  let target: ApiBaseUrlResult | undefined;

  const raw: DhmadClient['raw'] = async (method, path, { body, signal } = {}) => {
    target ??= resolveApiBaseUrl(options.apiKey, apiBaseUrl, 'createDhmadClient');
    if (!target.ok) {
      return {
        ok: false,
        reason: 'misconfigured',
        message: `createDhmadClient is misconfigured: check its \`${target.option}\` option.`,
        error: target.error,
      };
    }
    const controller = new AbortController();
    const timer = setTimeout(
      () => controller.abort(new DOMException('DHMAD did not answer in time', 'TimeoutError')),
      timeoutMs,
    );
    const forward = () => controller.abort(signal?.reason);
    if (signal?.aborted) forward();
    else signal?.addEventListener('abort', forward, { once: true });
    try {
      const config = { fetch, apiKey: options.apiKey, apiBaseUrl: target.apiBaseUrl };
      return await callUpstream({ ...config, signal: controller.signal }, method, path, body);
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', forward);
    }
  };

  async function send<T>(
    method: 'GET' | 'POST',
    path: `/${string}`,
    schema: v.GenericSchema<unknown, T>,
    call: DhmadCallOptions & { body?: unknown } = {},
  ): Promise<T> {
    const answer = await raw(method, path, call);
    if (!answer.ok) throw rejectionOf(answer);
    if (answer.status < 200 || answer.status >= 300) throw readDhmadError(answer);
    const parsed = v.safeParse(schema, answer.json);
    if (parsed.success) return parsed.output;
    throw new DhmadApiError({
      status: answer.status,
      code: 'INVALID_RESPONSE',
      message: `DHMAD answered ${method} ${path} with an unexpected shape: ${parsed.issues[0].message}`,
      cause: parsed.issues,
    });
  }

  return {
    raw,
    async createEscrow(input, call) {
      const details = checkEscrowInput(input);
      if (Object.keys(details).length > 0) {
        throw refused(
          'INVALID_ESCROW_INPUT',
          `The escrow cannot be created: ${Object.values(details).join('; ')}.`,
          details,
        );
      }
      return send('POST', '/escrows', escrowCreatedAnswer, { ...call, body: input });
    },
    getEscrow: async (id, call) =>
      (await send('GET', idPath('/escrows/', id), escrowAnswer, call)).escrow,
    getProof: async (id, call) => send('GET', idPath('/escrows/', id, '/proof'), proofAnswer, call),
    createSession: async (id, input, call) =>
      send('POST', idPath('/escrows/', id, '/sessions'), sessionCreatedAnswer, {
        ...call,
        body: input,
      }),
    getSession: async (sessionId, call) =>
      (await send('GET', idPath('/sessions/', sessionId), sessionAnswer, call)).session,
    deliver: async (id, call) =>
      send('POST', idPath('/escrows/', id, '/deliver'), directActionAnswer, call),
    async rejectDelivery(id, input, call) {
      const path = idPath('/escrows/', id, '/reject-delivery');
      const checked = checkRejectionReason(input?.reason);
      if (!checked.ok) {
        const problem = `reason must be a string of at most ${MAX_REJECTION_REASON_LENGTH} characters`;
        throw refused('INVALID_REJECTION_REASON', `The delivery cannot be rejected: ${problem}.`, {
          reason: problem,
        });
      }
      const body = checked.reason === undefined ? {} : { reason: checked.reason };
      return send('POST', path, directActionAnswer, { ...call, body });
    },
    cancel: async (id, call) =>
      send('POST', idPath('/escrows/', id, '/cancel'), directActionAnswer, call),
  };
}
