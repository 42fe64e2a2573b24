import type { InputHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'value' | 'onChange' | 'placeholder'> & {
  value: string;
  onChange: (value: string) => void;
  /** A day (`ÅÅÅÅ-MM-DD`, the default) or a month (`ÅÅÅÅ-MM`, in place of `<input type="month">`). */
  kind?: 'day' | 'month';
};

/**
 * A date typed as `ÅÅÅÅ-MM-DD`, the one date format of every screen, in place of `<input type="date">`: the
 * browser's date picker shows its own locale's order (mm/dd/yyyy in an English Chromium), not the Swedish one.
 * The caller gives the label, help and error (the ids go on this input), and checks the text with
 * `isCalendarDay` (src/shared/instant.ts).
 */
export function IsoDateInput({ value, onChange, className, kind = 'day', ...rest }: Props) {
  const { t } = useTranslation();
  return (
    <input
      {...rest}
      type="text"
      className={`iso-date-input${kind === 'month' ? ' iso-month-input' : ''}${className ? ` ${className}` : ''}`}
      autoComplete="off"
      spellCheck={false}
      placeholder={t(kind === 'month' ? 'date.monthPlaceholder' : 'date.placeholder')}
      value={value}
      onChange={(event) => onChange(event.target.value)}
    />
  );
}
