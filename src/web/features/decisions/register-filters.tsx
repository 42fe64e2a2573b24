import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { DECISION_KINDS } from '../../../shared/enums';
import type { TDecisionBody } from '../../../shared/schemas/decision-body';
import type { DecisionFilters } from './decision-filters';

/** The register's filters: each change goes into the address at once (no submit button to find). */
export function RegisterFilters({
  bodies,
  filters,
  onChange,
}: {
  bodies: readonly TDecisionBody[];
  filters: DecisionFilters;
  onChange: (filters: DecisionFilters) => void;
}) {
  const { t } = useTranslation('decisions');
  const id = useId();
  const set = (change: Partial<DecisionFilters>) => onChange({ ...filters, ...change });
  return (
    <fieldset className="decision-filters">
      <legend>{t('filters.heading')}</legend>
      <div className="form-grid">
        <div className="field">
          <label htmlFor={`${id}-body`}>{t('filters.body')}</label>
          <select id={`${id}-body`} value={filters.bodyId} onChange={(e) => set({ bodyId: e.target.value })}>
            <option value="">{t('filters.anyBody')}</option>
            {bodies.map((body) => (
              <option key={body.id} value={body.id}>
                {body.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-kind`}>{t('filters.kind')}</label>
          <select
            id={`${id}-kind`}
            value={filters.onlyNoted ? 'noted' : filters.kind}
            disabled={filters.onlyNoted}
            onChange={(e) => set({ kind: e.target.value })}
          >
            <option value="">{t('filters.anyKind')}</option>
            {DECISION_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`enums:decisionKind.${kind}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-from`}>{t('filters.from')}</label>
          <input
            id={`${id}-from`}
            type="date"
            value={filters.from}
            onChange={(e) => set({ from: e.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-to`}>{t('filters.to')}</label>
          <input
            id={`${id}-to`}
            type="date"
            value={filters.to}
            onChange={(e) => set({ to: e.target.value })}
          />
        </div>
      </div>
      <div className="field field-checkbox">
        <input
          id={`${id}-noted`}
          type="checkbox"
          checked={filters.onlyNoted}
          onChange={(e) => set({ onlyNoted: e.target.checked })}
        />
        <label htmlFor={`${id}-noted`}>{t('filters.onlyNoted')}</label>
      </div>
      <button
        type="button"
        className="button button-secondary"
        onClick={() => onChange({ bodyId: '', kind: '', from: '', to: '', onlyNoted: false })}
      >
        {t('filters.clear')}
      </button>
    </fieldset>
  );
}
