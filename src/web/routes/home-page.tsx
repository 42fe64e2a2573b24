import { useTranslation } from 'react-i18next';
import { useAsOfInstant } from '../app/as-of';
import { Link, Navigate } from '../app/as-of-links';
import { usePlans } from '../app/plan-context';
import { usePageTitle } from '../components/page-title';
import { QueryState } from '../components/query-state';

/** The start page: straight to the overview of the newest plan, or to import when there is none. */
export function HomePage() {
  const { t } = useTranslation();
  const plans = usePlans();
  const { instant, when } = useAsOfInstant();
  usePageTitle(t('plans.title'));
  return (
    <QueryState query={plans}>
      {(list) => {
        const newest = [...list].sort((a, b) => b.lastYear - a.lastYear || a.name.localeCompare(b.name))[0];
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
