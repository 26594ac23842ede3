import type { ProofType } from '@kit/hooks/core';
import type { CheckoutPageContext } from './CheckoutPageContext';
import { formField } from './formField';
import { type Html, html } from './html';
import { PROOF_UPLOAD_LIMITS } from './PROOF_UPLOAD_LIMITS';

const { maxFiles, maxFileBytes, accept, maxTextLength } = PROOF_UPLOAD_LIMITS;

/** How the upload page names each proof type DHMAD documents. */
const PROOF_TYPE_WORDS: Record<ProofType, string> = {
  receipt: 'receipt',
  order_confirmation: 'order confirmation',
  product_photo: 'product photo',
  tracking_proof: 'tracking proof',
  other: 'another document',
};

/**
 * What the escrow's policy asks for (`allowedProofTypes`, "UI hints" by DHMAD's Quick Escrow
 * with Proof page): "Asked for: receipt, tracking proof, or product photo. ", or nothing.
 * Unknown types and repeats are left out, as the kit's `ProofTimeline` does.
 */
function askedFor(types: unknown): string {
  if (!Array.isArray(types)) return '';
  const words = [...new Set(types)]
    .filter((type) => Object.hasOwn(PROOF_TYPE_WORDS, type))
    .map((type: ProofType) => PROOF_TYPE_WORDS[type]);
  if (words.length === 0) return '';
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
