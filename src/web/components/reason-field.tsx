/**
 * The one field of a dialog that asks why (reopening a round, declining a commitment): a required text with
 * its error beside it, focused when the dialog opens; then the dialog's own error, if any.
 */
export function ReasonField({
  id,
  label,
  value,
  onChange,
  fieldError,
  error,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** The reason's own error (e.g. empty). */
  fieldError: string | undefined;
  /** What the server answered, when it refused. */
  error: string | undefined;
}) {
  return (
    <>
      <div className="field">
        <label htmlFor={`${id}-reason`}>{label}</label>
        <textarea
          id={`${id}-reason`}
          rows={3}
          value={value}
          required
          aria-invalid={fieldError ? true : undefined}
          aria-describedby={fieldError ? `${id}-reason-error` : undefined}
          onChange={(event) => onChange(event.target.value)}
          // biome-ignore lint/a11y/noAutofocus: the dialog's one field; React Aria would focus the dialog itself
          autoFocus
        />
        {fieldError ? (
          <p id={`${id}-reason-error`} className="field-error" role="alert">
            {fieldError}
          </p>
        ) : null}
      </div>
      {error ? (
        <p className="alert alert-error" role="alert">
          {error}
        </p>
      ) : null}
    </>
  );
}
