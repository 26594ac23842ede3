/**
 * The raw bytes of a request body of at most `limit` bytes, or `undefined` when it is larger: a
 * larger `Content-Length` is refused before reading, and a body that streams past the limit
 * (whatever `Content-Length` claimed) is cancelled as soon as it does.
 */
export async function readBodyBytes(
  request: Request,
  limit: number,
): Promise<Uint8Array | undefined> {
  const declared = request.headers.get('Content-Length');
  if (declared !== null && Number(declared) > limit) return undefined;

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
        return undefined;
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
  return bytes;
}
