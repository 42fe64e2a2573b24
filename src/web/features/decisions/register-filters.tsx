import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DECISION_KINDS } from '../../../shared/enums';
import { isCalendarDay } from '../../../shared/instant';
import type { TDecisionBody } from '../../../shared/schemas/decision-body';
import { IsoDateInput } from '../../components/iso-date-input';
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
  // The address changes in a transition; the controls show the choice at once meanwhile.
  const [shown, setShown] = useState(filters);
  const fromAddress = JSON.stringify(filters);
  useEffect(() => setShown(JSON.parse(fromAddress) as DecisionFilters), [fromAddress]);
  const set = (change: Partial<DecisionFilters>) => {
    const next = { ...shown, ...change };
    setShown(next);
    // A date goes into the address once it is a whole day (or emptied), not while it is being typed.
    if ([next.from, next.to].every((day) => day === '' || isCalendarDay(day))) onChange(next);
  };
  return (
    <fieldset className="decision-filters">
      <legend>{t('filters.heading')}</legend>
      <div className="form-grid">
        <div className="field">
          <label htmlFor={`${id}-body`}>{t('filters.body')}</label>
          <select id={`${id}-body`} value={shown.bodyId} onChange={(e) => set({ bodyId: e.target.value })}>
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
            value={shown.onlyNoted ? 'noted' : shown.kind}
            disabled={shown.onlyNoted}
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
          <IsoDateInput id={`${id}-from`} value={shown.from} onChange={(from) => set({ from })} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-to`}>{t('filters.to')}</label>
          <IsoDateInput id={`${id}-to`} value={shown.to} onChange={(to) => set({ to })} />
        </div>
      </div>
      <div className="field field-checkbox">
        <input
          id={`${id}-noted`}
          type="checkbox"
          checked={shown.onlyNoted}
          onChange={(e) => set({ onlyNoted: e.target.checked })}
        />
        <label htmlFor={`${id}-noted`}>{t('filters.onlyNoted')}</label>
      </div>
      <button
        type="button"
        className="button button-secondary"
        onClick={() => set({ bodyId: '', kind: '', from: '', to: '', onlyNoted: false })}
      >
        {t('filters.clear')}
      </button>
    </fieldset>
  );
}
