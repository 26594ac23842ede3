import type { ProofAttachment } from '@kit/hooks';

/** How an attachment is shown: an image thumbnail, or a file tile (PDF or anything else). */
export type AttachmentKind = 'image' | 'pdf' | 'file';

/** One attachment as the gallery shows it. */
export interface GalleryItem {
  /** Position in the attachment list: the identity of a tile across refreshes. */
  index: number;
  kind: AttachmentKind;
  /** The link, normalized; `null` when it is not safe to put in the page. */
  url: string | null;
  /** A file name, when the server sent one (DHMAD documents none). */
  name: string | undefined;
  /** 1-based number among the safe items of the same group (images, or files). */
  number: number;
  /** How many safe items that group has. */
  total: number;
}

/**
 * The URL to render, or `null` when it must not reach the page: only absolute `https:` links
 * and `http:` on `localhost` (local development and the simulator) pass. `javascript:`,
 * `data:`, relative links, other hosts' `http:` and unparseable text are refused.
 */
function safeUrl(raw: unknown): string | null {
  const url = typeof raw === 'string' && URL.canParse(raw) ? new URL(raw) : undefined;
  return url &&
    (url.protocol === 'https:' || (url.protocol === 'http:' && url.hostname === 'localhost'))
    ? url.href
    : null;
}

/** `image/*` → image, `application/pdf` → pdf, anything else (or nothing) → file. */
function kindOf(mimeType: unknown): AttachmentKind {
  const type = typeof mimeType === 'string' ? mimeType.split(';')[0]?.trim().toLowerCase() : '';
  return type?.startsWith('image/') ? 'image' : type === 'application/pdf' ? 'pdf' : 'file';
}

/** A file name, if the attachment carries one (`fileName` or `name`) as a non-empty string. */
function nameOf({ fileName, name }: Record<string, unknown>): string | undefined {
  for (const value of [fileName, name]) {
    if (typeof value === 'string' && value.trim()) return value.trim();
  }
  return undefined;
}

/** Classifies and numbers the attachments: images among images, files among files. */
export function galleryItems(attachments: readonly ProofAttachment[]): GalleryItem[] {
  const items = attachments.map((attachment, index): GalleryItem => {
    // Whatever the server sent: anything but an object is a file without a (safe) link.
    const fields = ((typeof attachment === 'object' && attachment) || {}) as Record<
      string,
      unknown
    >;
    return {
      index,
      kind: kindOf(fields.mimeType),
      url: safeUrl(fields.viewUrl),
      name: nameOf(fields),
      number: 0,
      total: 0,
    };
  });
  for (const group of [true, false]) {
    const safe = items.filter((item) => item.url && (item.kind === 'image') === group);
    safe.forEach((item, position) => {
      item.number = position + 1;
      item.total = safe.length;
    });
  }
  return items;
}
