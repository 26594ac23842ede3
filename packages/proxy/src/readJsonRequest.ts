import { proxyError } from './proxyError';
import { type JsonBodyResult, readJsonBody } from './readJsonBody';

/** The body size limit of every `POST` to the proxy, in bytes. */
export const MAX_BODY_BYTES = 16 * 1024;

/**
 * The JSON body of a `POST` to the proxy: it must be declared `Content-Type: application/json`
 * (415 otherwise: a cross-site form cannot send that without a CORS preflight), at most
 * `MAX_BODY_BYTES` (413) and UTF-8 JSON (400 `INVALID_JSON`).
 */
export async function readJsonRequest(request: Request): Promise<JsonBodyResult> {
  const contentType = request.headers.get('Content-Type')?.split(';')[0]?.trim().toLowerCase();
  if (contentType !== 'application/json') {
    return {
      ok: false,
      response: proxyError(
        415,
        'UNSUPPORTED_MEDIA_TYPE',
        'Send the request body as Content-Type: application/json.',
      ),
    };
  }
  return readJsonBody(request, MAX_BODY_BYTES);
}
