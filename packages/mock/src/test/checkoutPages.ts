/**
 * A user's browser on the simulator's hosted checkout: opening a session's page, posting its
 * form (a real `FormData` body) and following its links.
 */
import type { DhmadSimulator } from '../createDhmadSimulator';

/** Where `url` of a session created on the default simulator points. */
export const pageUrl = (sessionId: string) => `https://sandbox.dhmad.tn/checkout/${sessionId}`;

/** GETs a page: status, headers and its HTML. */
export async function openPage(sim: DhmadSimulator, url: string) {
  const response = await sim.handle(new Request(url));
  return { status: response.status, headers: response.headers, html: await response.text() };
}

/** A form's fields: texts, and files under the same name (several for `files`). */
export type FormFields = Record<string, string | File | File[]>;

/** POSTs the session page's form as a browser would (multipart `FormData`). */
export async function postForm(sim: DhmadSimulator, sessionId: string, fields: FormFields) {
  const body = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    for (const item of Array.isArray(value) ? value : [value]) body.append(name, item);
  }
  const response = await sim.handle(new Request(pageUrl(sessionId), { method: 'POST', body }));
  return { status: response.status, headers: response.headers, html: await response.text() };
}

/** A file as a browser would send it, `size` bytes (a copy of `bytes` repeated). */
export function fileOf(name: string, type: string, bytes: Uint8Array | number = 16): File {
  const content = typeof bytes === 'number' ? new Uint8Array(bytes).fill(7) : bytes;
  return new File([content as Uint8Array<ArrayBuffer>], name, { type });
}
