import { type ReactElement, useId } from 'react';

/** What a field's control gets: its id, and its invalid state and description. */
export interface ControlProps {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

interface FormFieldProps {
  label: string;
  /** The message under the field; the control is then `aria-invalid` and described by it. */
  error: string | undefined;
  /** Renders the control (an input or select) with `props` spread on it. */
  children: (props: ControlProps) => ReactElement;
}

/** A labelled form control with its error message below it. */
export function FormField({ label, error, children }: FormFieldProps) {
  const id = useId();
  const errorId = `${id}-error`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children({
        id,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': error ? errorId : undefined,
      })}
      {error && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
    </div>
  );
}
