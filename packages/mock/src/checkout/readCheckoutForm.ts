import type { CompleteSessionAttachment, CompleteSessionOptions } from '../applyCheckoutAction';
import { isProofFileType, PROOF_UPLOAD_LIMITS } from './PROOF_UPLOAD_LIMITS';

/** A hosted checkout form's fields. */
export type CheckoutField = 'files' | 'note' | 'reason' | 'decision';

/** What the user typed, to show again with the errors (a browser never refills a file field). */
export interface CheckoutFormValues {
  note?: string;
  reason?: string;
}

/** The message to show next to each field in error. */
export type CheckoutFormErrors = Partial<Record<CheckoutField, string>>;

export type CheckoutFormReading =
  | { ok: true; options: CompleteSessionOptions }
  | { ok: false; errors: CheckoutFormErrors; values: CheckoutFormValues };

const { maxFiles, maxFileBytes, maxTextLength } = PROOF_UPLOAD_LIMITS;
const MB = 1024 * 1024;

/** A text field, trimmed; `''` when absent or not text. */
const textOf = (form: FormData, name: CheckoutField) => {
  const value = form.get(name);
  return typeof value === 'string' ? value.trim() : '';
};

const tooLong = (text: string) =>
  text.length > maxTextLength
    ? `Use at most ${maxTextLength.toLocaleString('en')} characters (now ${text.length.toLocaleString('en')}).`
    : undefined;

/** The files chosen (a browser sends an empty, nameless part when none is), or the error. */
function checkFiles(form: FormData): File[] | string {
  const files = form
    .getAll('files')
    .filter((v): v is File => typeof v !== 'string' && !(v.name === '' && v.size === 0));
  if (files.length === 0) return 'Choose at least one file: a photo or a PDF.';
  if (files.length > maxFiles)
    return `Choose at most ${maxFiles} files (you chose ${files.length}).`;
  const wrongType = files.find((file) => !isProofFileType(file.type));
  if (wrongType) return `${wrongType.name || 'A file'} is not an image or a PDF.`;
  const tooBig = files.find((file) => file.size > maxFileBytes);
  if (tooBig) return `${tooBig.name || 'A file'} is larger than ${maxFileBytes / MB} MB.`;
  return files;
}

const attachmentOf = async (file: File): Promise<CompleteSessionAttachment> => ({
  mimeType: file.type,
  ...(file.name ? { fileName: file.name } : {}),
  bytes: new Uint8Array(await file.arrayBuffer()),
});

/**
 * Reads and checks a hosted checkout form (already parsed by `request.formData()`, urlencoded
 * or multipart) for `action`: `submit_proof` needs 1–5 files (`files`), each an image (not
 * SVG) or a PDF of at most 10 MB, and takes an optional `note`; `review_proof` needs a
 * `decision`, `accept` or `request_correction`, and takes an optional `note`; `dispute` and
 * `request_cancellation` need a `reason`. Texts are trimmed and at most 1,000 characters
 * (`PROOF_UPLOAD_LIMITS`). Other actions read nothing.
 */
export async function readCheckoutForm(
  action: string,
  form: FormData,
): Promise<CheckoutFormReading> {
  const note = textOf(form, 'note');
  const reason = textOf(form, 'reason');
  const errors: CheckoutFormErrors = {};
  const options: CompleteSessionOptions = {};
  if (action === 'submit_proof' || action === 'review_proof') {
    errors.note = tooLong(note);
    if (note) options.note = note;
  }
  if (action === 'submit_proof') {
    const files = checkFiles(form);
    if (typeof files === 'string') errors.files = files;
    else options.attachments = await Promise.all(files.map(attachmentOf));
  }
  if (action === 'review_proof') {
    const decision = textOf(form, 'decision');
    if (decision === 'accept' || decision === 'request_correction') options.decision = decision;
    else errors.decision = 'Choose whether to accept the proof or request a correction.';
  }
  if (action === 'dispute' || action === 'request_cancellation') {
    errors.reason = reason ? tooLong(reason) : 'Give a reason.';
    options.reason = reason;
  }
  const problems = Object.fromEntries(Object.entries(errors).filter(([, message]) => message));
  return Object.keys(problems).length === 0
    ? { ok: true, options }
    : { ok: false, errors: problems, values: { note, reason } };
}
