import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useAccess } from '../app/access';
import { Link } from '../app/as-of-links';
import { usePlanLocation } from '../app/plan-context';
import { usePageTitle } from '../components/page-title';
import { QueryState } from '../components/query-state';
import { DecisionForm } from '../features/decisions/decision-form';

/** Registrera beslut (`/planer/:planId/beslut/nytt?atgard=KOD`): from the register or from a measure's page. */
export function NewDecisionPage() {
  const { t } = useTranslation('decisions');
  const { plan, plans } = usePlanLocation();
  const [search] = useSearchParams();
  const access = useAccess();
  usePageTitle(t('register'));
  return (
    <div className="decisions-page">
      <nav aria-label={t('measure:breadcrumbs')} className="breadcrumbs">
        <ol>
          <li>
            <Link to={`/planer/${plan?.id ?? ''}/beslut`}>{t('title')}</Link>
          </li>
          <li aria-current="page">{t('register')}</li>
        </ol>
      </nav>
      <h1>{t('register')}</h1>
      <QueryState query={plans}>
        {() =>
          !plan ? (
            <p className="alert alert-error" role="alert">
              {t('planNotFound')}
            </p>
          ) : access.canRecordDecisions ? (
            <DecisionForm planId={plan.id} codes={search.get('atgard') ?? ''} />
          ) : (
            <p className="alert alert-error" role="alert">
              {t('common:forbidden')}
            </p>
          )
        }
      </QueryState>
    </div>
  );
}
