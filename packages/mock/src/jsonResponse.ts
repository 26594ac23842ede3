/** A JSON response, as DHMAD answers every request. */
export function jsonResponse(
  body: unknown,
  status = 200,
  headers: Record<string, string> = {},
): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
}

/** DHMAD's 400 for invalid input: `{ error: 'Bad Request', message, details? }` (details per field). */
export function badRequest(message: string, details?: Record<string, string>): Response {
  return jsonResponse({ error: 'Bad Request', message, ...(details ? { details } : {}) }, 400);
}

/** DHMAD's 404 for an escrow id it does not know. */
export const escrowNotFound = (): Response => jsonResponse({ error: 'Escrow not found' }, 404);

/** DHMAD's 403: `{ error: 'Forbidden', message }` (dhmad-api.md §4.1). */
export const forbidden = (message: string): Response =>
  jsonResponse({ error: 'Forbidden', message }, 403);
