import { PROOF_TYPES, type ProofType } from '@kit/hooks';
import { type Ref, useId } from 'react';
import { usePreferences } from '../preferences/PreferencesProvider';

interface ProofTypesFieldProps {
  value: ProofType[];
  onChange: (value: ProofType[]) => void;
  error: string | undefined;
  /** The first checkbox, to focus when the field is invalid. */
  firstRef: Ref<HTMLInputElement>;
}

/** The allowed proof types: a group of checkboxes, its error below it. */
export function ProofTypesField({ value, onChange, error, firstRef }: ProofTypesFieldProps) {
  const { t } = usePreferences();
  const errorId = useId();
  return (
    <fieldset className="field" aria-describedby={error ? errorId : undefined}>
      <legend>{t('newOrder.field.allowedProofTypes')}</legend>
      <div className="checkboxes">
        {PROOF_TYPES.map((type, index) => (
          <label key={type} className="checkbox">
            <input
              ref={index === 0 ? firstRef : undefined}
              type="checkbox"
              name="allowedProofTypes"
              value={type}
              checked={value.includes(type)}
              aria-invalid={error ? true : undefined}
              onChange={(event) =>
                onChange(
                  event.target.checked
                    ? PROOF_TYPES.filter((other) => other === type || value.includes(other))
                    : value.filter((other) => other !== type),
                )
              }
            />
            {t(`newOrder.proof.${type}`)}
          </label>
        ))}
      </div>
      {error && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
