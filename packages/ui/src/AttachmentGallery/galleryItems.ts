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
export function safeUrl(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  const allowed =
    url.protocol === 'https:' || (url.protocol === 'http:' && url.hostname === 'localhost');
  return allowed ? url.href : null;
}

/** `image/*` → image, `application/pdf` → pdf, anything else (or nothing) → file. */
export function kindOf(mimeType: unknown): AttachmentKind {
  if (typeof mimeType !== 'string') return 'file';
  const type = (mimeType.split(';')[0] ?? '').trim().toLowerCase();
  if (type.startsWith('image/')) return 'image';
  if (type === 'application/pdf') return 'pdf';
  return 'file';
}

/** A file name, if the attachment carries one (`fileName` or `name`) as a non-empty string. */
export function nameOf(attachment: ProofAttachment): string | undefined {
  const fields = attachment as unknown as Record<string, unknown>;
  for (const key of ['fileName', 'name']) {
    const value = fields[key];
    if (typeof value === 'string' && value.trim()) return value.trim();
  }
  return undefined;
}

/** Classifies and numbers the attachments: images among images, files among files. */
export function galleryItems(attachments: readonly ProofAttachment[]): GalleryItem[] {
  const items = attachments.map((attachment, index): GalleryItem => {
    const valid = typeof attachment === 'object' && attachment !== null;
    return {
      index,
      kind: valid ? kindOf(attachment.mimeType) : 'file',
      url: valid ? safeUrl(attachment.viewUrl) : null,
      name: valid ? nameOf(attachment) : undefined,
      number: 0,
      total: 0,
    };
  });
  const images = items.filter((item) => item.url && item.kind === 'image');
  const files = items.filter((item) => item.url && item.kind !== 'image');
  for (const group of [images, files]) {
    group.forEach((item, position) => {
      item.number = position + 1;
      item.total = group.length;
    });
  }
  return items;
}
