'use client';
import { MAX_REJECTION_REASON_LENGTH } from '@kit/hooks';
import { useId } from 'react';
import { useI18n } from '../i18n/EscrowUIProvider';
import { actionMessages } from '../i18n/en';
import { formatNumber } from '../i18n/format';

export interface ReasonFieldProps {
  value: string;
  onChange: (value: string) => void;
}

/**
 * The optional reason of a delivery rejection: a labelled `<textarea>` of at most
 * `MAX_REJECTION_REASON_LENGTH` (1,000) characters, with a character count ("12 / 1,000", in
 * the locale's digits) that describes it and follows every keystroke.
 */
export function ReasonField({ value, onChange }: ReasonFieldProps) {
  const i18n = useI18n(actionMessages);
  const id = useId();
  const count = (n: number) => formatNumber(i18n.locale, n);
  return (
    <div className="kit-action__field">
      <label htmlFor={id}>{i18n.t('reject.reason')}</label>
      <textarea
        id={id}
        rows={3}
        maxLength={MAX_REJECTION_REASON_LENGTH}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={`${id}c`}
      />
      <small id={`${id}c`}>
        {i18n.t('reject.count', {
          count: count(value.length),
          max: count(MAX_REJECTION_REASON_LENGTH),
        })}
      </small>
    </div>
  );
}
