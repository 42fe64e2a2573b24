import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldLabel, focusField } from './display';
import { type FieldError, fieldDomId } from './field-errors';

/**
 * The GOV.UK error summary: above the form, focused after a failed save, one link per problem that moves
 * focus to the field.
 */
export function ErrorSummary({ errors, ref }: { errors: readonly FieldError[]; ref?: Ref<HTMLDivElement> }) {
  const { t } = useTranslation('measure');
  if (errors.length === 0) return null;
  return (
    <div className="error-summary" ref={ref} tabIndex={-1} aria-labelledby="error-summary-title" role="alert">
      <h2 id="error-summary-title">{t('errors.summaryTitle')}</h2>
      <ul>
        {errors.map((error) => (
          <li key={`${error.field}|${error.message}`}>
            {error.field ? (
              <a
                href={`#${fieldDomId(error.field)}`}
                onClick={(event) => {
                  event.preventDefault();
                  focusField(error.field);
                }}
              >
                {fieldLabel(error.field, t)}: {error.message}
              </a>
            ) : (
              error.message
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
