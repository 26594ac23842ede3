import type { CheckoutPageContext } from './CheckoutPageContext';
import { formField } from './formField';
import { type Html, html } from './html';
import { PROOF_UPLOAD_LIMITS } from './PROOF_UPLOAD_LIMITS';

const { maxFiles, maxFileBytes, accept, maxTextLength } = PROOF_UPLOAD_LIMITS;

/** `submit_proof`: a multipart form with the files (required) and an optional note. */
export function submitProofForm({ values, errors }: CheckoutPageContext): Html {
  return html`<form method="post" enctype="multipart/form-data">
${formField({
  kind: 'file',
  name: 'files',
  label: 'Proof files',
  hint: `Photos or PDFs of the receipt: 1 to ${maxFiles} files, each at most ${maxFileBytes / (1024 * 1024)} MB.`,
  error: errors.files,
  required: true,
  accept,
  multiple: true,
})}
${formField({
  kind: 'textarea',
  name: 'note',
  label: 'Note for the buyer',
  error: errors.note,
  value: values.note,
  maxLength: maxTextLength,
})}
<div class="actions"><button type="submit">Submit the proof</button></div>
</form>`;
}
