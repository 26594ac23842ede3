import { jsonResponse } from './jsonResponse';
import { sampleBytes } from './sampleFiles';
import type { SimulatorState, StoredAttachment } from './simulatorState';

/**
 * Mints a time-limited link to an attachment's bytes (the uploaded ones, else sample bytes of
 * its type):
 * `{filesBaseUrl}/{token}/{fileName}`, valid for `viewUrlTtlMs`. Each call mints a fresh link;
 * older links keep working until their own expiry.
 */
export function issueAttachmentUrl(state: SimulatorState, attachment: StoredAttachment): string {
  const token = state.random.token();
  state.files.set(token, {
    bytes: attachment.bytes ?? sampleBytes(attachment.mimeType, attachment.fileName),
    mimeType: attachment.mimeType,
    expiresAt: state.clock.now() + state.config.viewUrlTtlMs,
  });
  return `${state.config.filesBaseUrl}/${token}/${encodeURIComponent(attachment.fileName)}`;
}

/** The token of an attachment link: the path segment right after `filesBaseUrl`. */
export function attachmentToken(state: SimulatorState, url: string): string | undefined {
  const prefix = `${state.config.filesBaseUrl}/`;
  if (!url.startsWith(prefix)) return undefined;
  return url.slice(prefix.length).split(/[/?#]/)[0] ?? '';
}

/**
 * Answers an attachment link: the file's bytes with its type, 404 for an unknown token, and
 * 403 once the link has expired (DHMAD's links are signed and time-limited).
 */
export function serveAttachment(state: SimulatorState, token: string): Response {
  const file = state.files.get(token);
  if (!file) return jsonResponse({ error: 'Not Found' }, 404);
  if (state.clock.now() > file.expiresAt) {
    return jsonResponse({ error: 'Forbidden', message: 'This link has expired.' }, 403);
  }
  return new Response(file.bytes.slice().buffer as ArrayBuffer, {
    headers: {
      'Content-Type': file.mimeType,
      'Cache-Control': 'private, max-age=60',
      // Uploaded bytes are served as the type they were sent with, never sniffed as another.
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
