import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Grouping } from '../../../shared/enums';
import { getPlanSummary } from '../../api/endpoints';

/**
 * Every summary's query key starts with `['summary', planId]`, so a screen that changes measures can refresh
 * all of them with `queryClient.invalidateQueries({ queryKey: ['summary'] })` (or just one plan's).
 */
export function summaryKey(planId: string, year: number, by: Grouping, orgUnitId: string | undefined) {
  return ['summary', planId, year, by, orgUnitId ?? null] as const;
}

/** The planned summary of a plan, a year and a unit subtree, split by one grouping. */
export function usePlanSummary(planId: string, year: number, by: Grouping, orgUnitId: string | undefined) {
  return useQuery({
    queryKey: summaryKey(planId, year, by, orgUnitId),
    queryFn: () => getPlanSummary(planId, { year, by, orgUnitId }),
    // Keep showing the figures of the previous unit or year while the next ones load: no flicker.
    placeholderData: keepPreviousData,
  });
}
