import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TPlan } from '../../shared/schemas/plan';
import { useAccess } from '../app/access';
import { Link } from '../app/as-of-links';
import { usePlanLocation } from '../app/plan-context';
import { usePageTitle } from '../components/page-title';
import { QueryState } from '../components/query-state';
import { filtersFromSearch, queryOfFilters, searchWithFilters } from '../features/decisions/decision-filters';
import { DecisionTable } from '../features/decisions/decision-table';
import { useDecisionBodies, useDecisionList } from '../features/decisions/queries';
import { RegisterFilters } from '../features/decisions/register-filters';
import { RegisterLists } from '../features/decisions/register-lists';
import { usePlanMeasures } from '../features/measures-grid/grid-queries';

/**
 * Beslut (`/planer/:planId/beslut?organ=&typ=&fran=&till=&antecknade=ja`): the decisions register with its
 * filters in the address, "Registrera beslut" for those who record decisions, and the lists to follow up.
 */
export function DecisionsPage() {
  const { t } = useTranslation('decisions');
  const { plan, plans } = usePlanLocation();
  usePageTitle(t('title'));
  return (
    <QueryState query={plans}>
      {() =>
        plan ? (
          <Register plan={plan} />
        ) : (
          <>
            <h1>{t('title')}</h1>
            <p className="alert alert-error" role="alert">
              {t('planNotFound')}
            </p>
          </>
        )
      }
    </QueryState>
  );
}

function Register({ plan }: { plan: TPlan }) {
  const { t } = useTranslation('decisions');
  const access = useAccess();
  const { search, setSearch } = usePlanLocation();
  const filters = filtersFromSearch(search);
  const bodies = useDecisionBodies();
  const decisions = useDecisionList(queryOfFilters(plan.id, filters));
  const measures = usePlanMeasures(plan.id);
  const codeOf = useMemo(() => {
    const codes = new Map((measures.data ?? []).map((m) => [m.id, m.code]));
    return (id: string) => codes.get(id);
  }, [measures.data]);
  return (
    <div className="decisions-page">
      <h1>{t('title')}</h1>
      <p className="rounds-lead">
        {plan.name}. {t('lead')}
      </p>
      {access.canRecordDecisions ? (
        <p>
          <Link className="button button-primary" to={`/planer/${plan.id}/beslut/nytt`}>
            {t('register')}
          </Link>
        </p>
      ) : null}
      <RegisterFilters
        bodies={bodies.data ?? []}
        filters={filters}
        onChange={(next) => setSearch((current) => searchWithFilters(current, next), { replace: true })}
      />
      <QueryState query={decisions}>
        {(list) => <DecisionTable planId={plan.id} decisions={list} codeOf={codeOf} />}
      </QueryState>
      <RegisterLists planId={plan.id} />
    </div>
  );
}
