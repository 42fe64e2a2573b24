import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { IsoDateInput } from '../../components/iso-date-input';
import { errorDomId, fieldDomId } from './field-errors';

/**
 * Labelled inputs of the measure form (WCAG 1.3.1, 3.3.1, 3.3.2): the label names the input, help and error
 * texts are tied to it with aria-describedby, and an invalid input says so with aria-invalid.
 */

interface BaseProps {
  /** The form path; gives the input's id, which the error summary links to. */
  field: string;
  label: string;
  help?: string | undefined;
  error?: string | undefined;
  required?: boolean;
  wide?: boolean;
}

function describedBy(field: string, help: string | undefined, error: string | undefined): string | undefined {
  const ids = [help ? `${fieldDomId(field)}-help` : '', error ? errorDomId(field) : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

/** The error text of a field, with its id for aria-describedby; nothing when there is no error. */
export function FieldError({ field, error }: { field: string; error: string | undefined }) {
  const { t } = useTranslation('measure');
  if (!error) return null;
  return (
    <p id={errorDomId(field)} className="field-error">
      <span className="visually-hidden">{t('errors.prefix')} </span>
      {error}
    </p>
  );
}

function FieldFrame({
  field,
  label,
  help,
  error,
  required,
  wide,
  children,
}: BaseProps & { children: ReactNode }) {
  const { t } = useTranslation('measure');
  return (
    <div className={`field${wide ? ' field-wide' : ''}${error ? ' field-invalid' : ''}`}>
      <label htmlFor={fieldDomId(field)}>
        {label}
        {required ? <span className="required-mark"> ({t('required')})</span> : null}
      </label>
      {help ? (
        <p id={`${fieldDomId(field)}-help`} className="help">
          {help}
        </p>
      ) : null}
      <FieldError field={field} error={error} />
      {children}
    </div>
  );
}

export function TextField(
  props: BaseProps & {
    value: string;
    onChange: (value: string) => void;
    type?: 'text' | 'month' | 'date' | 'search';
    multiline?: boolean;
    inputMode?: 'decimal' | 'text';
    list?: string;
    maxLength?: number;
  },
) {
  const { field, help, error, required, value, onChange, multiline, type = 'text', inputMode, list } = props;
  const common = {
    id: fieldDomId(field),
    name: field,
    value,
    required,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy(field, help, error),
    maxLength: props.maxLength,
  };
  return (
    <FieldFrame {...props}>
      {multiline ? (
        <textarea {...common} rows={3} onChange={(e) => onChange(e.target.value)} />
      ) : type === 'date' || type === 'month' ? (
        <IsoDateInput {...common} kind={type === 'month' ? 'month' : 'day'} onChange={onChange} />
      ) : (
        <input
          {...common}
          type={type}
          inputMode={inputMode}
          list={list}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </FieldFrame>
  );
}

export interface Option {
  value: string;
  label: string;
}

export function SelectField(
  props: BaseProps & {
    value: string;
    onChange: (value: string) => void;
    options: readonly Option[];
    /** The label of the empty choice; none when a value is required. */
    empty?: string;
  },
) {
  const { field, help, error, required, value, onChange, options, empty } = props;
  return (
    <FieldFrame {...props}>
      <select
        id={fieldDomId(field)}
        name={field}
        value={value}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(field, help, error)}
        onChange={(e) => onChange(e.target.value)}
      >
        {empty !== undefined ? <option value="">{empty}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

export function CheckboxField({
  field,
  label,
  help,
  checked,
  onChange,
}: {
  field: string;
  label: string;
  help?: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  const id = fieldDomId(field);
  return (
    <div className="field field-checkbox">
      <input
        id={id}
        name={field}
        type="checkbox"
        checked={checked}
        aria-describedby={help ? `${id}-help` : undefined}
        onChange={(e) => onChange(e.target.checked)}
      />
      <label htmlFor={id}>{label}</label>
      {help ? (
        <p id={`${id}-help`} className="help">
          {help}
        </p>
      ) : null}
    </div>
  );
}

/** A bare input for a table cell: its label is given as aria-label, its error below it (a date: `ÅÅÅÅ-MM-DD`). */
export function CellInput({
  field,
  label,
  value,
  onChange,
  error,
  type = 'text',
  inputMode,
  className,
}: {
  field: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  type?: 'text' | 'date';
  inputMode?: 'decimal';
  className?: string;
}) {
  const common = {
    id: fieldDomId(field),
    name: field,
    className,
    'aria-label': label,
    value,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? errorDomId(field) : undefined,
  };
  return (
    <>
      {type === 'date' ? (
        <IsoDateInput {...common} onChange={onChange} />
      ) : (
        <input {...common} type={type} inputMode={inputMode} onChange={(e) => onChange(e.target.value)} />
      )}
      <FieldError field={field} error={error} />
    </>
  );
}

/** A select in a table cell, labelled by aria-label. */
export function CellSelect({
  field,
  label,
  value,
  onChange,
  options,
  empty,
  error,
}: {
  field: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: readonly Option[];
  empty?: string;
  error?: string | undefined;
}) {
  return (
    <>
      <select
        id={fieldDomId(field)}
        name={field}
        aria-label={label}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorDomId(field) : undefined}
        onChange={(e) => onChange(e.target.value)}
      >
        {empty !== undefined ? <option value="">{empty}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldError field={field} error={error} />
    </>
  );
}
