import type { InputHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'value' | 'onChange' | 'placeholder'> & {
  value: string;
  onChange: (value: string) => void;
};

/**
 * A date typed as `ÅÅÅÅ-MM-DD`, the one date format of every screen, in place of `<input type="date">`: the
 * browser's date picker shows its own locale's order (mm/dd/yyyy in an English Chromium), not the Swedish one.
 * The caller gives the label, help and error (the ids go on this input), and checks the text with
 * `isCalendarDay` (src/shared/instant.ts).
 */
export function IsoDateInput({ value, onChange, className, ...rest }: Props) {
  const { t } = useTranslation();
  return (
    <input
      {...rest}
      type="text"
      className={className ? `iso-date-input ${className}` : 'iso-date-input'}
      autoComplete="off"
      spellCheck={false}
      placeholder={t('date.placeholder')}
      value={value}
      onChange={(event) => onChange(event.target.value)}
    />
  );
}
