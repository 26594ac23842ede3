/**
 * What went wrong, as one line for `WebhookDeliveryRecord.error`: an error's message with its
 * `cause`'s (fetch's "fetch failed" says little alone), or the thrown value as text.
 */
export function errorMessage(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? ` (${error.cause.message})` : '';
  return `${error.message}${cause}`;
}
