import type { CheckoutAction } from '@kit/hooks';

/**
 * Opens a checkout session in the story's simulator through the proxy contract (MSW), as
 * `ActionButton` would before sending `target` to DHMAD; returns its id, to complete or
 * abandon it with `simulator()`.
 */
export async function openSession(
  escrowId: string,
  action: CheckoutAction,
  target: string,
): Promise<string> {
  const response = await fetch(`/api/escrow/escrows/${escrowId}/sessions`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      action,
      targetUserEmail: target,
      redirectUrl: new URL('/checkout/return', location.href).href,
    }),
  });
  const body = (await response.json()) as { sessionId?: string };
  if (!body.sessionId) throw new Error(`No ${action} session for ${escrowId}: ${response.status}`);
  return body.sessionId;
}
