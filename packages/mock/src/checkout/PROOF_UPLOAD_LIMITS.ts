/**
 * What the hosted checkout accepts as proof files. DHMAD documents none of these limits
 * (dhmad-api.md §5 names attachments' `mimeType` and `viewUrl` only): chosen for receipts and
 * photos. SVG is refused because an SVG image can carry scripts.
 */
export const PROOF_UPLOAD_LIMITS = {
  /** Files per submission, at least one. */
  maxFiles: 5,
  /** Bytes per file: 10 MB. */
  maxFileBytes: 10 * 1024 * 1024,
  /** The `accept` attribute of the file field. */
  accept: 'image/*,application/pdf',
  /** Notes and reasons, in characters after trimming. */
  maxTextLength: 1000,
} as const;

/** Whether a file of this media type may be a proof: an image (not SVG) or a PDF. */
export const isProofFileType = (mimeType: string): boolean =>
  mimeType === 'application/pdf' || (mimeType.startsWith('image/') && mimeType !== 'image/svg+xml');
