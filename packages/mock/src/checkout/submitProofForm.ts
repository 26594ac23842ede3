import type { CheckoutPageContext } from './CheckoutPageContext';
import { formField } from './formField';
import { type Html, html } from './html';
import { PROOF_UPLOAD_LIMITS } from './PROOF_UPLOAD_LIMITS';

const { maxFiles, maxFileBytes, accept, maxTextLength } = PROOF_UPLOAD_LIMITS;

/**
 * What the escrow's policy asks for (`allowedProofTypes`, "UI hints" by DHMAD's Quick Escrow
 * with Proof page): "Asked for: receipt, tracking proof, or product photo. ", or nothing.
 */
function askedFor(types: unknown): string {
  if (!Array.isArray(types) || types.length === 0) return '';
  const words = types.map((type) =>
    type === 'other' ? 'another document' : String(type).replaceAll('_', ' '),
  );
  return `Asked for: ${new Intl.ListFormat('en', { type: 'disjunction' }).format(words)}. `;
}

/** `submit_proof`: a multipart form with the files (required) and an optional note. */
export function submitProofForm({ escrow, values, errors }: CheckoutPageContext): Html {
  return html`<form method="post" enctype="multipart/form-data">
${formField({
  kind: 'file',
  name: 'files',
  label: 'Proof files',
  hint: `${askedFor(escrow.fulfillmentPolicy?.allowedProofTypes)}Photos or PDFs: 1 to ${maxFiles} files, each at most ${maxFileBytes / (1024 * 1024)} MB.`,
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
