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
import { PendingCommitmentsCard, useMyOpenCommitments } from '../features/commitments/pending-card';
import { useOpenCommitments } from '../features/commitments/queries';
import { isReaderOnly, PublishedLanding } from '../features/home/published-landing';
import { deadlineText, isManagerOnly, reportsDue } from '../features/home/reports-due';
import { swedishToday } from '../features/report/report-form';

/**
 * The start page: a manager with reports due in the newest plan's open rounds sees that first (issue 11,
 * item 19), and a commitment of his or hers still to accept (issue 12); a reader the latest published board
 * report of his or her body; everyone else goes straight to the overview of the newest plan, or to import.
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
  const open = useOpenCommitments(plan.id);
  const mine = useMyOpenCommitments(open.data);
  const overview = `/planer/${plan.id}/oversikt`;
  // A failure here must not keep anyone from the overview (nor a failure of the commitments from it).
  if (rounds.isError || reports.some((r) => r.isError)) return <Navigate to={overview} replace />;
  if (!rounds.data || reports.some((r) => !r.data) || open.isPending) {
    return (
      <p className="loading" role="status">
        {t('loading')}
      </p>
    );
  }
  const due = reportsDue(reports.map((r) => r.data!));
  const card = <PendingCommitmentsCard planId={plan.id} commitments={mine} isAlone={!due} />;
  if (!due && mine.length === 0) return <Navigate to={overview} replace />;
  if (!due) {
    return (
      <>
        {card}
        <p>
          <Link to={overview}>{t('home.overview')}</Link>
        </p>
      </>
    );
  }
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
      {card}
    </section>
  );
}
