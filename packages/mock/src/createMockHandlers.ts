import { HttpResponse, http, passthrough, type RequestHandler } from 'msw';
import type { DhmadSimulator } from './createDhmadSimulator';

export interface MockHandlersOptions {
  /** The simulator, or a function returning the current one (to start afresh per test or story). */
  simulator: DhmadSimulator | (() => DhmadSimulator);
  /** Where your app's hooks send requests (`EscrowKitProvider`'s `baseUrl`). @default the simulator's basePath */
  baseUrl?: string;
}

/**
 * MSW v2 handlers that answer the kit's proxy contract under `baseUrl`, and the proof
 * attachment links, from the simulator. Every answer has a `Date` header with the simulator's
 * time (`clock.now()`), as a proxy's would. Works with `msw/node` and `msw/browser`.
 */
export function createMockHandlers({ simulator, baseUrl }: MockHandlersOptions): RequestHandler[] {
  const current = typeof simulator === 'function' ? simulator : () => simulator;
  const { basePath: defaultBase, filesBaseUrl } = current();
  const base = (baseUrl ?? defaultBase).replace(/\/+$/, '');
  const basePath = URL.canParse(base) ? new URL(base).pathname : base;
  const answer = async (request: Request) => {
    try {
      const response = await current().handle(request, { basePath });
      // Like any server, it dates its answers (RFC 9110 §6.6.1), by the simulated clock: the
      // kit estimates DHMAD's time from this header, whatever the device clock says.
      response.headers.set('Date', current().clock.now().toUTCString());
      return response;
    } catch (error) {
      // An injected network failure rejects with a TypeError, as fetch does: fail the request as
      // a dead connection would. Anything else is a bug and stays visible (MSW answers 500).
      if (error instanceof TypeError) return HttpResponse.error();
      throw error;
    }
  };
  return [
    http.all(`${base}/*`, ({ request }) => answer(request)),
    http.get(`${filesBaseUrl}/*`, ({ request }) => answer(request)),
    // Anything else under the files origin is not ours to answer.
    http.all(`${new URL(filesBaseUrl).origin}/*`, () => passthrough()),
  ];
}
