import '../features/overview/echarts-setup';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { boardReportFileUrl, getBoardReport } from '../api/board-report';
import { useAccess } from '../app/access';
import { useAsOf } from '../app/as-of';
import { useNavigate } from '../app/as-of-links';
import { useOrgUnits, usePlanLocation } from '../app/plan-context';
import { usePageTitle } from '../components/page-title';
import { QueryState } from '../components/query-state';
import { BoardReportView } from '../features/board-report/board-report-view';
import { PublishDialog } from '../features/board-report/publish-dialog';
import { PublishedList } from '../features/board-report/published-list';
import { reportPeriods } from '../features/board-report/report-periods';
import { usePlanSummary } from '../features/overview/summary-query';

/**
 * The board report (`/planer/:planId/namndrapport?ar=&enhet=&period=`): the sidebar's plan, year and unit,
 * the period chosen here (default: the latest month with reports); "Visa per" shows it as of an instant.
 */
export function BoardReportPage() {
  const { t } = useTranslation('boardReport');
  const { plan, plans, year, orgUnitId, search, setSearch } = usePlanLocation();
  const units = useOrgUnits();
  const asOf = useAsOf();
  const access = useAccess();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const periodId = useId();
  const topId = units.data?.find((u) => u.parentId === null)?.id;
  const unitId = orgUnitId ?? topId;
  const summary = usePlanSummary(plan?.id ?? '', year ?? 0, 'unit', orgUnitId);
  const periods = year === undefined ? [] : reportPeriods(year);
  const asked = search.get('period');
  const period =
    asked && periods.includes(asked) ? asked : (summary.data?.latestReportedPeriod ?? periods.at(-1) ?? '');
  const query = { unitId, period, asOf };
  const report = useQuery({
    queryKey: ['board-report', plan?.id, unitId ?? null, period, asOf ?? null],
    queryFn: () => getBoardReport(plan!.id, query),
    enabled: plan !== undefined && period !== '' && unitId !== undefined,
  });
  const unitName = report.data?.unit.name ?? '';
  usePageTitle(report.data ? t('heading', { period, unit: unitName }) : t('title'));
  return (
    <QueryState query={plans}>
      {() =>
        !plan || year === undefined ? (
          <p className="alert alert-error" role="alert">
            {t('planNotFound')}
          </p>
        ) : (
          <>
            <h1>{report.data ? t('heading', { period, unit: unitName }) : t('title')}</h1>
            <p className="overview-lead">{t('lead', { plan: plan.name, year, period })}</p>
            <div className="toolbar board-report-toolbar">
              <div className="field">
                <label htmlFor={periodId}>{t('period')}</label>
                <select
                  id={periodId}
                  value={period}
                  onChange={(event) =>
                    setSearch((current) => {
                      const next = new URLSearchParams(current);
                      next.set('period', event.target.value);
                      return next;
                    })
                  }
                >
                  {periods.map((p) => (
                    <option key={p} value={p}>
                      {p}
                    </option>
                  ))}
                </select>
              </div>
              <div className="board-report-downloads">
                <a
                  className="button button-secondary"
                  href={boardReportFileUrl(plan.id, 'pdf', query)}
                  download
                >
                  {t('pdf')}
                </a>
                <a
                  className="button button-secondary"
                  href={boardReportFileUrl(plan.id, 'xlsx', query)}
                  download
                >
                  {t('xlsx')}
                </a>
              </div>
              {unitId && access.canWriteReportFor(unitId) ? (
                <PublishDialog
                  planId={plan.id}
                  unitId={unitId}
                  period={period}
                  asOf={asOf}
                  onPublished={(id) => navigate(`/namndrapporter/${id}`)}
                />
              ) : null}
            </div>
            <QueryState query={report}>
              {(data) => (
                <BoardReportView
                  report={data}
                  planId={plan.id}
                  canWriteAnalysis={unitId !== undefined && access.canWriteReportFor(unitId)}
                  onAnalysisSaved={() => void queryClient.invalidateQueries({ queryKey: ['board-report'] })}
                />
              )}
            </QueryState>
            <PublishedList unitId={unitId} />
          </>
        )
      }
    </QueryState>
  );
}
