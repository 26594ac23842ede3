'use client';
import { MAX_REJECTION_REASON_LENGTH } from '@kit/hooks';
import { useId } from 'react';
import { useI18n } from '../i18n/EscrowUIProvider';
import { actionMessages } from '../i18n/en';

export interface ReasonFieldProps {
  value: string;
  onChange: (value: string) => void;
}

/**
 * The optional reason of a delivery rejection: a `<textarea>` labelled by its `<label>`, of at
 * most `MAX_REJECTION_REASON_LENGTH` (1,000) characters, described by a character count
 * ("12 / 1,000", in the locale's digits) that follows every keystroke.
 */
export function ReasonField({ value, onChange }: ReasonFieldProps) {
  const i18n = useI18n(actionMessages);
  const countId = useId();
  const count = (n: number) => n.toLocaleString(i18n.locale);
  return (
    <>
      <label className="kit-action__field">
        {i18n.t('reject.reason')}
        <textarea
          rows={3}
          maxLength={MAX_REJECTION_REASON_LENGTH}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          aria-describedby={countId}
        />
      </label>
      <small id={countId} className="kit-action__count">
        {i18n.t('reject.count', {
          count: count(value.length),
          max: count(MAX_REJECTION_REASON_LENGTH),
        })}
      </small>
    </>
  );
}
