import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanEffects } from '../../../domain/scenario/plan-level';
import type { DraftComputation } from './compute-draft';
import { LedgerSection } from './ledger-section';
import { RequiredPlanSection, ResultGoalSection } from './result-charts';
import { ResultsTable } from './results-table';
import type { RequiredPlanYear } from './scenario-chart-options';

interface Props {
  /** The computation to show: the current one, or the last that could be made while the table has errors. */
  shown: Extract<DraftComputation, { ok: true }> | undefined;
  isStale: boolean;
  isLoadingPlan: boolean;
  planError: string | undefined;
  /** A plan is linked and its figures are known: the plan chart draws its levels. */
  planLinked: boolean;
  effects: ReadonlyMap<number, PlanEffects> | null;
  base: { year: number; revenue: number; netCost: number } | null;
}

const OUTSIDE_PLAN = { full: 0, riskWeighted: 0, forecast: null };

/** The results per year and the three charts, each with its figures as a table. */
export function ResultsSection({
  shown,
  isStale,
  isLoadingPlan,
  planError,
  planLinked,
  effects,
  base,
}: Props) {
  const { t } = useTranslation('scenario');
  const planYears = useMemo(
    (): RequiredPlanYear[] =>
      (shown?.result.years ?? []).map((year) => ({
        year: year.year,
        requiredPlan: year.requiredPlan,
        planLevel: year.planLevel,
        effects: planLinked ? (effects?.get(year.year) ?? OUTSIDE_PLAN) : null,
      })),
    [shown, planLinked, effects],
  );
  return (
    <>
      <section
        aria-labelledby="scenario-results"
        className="scenario-section"
        data-stale={isStale || undefined}
      >
        <h2 id="scenario-results">{t('results.heading')}</h2>
        <div role="status" className="results-status">
          {isLoadingPlan ? <p className="help">{t('results.loadingPlan')}</p> : null}
          {isStale && shown ? <p className="alert alert-warning">{t('results.stale')}</p> : null}
        </div>
        {planError ? (
          <p className="alert alert-error" role="alert">
            {planError}
          </p>
        ) : null}
        {shown ? (
          <ResultsTable result={shown.result} chosen={shown.chosen} base={base} />
        ) : (
          <p className="help">{t('results.incomplete')}</p>
        )}
      </section>
      {shown ? (
        <div className={`scenario-charts${isStale ? ' is-stale' : ''}`}>
          <ResultGoalSection years={shown.result.years} />
          <RequiredPlanSection years={planYears} />
          <LedgerSection years={shown.result.years} ledger={shown.result.ledger} />
        </div>
      ) : null}
    </>
  );
}
