import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useOrgUnits, usePlanLocation } from '../app/plan-context';
import { MissingAsOf } from '../components/as-of';
import { usePageTitle } from '../components/page-title';
import { QueryState } from '../components/query-state';
import { type GridFilters, parseFilters, withFilters } from '../features/measures-grid/grid-filters';
import { usePlanMeasures } from '../features/measures-grid/grid-queries';
import { MeasuresView } from '../features/measures-grid/measures-view';

/**
 * Åtgärder: every measure of the plan in a spreadsheet-like grid. Year, unit and every filter are in the
 * address (`?ar=2024&enhet=…&status=…&sortera=…&gruppera=enhet&period=2024-08`), so a view can be shared;
 * `period` is the as-of month of the follow-up columns (default: the year's latest with reports).
 */
export function MeasuresPage() {
  const { t } = useTranslation('grid');
  usePageTitle(t('title'));
  const { planId, plan, plans, year, search, setSearch } = usePlanLocation();
  const units = useOrgUnits();
  const measures = usePlanMeasures(planId);
  const filters = useMemo(() => parseFilters(search), [search]);
  const askedPeriod = search.get('period') ?? undefined;
  const period = askedPeriod && /^\d{4}-(0[1-9]|1[0-2])$/.test(askedPeriod) ? askedPeriod : undefined;
  const onFilters = (changes: Partial<GridFilters>, options?: { replace?: boolean }) =>
    setSearch((current) => withFilters(current, changes), { replace: options?.replace ?? false });
  return (
    <QueryState query={plans}>
      {() =>
        plan && year !== undefined ? (
          <QueryState query={units}>
            {(unitList) => (
              <QueryState query={measures}>
                {(list) => (
                  <MeasuresView
                    plan={plan}
                    year={year}
                    units={unitList}
                    measures={list}
                    filters={filters}
                    period={period}
                    onFilters={onFilters}
                  />
                )}
              </QueryState>
            )}
          </QueryState>
        ) : (
          <>
            <h1>{t('title')}</h1>
            <MissingAsOf what="plan">
              <p className="alert alert-error" role="alert">
                {t('common:notFound.title')}
              </p>
            </MissingAsOf>
          </>
        )
      }
    </QueryState>
  );
}
