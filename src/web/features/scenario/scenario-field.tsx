import type { ReactNode } from 'react';

/** The DOM id of a header field or table place (`deficit.0.year` → `scenario-deficit-0-year`). */
export const placeDomId = (place: string) => `scenario-${place.replaceAll('.', '-')}`;

interface Props {
  place: string;
  label: string;
  help?: string | undefined;
  error?: string | undefined;
  wide?: boolean;
  /** The control, given the ids it must carry (WCAG 1.3.1, 3.3.1: label, help and error tied to it). */
  children: (control: { id: string; 'aria-invalid'?: true; 'aria-describedby'?: string }) => ReactNode;
}

/** A labelled field of the scenario's header: label, help, the control, and its error below. */
export function ScenarioField({ place, label, help, error, wide, children }: Props) {
  const id = placeDomId(place);
  const describedBy = [help ? `${id}-help` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className={`field${wide ? ' field-wide' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children({
        id,
        ...(error ? { 'aria-invalid': true as const } : {}),
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
      })}
      {help ? (
        <p id={`${id}-help`} className="help">
          {help}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
