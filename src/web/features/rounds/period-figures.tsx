import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TPlan } from '../../../shared/schemas/plan';
import type { TRound } from '../../../shared/schemas/round';
import { useOrgUnits, usePlanLocation } from '../../app/plan-context';
import { IsoDateInput } from '../../components/iso-date-input';
import { QueryState } from '../../components/query-state';
import { FollowUpFigures } from './follow-up-figures';
import { lastDuePeriod, openingPeriod, reportingStatement } from './follow-up-period';
import { useFollowUpSummary, useForecastHistory } from './queries';
import { isMonth, periodYear, previousMonth } from './rounds';
import { StaleMeasures } from './stale-measures';

/**
 * The follow-up figures on Uppföljning (issue 11, item 9): the sidebar's year and unit, as of the asked period or
 * the latest period of the year with reports, and what may honestly be said about who reported.
 */
export function PeriodFigures({ plan, rounds }: { plan: TPlan; rounds: TRound[] }) {
  const { search, year: locationYear, orgUnitId } = usePlanLocation();
  const asked = search.get('period');
  // The sidebar's year; a link that names only a period (and no year) shows that period's year.
  const year =
    search.get('ar') === null && isMonth(asked) ? periodYear(asked) : (locationYear ?? plan.lastYear);
  const history = useForecastHistory(plan.id, year, orgUnitId);
  if (history.isPending) return <QueryState query={history}>{() => null}</QueryState>;
  const reportedPeriods = (history.data?.points ?? []).filter((p) => p.reported > 0).map((p) => p.period);
  const period = openingPeriod({
    asked,
    year,
    reportedPeriods,
    rounds,
    lastMonth: previousMonth(new Date()),
  });
  return (
    <FiguresAt
      key={`${year}|${period}|${orgUnitId ?? ''}`}
      plan={plan}
      rounds={rounds}
      year={year}
      period={period}
      orgUnitId={orgUnitId}
      reportedPeriods={reportedPeriods}
    />
  );
}

interface FiguresAtProps {
  plan: TPlan;
  rounds: TRound[];
  year: number;
  period: string;
  orgUnitId: string | undefined;
  reportedPeriods: readonly string[];
}

/** The figures of the year as of the period, for the chosen unit's subtree (the whole plan when none). */
function FiguresAt({ plan, rounds, year, period, orgUnitId, reportedPeriods }: FiguresAtProps) {
  const { t } = useTranslation('rounds');
  const { search, setSearch } = usePlanLocation();
  const units = useOrgUnits();
  const id = useId();
  const [draft, setDraft] = useState(period);
  const [invalid, setInvalid] = useState(false);
  const summary = useFollowUpSummary(plan.id, year, period, orgUnitId);
  const unitPath = orgUnitId ? units.data?.find((u) => u.id === orgUnitId)?.path : undefined;
  const due = lastDuePeriod({ period, orgUnitId, units: units.data ?? [], rounds, reportedPeriods });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!isMonth(draft)) {
      setInvalid(true);
      document.getElementById(`${id}-period`)?.focus();
      return;
    }
    setInvalid(false);
    const next = new URLSearchParams(search);
    next.set('period', draft);
    if (!next.has('ar')) next.set('ar', String(year));
    setSearch(next);
  };
  return (
    <section aria-labelledby={`${id}-heading`} className="rounds-section">
      <h2 id={`${id}-heading`} data-testid="followup-heading">
        {t('figures.heading', { year, period })}
      </h2>
      {unitPath ? (
        <p className="rounds-lead" data-testid="followup-unit">
          {unitPath}
        </p>
      ) : null}
      <form className="toolbar" onSubmit={submit}>
        <div className="field">
          <label htmlFor={`${id}-period`}>{t('figures.choosePeriod')}</label>
          <IsoDateInput
            id={`${id}-period`}
            kind="month"
            value={draft}
            aria-invalid={invalid || undefined}
            aria-describedby={invalid ? `${id}-period-help ${id}-period-error` : `${id}-period-help`}
            onChange={setDraft}
          />
          <p id={`${id}-period-help`} className="help">
            {t('figures.periodHelp')}
          </p>
          {invalid ? (
            <p id={`${id}-period-error`} className="field-error" role="alert">
              {t('figures.periodInvalid')}
            </p>
          ) : null}
        </div>
        <button type="submit" className="button">
          {t('figures.show')}
        </button>
      </form>
      <p className="help">{t('figures.lead')}</p>
      <QueryState query={summary}>
        {(data) => (
          <FollowUpFigures
            total={data.total}
            id="followup"
            statement={reportingStatement(data.total, year, due)}
          />
        )}
      </QueryState>
      <StaleMeasures planId={plan.id} year={year} period={period} orgUnitId={orgUnitId} />
    </section>
  );
}
