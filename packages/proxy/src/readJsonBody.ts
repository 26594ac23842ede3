import { proxyError } from './proxyError';
import { readBodyBytes } from './readBodyBytes';

export type JsonBodyResult = { ok: true; value: unknown } | { ok: false; response: Response };

/** UTF-8 JSON bytes, parsed; `undefined` stands for "not UTF-8 JSON" (JSON has no undefined). */
export function parseJsonBytes(bytes: Uint8Array): { value: unknown } | undefined {
  try {
    return { value: JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) };
  } catch {
    return undefined;
  }
}

/**
 * Reads a JSON request body of at most `limit` bytes. A larger `Content-Length` is refused before
 * reading; a body that streams past the limit is cancelled as soon as it does (413). Bytes that
 * are not UTF-8 or not JSON give 400 `INVALID_JSON`.
 */
export async function readJsonBody(request: Request, limit: number): Promise<JsonBodyResult> {
  const bytes = await readBodyBytes(request, limit);
  if (!bytes) {
    return {
      ok: false,
      response: proxyError(
        413,
        'PAYLOAD_TOO_LARGE',
        `The request body is larger than ${limit} bytes.`,
      ),
    };
  }
  const parsed = parseJsonBytes(bytes);
  return parsed
    ? { ok: true, value: parsed.value }
    : {
        ok: false,
        response: proxyError(400, 'INVALID_JSON', 'The request body is not valid UTF-8 JSON.'),
      };
}
