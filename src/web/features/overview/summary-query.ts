import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Grouping } from '../../../shared/enums';
import { getPlanSummary } from '../../api/endpoints';
import { useAsOf } from '../../app/as-of';

/**
 * Every summary's query key starts with `['summary', planId]`, so a screen that changes measures can refresh
 * all of them with `queryClient.invalidateQueries({ queryKey: ['summary'] })` (or just one plan's). The last
 * element is the "Visa per" instant (`per`), null for now.
 */
export function summaryKey(
  planId: string,
  year: number,
  by: Grouping,
  orgUnitId: string | undefined,
  asOf: string | undefined,
) {
  return ['summary', planId, year, by, orgUnitId ?? null, asOf ?? null] as const;
}

/** The planned summary of a plan, a year and a unit subtree, split by one grouping (as of `per` if set). */
export function usePlanSummary(planId: string, year: number, by: Grouping, orgUnitId: string | undefined) {
  const asOf = useAsOf();
  return useQuery({
    queryKey: summaryKey(planId, year, by, orgUnitId, asOf),
    queryFn: () => getPlanSummary(planId, { year, by, orgUnitId, asOf }),
    // Keep showing the figures of the previous unit or year while the next ones load: no flicker. Never those
    // of another instant: figures of now must not show as figures of the past, nor the other way round.
    placeholderData: (previous, previousQuery) =>
      previousQuery?.queryKey.at(-1) === (asOf ?? null) ? keepPreviousData(previous) : undefined,
  });
}
