import '../features/overview/echarts-setup';
import { useTranslation } from 'react-i18next';
import type { TPlan } from '../../shared/schemas/plan';
import { planExportUrl } from '../api/endpoints';
import { useAsOf } from '../app/as-of';
import { useOrgUnits, usePlanLocation } from '../app/plan-context';
import { MissingAsOf } from '../components/as-of';
import { usePageTitle } from '../components/page-title';
import { QueryState } from '../components/query-state';
import { ForecastHistorySection } from '../features/forecast-history/forecast-history-section';
import { measuresHref } from '../features/overview/figures';
import { FollowUpHeadline } from '../features/overview/follow-up-headline';
import { FeasibilitySection, SavingsPyramidSection } from '../features/overview/group-sections';
import { chooseLead } from '../features/overview/headline';
import { KeyFigures } from '../features/overview/key-figures';
import { usePlanSummary } from '../features/overview/summary-query';
import { UnitSection } from '../features/overview/unit-section';
import { YearSection } from '../features/overview/year-section';
import { useFollowUpSummary } from '../features/rounds/queries';

/**
 * The plan overview (`/planer/:planId/oversikt?ar=&enhet=`): for a plan, a year and a unit subtree, the key
 * figures against the target and four charts — per administration, the savings-type pyramid, feasibility and
 * effect per year — each with its figures as a table, and every figure a link to the measures behind it.
 */
export function OverviewPage() {
  const { t } = useTranslation('overview');
  const { plan, plans, year, orgUnitId } = usePlanLocation();
  const units = useOrgUnits();
  const unit = orgUnitId ? units.data?.find((u) => u.id === orgUnitId) : undefined;
  const scope = orgUnitId ? (unit?.name ?? '') : t('wholeOrganisation');
  usePageTitle(year !== undefined && (!orgUnitId || unit) ? t('heading', { year, scope }) : t('title'));
  return (
    <QueryState query={plans}>
      {() =>
        plan && year !== undefined ? (
          <Overview plan={plan} year={year} orgUnitId={orgUnitId} scope={scope} />
        ) : (
          <>
            <h1>{t('title')}</h1>
            <MissingAsOf what="plan">
              <p className="alert alert-error" role="alert">
                {t('planNotFound')}
              </p>
            </MissingAsOf>
          </>
        )
      }
    </QueryState>
  );
}

interface OverviewProps {
  plan: TPlan;
  year: number;
  orgUnitId: string | undefined;
  scope: string;
}

function Overview({ plan, year, orgUnitId, scope }: OverviewProps) {
  const { t } = useTranslation('overview');
  const units = useOrgUnits();
  const byUnit = usePlanSummary(plan.id, year, 'unit', orgUnitId);
  const bySavingsType = usePlanSummary(plan.id, year, 'savingsType', orgUnitId);
  const byFeasibility = usePlanSummary(plan.id, year, 'feasibility', orgUnitId);
  const byYear = usePlanSummary(plan.id, year, 'year', orgUnitId);
  const section = { planId: plan.id, year, orgUnitId };
  // The export is the plan as it is now: not offered while the view shows the past.
  const asOf = useAsOf();
  // Once the year has reports, the follow-up leads and the plan follows (issue 11, item 7).
  const chosen = byUnit.data ? chooseLead(byUnit.data.latestReportedPeriod) : undefined;
  const leadPeriod = chosen?.kind === 'forecast' ? chosen.period : undefined;
  return (
    <div className="overview">
      <div className="overview-header">
        <div>
          <h1>{scope ? t('heading', { year, scope }) : t('title')}</h1>
          <p className="overview-lead">
            {leadPeriod
              ? t('leadFollowUp', { plan: plan.name, year, period: leadPeriod })
              : t('lead', { plan: plan.name, year })}
          </p>
        </div>
        {asOf ? null : (
          <a className="button" href={planExportUrl(plan.id)} download>
            {t('export')}
          </a>
        )}
      </div>
      <QueryState query={byUnit}>
        {(summary) => (
          <>
            {leadPeriod ? (
              <FollowUpLead planId={plan.id} year={year} period={leadPeriod} orgUnitId={orgUnitId} />
            ) : null}
            <KeyFigures
              total={summary.total}
              year={year}
              isUnit={orgUnitId !== undefined}
              measuresHref={measuresHref(plan.id, { year, unitId: orgUnitId })}
              heading={leadPeriod ? t('planHeading', { year }) : undefined}
            />
            {units.data ? (
              <UnitSection
                planId={plan.id}
                year={year}
                selectedId={orgUnitId}
                units={units.data}
                summary={summary}
              />
            ) : null}
          </>
        )}
      </QueryState>
      <div className="overview-pair">
        <QueryState query={bySavingsType}>
          {(summary) => <SavingsPyramidSection {...section} summary={summary} />}
        </QueryState>
        <QueryState query={byFeasibility}>
          {(summary) => <FeasibilitySection {...section} summary={summary} />}
        </QueryState>
      </div>
      <QueryState query={byYear}>{(summary) => <YearSection {...section} summary={summary} />}</QueryState>
      <ForecastHistorySection planId={plan.id} year={year} orgUnitId={orgUnitId} />
    </div>
  );
}

/** The follow-up as of the latest month with reports, fetched as Uppföljning fetches it. */
function FollowUpLead({
  planId,
  year,
  period,
  orgUnitId,
}: {
  planId: string;
  year: number;
  period: string;
  orgUnitId: string | undefined;
}) {
  const summary = useFollowUpSummary(planId, year, period, orgUnitId);
  const params = new URLSearchParams({ period, ar: String(year) });
  if (orgUnitId) params.set('enhet', orgUnitId);
  return (
    <QueryState query={summary}>
      {(data) => (
        <FollowUpHeadline
          total={data.total}
          year={year}
          period={period}
          isUnit={orgUnitId !== undefined}
          followUpHref={`/planer/${planId}/uppfoljning?${params.toString()}`}
        />
      )}
    </QueryState>
  );
}
