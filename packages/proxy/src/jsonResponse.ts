/**
 * Every answer of the proxy goes through here, so every answer is JSON that no cache keeps and no
 * browser sniffs into something else.
 */
export function jsonResponse(
  status: number,
  body: string,
  extraHeaders?: Record<string, string>,
): Response {
  return new Response(body, {
    status,
    headers: {
      ...extraHeaders,
      'Content-Type': 'application/json',
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
