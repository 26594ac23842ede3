import { type Html, html } from './html';

interface FieldBase {
  /** The form field's `name`, also its `id`. */
  name: string;
  label: string;
  /** Shown under the label, referenced by `aria-describedby`. */
  hint?: string;
  /** Shown next to the field; sets `aria-invalid="true"` and joins `aria-describedby`. */
  error?: string | undefined;
  required?: boolean;
}

/** A labelled field of a hosted checkout form: a text area or a file picker. */
export type FieldOptions =
  | (FieldBase & { kind: 'textarea'; value?: string; maxLength: number })
  | (FieldBase & { kind: 'file'; accept: string; multiple: boolean });

/**
 * One labelled field with its hint and its error, wired for assistive technology: the label's
 * `for`, `aria-describedby` naming the hint and the error, `aria-invalid` when in error.
 */
export function formField(field: FieldOptions): Html {
  const hintId = `${field.name}-hint`;
  const errorId = `${field.name}-error`;
  const describedBy = [field.hint && hintId, field.error && errorId].filter(Boolean).join(' ');
  const attributes = html`id="${field.name}" name="${field.name}"${
    field.required ? html` required` : ''
  }${describedBy ? html` aria-describedby="${describedBy}"` : ''}${
    field.error ? html` aria-invalid="true"` : ''
  }`;
  const control =
    field.kind === 'textarea'
      ? html`<textarea ${attributes} maxlength="${field.maxLength}">${field.value ?? ''}</textarea>`
      : html`<input type="file" ${attributes} accept="${field.accept}"${
          field.multiple ? html` multiple` : ''
        }>`;
  return html`<div>
<label for="${field.name}">${field.label}${field.required ? '' : ' (optional)'}</label>
${field.hint ? html`<p class="hint" id="${hintId}">${field.hint}</p>` : ''}
${control}
${field.error ? html`<p class="error" id="${errorId}">${field.error}</p>` : ''}
</div>`;
}
