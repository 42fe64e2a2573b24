import { useQueries, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { TPlan } from '../../shared/schemas/plan';
import { getMyReports, listOpenRounds } from '../api/reports';
import { useAsOfInstant } from '../app/as-of';
import { Link, Navigate } from '../app/as-of-links';
import { usePlans } from '../app/plan-context';
import { useSession } from '../app/session';
import { usePageTitle } from '../components/page-title';
import { QueryState } from '../components/query-state';
import { isReaderOnly, PublishedLanding } from '../features/home/published-landing';
import { deadlineText, isManagerOnly, reportsDue } from '../features/home/reports-due';
import { swedishToday } from '../features/report/report-form';

/**
 * The start page: a manager with reports due in the newest plan's open rounds sees that first (issue 11,
 * item 19); everyone else goes straight to the overview of the newest plan, or to import when there is none.
 */
export function HomePage() {
  const { t } = useTranslation();
  const plans = usePlans();
  const { instant, when } = useAsOfInstant();
  const session = useSession();
  usePageTitle(t('plans.title'));
  return (
    <QueryState query={plans}>
      {(list) => {
        const newest = [...list].sort((a, b) => b.lastYear - a.lastYear || a.name.localeCompare(b.name))[0];
        // Reporting is now, never as of the past ("Visa per").
        if (newest && isManagerOnly(session.grants) && !instant) return <ReportsDueLanding plan={newest} />;
        if (newest && isReaderOnly(session.grants) && !instant) {
          return (
            <PublishedLanding
              overview={`/planer/${newest.id}/oversikt`}
              grantUnitIds={session.grants.map((g) => g.orgUnitId)}
            />
          );
        }
        if (newest) return <Navigate to={`/planer/${newest.id}/oversikt`} replace />;
        return (
          <>
            <h1>{t('plans.title')}</h1>
            {instant ? <p>{t('asOf.noPlans', { when })}</p> : <p>{t('plans.none')}</p>}
            <p>
              <Link to="/import">{t('nav.importExport')}</Link>
            </p>
          </>
        );
      }}
    </QueryState>
  );
}

/** "3 åtgärder att rapportera senast 17 december", linking to Att rapportera; the overview when nothing is due. */
function ReportsDueLanding({ plan }: { plan: TPlan }) {
  const { t, i18n } = useTranslation();
  // The same queries as Att rapportera, so the page opens at once from the cache.
  const rounds = useQuery({ queryKey: ['rounds', plan.id, 'open'], queryFn: () => listOpenRounds(plan.id) });
  const reports = useQueries({
    queries: (rounds.data ?? []).map((round) => ({
      queryKey: ['my-reports', round.id] as const,
      queryFn: () => getMyReports(round.id),
    })),
  });
  const overview = `/planer/${plan.id}/oversikt`;
  // A failure here must not keep anyone from the overview.
  if (rounds.isError || reports.some((r) => r.isError)) return <Navigate to={overview} replace />;
  if (!rounds.data || reports.some((r) => !r.data)) {
    return (
      <p className="loading" role="status">
        {t('loading')}
      </p>
    );
  }
  const due = reportsDue(reports.map((r) => r.data!));
  if (!due) return <Navigate to={overview} replace />;
  const deadline = deadlineText(due.deadline, i18n.language, swedishToday());
  return (
    <section className="home-due">
      <h1>{t('home.due', { count: due.count, deadline })}</h1>
      <p>
        {t('home.dueLead', { period: due.period })} {plan.name}.
      </p>
      <p className="home-due-actions">
        <Link className="button button-primary" to={`/planer/${plan.id}/rapportera?omgang=${due.roundId}`}>
          {t('home.report')}
        </Link>{' '}
        <Link to={overview}>{t('home.overview')}</Link>
      </p>
    </section>
  );
}
