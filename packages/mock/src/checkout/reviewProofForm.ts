import { issueAttachmentUrl } from '../attachmentLinks';
import type { StoredAttachment } from '../simulatorState';
import type { CheckoutPageContext } from './CheckoutPageContext';
import { formatTime } from './formatTime';
import { formField } from './formField';
import { type Html, html } from './html';
import { PROOF_UPLOAD_LIMITS } from './PROOF_UPLOAD_LIMITS';

/** One file of the submission: an image as a thumbnail linking to it, anything else as a link. */
function fileItem(context: CheckoutPageContext, file: StoredAttachment, index: number): Html {
  const url = issueAttachmentUrl(context.state, file);
  const image = file.mimeType.startsWith('image/') && file.mimeType !== 'image/svg+xml';
  return html`<li><a href="${url}">${
    image
      ? html`<img src="${url}" alt="Proof image ${index + 1}" width="160" height="120" loading="lazy">`
      : ''
  }${file.fileName}</a></li>`;
}

/** The latest submission: its files (fresh `viewUrl`s) and the seller's note. */
function latestSubmission(context: CheckoutPageContext): Html {
  const submission = context.state.proofs.get(context.escrow.id)?.submissions.at(-1);
  if (!submission) return html`<p>The seller has not submitted any proof yet.</p>`;
  return html`<h2>The seller’s proof</h2>
<p>Submitted ${formatTime(Date.parse(submission.submittedAt))}.</p>
<ul class="files">${submission.attachments.map((file, i) => fileItem(context, file, i))}</ul>
${
  submission.note
    ? html`<p>The seller’s note:</p><blockquote>${submission.note}</blockquote>`
    : html`<p>The seller left no note.</p>`
}`;
}

/**
 * `review_proof`: the latest submission, then two forms: "Accept the proof", and "Request a
 * correction" with a labelled note for the seller.
 */
export function reviewProofForm(context: CheckoutPageContext): Html {
  const { values, errors } = context;
  return html`${latestSubmission(context)}
${errors.decision ? html`<p class="error" role="alert">${errors.decision}</p>` : ''}
<form method="post" aria-label="Accept the proof">
<input type="hidden" name="decision" value="accept">
<div class="actions"><button type="submit">Accept the proof</button></div>
</form>
<form method="post" aria-label="Request a correction">
<input type="hidden" name="decision" value="request_correction">
${formField({
  kind: 'textarea',
  name: 'note',
  label: 'What should the seller correct?',
  error: errors.note,
  value: values.note,
  maxLength: PROOF_UPLOAD_LIMITS.maxTextLength,
})}
<div class="actions"><button type="submit" class="secondary">Request a correction</button></div>
</form>`;
}
