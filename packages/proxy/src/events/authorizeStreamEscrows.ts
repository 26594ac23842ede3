import type { RequestContext } from '../createRequestContext';
import { gateEscrow, notAParty } from '../gateEscrow';
import type { AuthorizationCache } from './createAuthorizationCache';

/**
 * Authorizes each escrow of a stream exactly as `GET {basePath}/escrows/:id` does (`gateEscrow`:
 * DHMAD's escrow, then `authorize`), all at once, except pairs `cache` still remembers. Returns
 * `undefined` when every one is allowed, else the answer for the first failing id in `ids`
 * order: 403 `FORBIDDEN` for a stranger, DHMAD's own answer (404, 429, …) or the proxy's 5xx.
 * Only decisions of `authorize` are remembered, never DHMAD's or the network's failures.
 */
export async function authorizeStreamEscrows(
  context: RequestContext,
  ids: readonly string[],
  cache: AuthorizationCache,
): Promise<Response | undefined> {
  const { email } = context.user;
  const answers = await Promise.all(
    ids.map(async (id) => {
      const known = cache.get(email, id);
      if (known === true) return undefined;
      if (known === false) return notAParty();
      const gate = await gateEscrow(context, id); // remembers authorize's decision
      return gate.ok ? undefined : gate.response;
    }),
  );
  return answers.find((answer) => answer !== undefined);
}
