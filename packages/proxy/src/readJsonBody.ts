import { proxyError } from './proxyError';

export type JsonBodyResult = { ok: true; value: unknown } | { ok: false; response: Response };

/**
 * Reads a JSON request body of at most `limit` bytes. A larger `Content-Length` is refused before
 * reading; a body that streams past the limit is cancelled as soon as it does (413). Bytes that
 * are not UTF-8 or not JSON give 400 `INVALID_JSON`.
 */
export async function readJsonBody(request: Request, limit: number): Promise<JsonBodyResult> {
  const tooLarge = () => ({
    ok: false as const,
    response: proxyError(
      413,
      'PAYLOAD_TOO_LARGE',
      `The request body is larger than ${limit} bytes.`,
    ),
  });
  const declared = request.headers.get('Content-Length');
  if (declared !== null && Number(declared) > limit) return tooLarge();

  const chunks: Uint8Array[] = [];
  let size = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) {
        await reader.cancel().catch(() => undefined);
        return tooLarge();
      }
      chunks.push(value);
    }
  }

  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  try {
    return { ok: true, value: JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) };
  } catch {
    return {
      ok: false,
      response: proxyError(400, 'INVALID_JSON', 'The request body is not valid UTF-8 JSON.'),
    };
  }
}
