import { useQuery } from '@tanstack/react-query';
import { getForecastHistory } from '../../api/follow-up';
import { getFollowUpSummary, getRoundView, listRounds } from '../../api/rounds';
import { useAsOf } from '../../app/as-of';

/** Query keys: writes invalidate `['rounds']`, `['round', id]` and `['summary']`. */
export const roundsKey = (planId: string) => ['rounds', planId] as const;
export const roundKey = (id: string) => ['round', id] as const;

export function useRounds(planId: string) {
  return useQuery({ queryKey: roundsKey(planId), queryFn: () => listRounds(planId) });
}

export function useRoundView(id: string) {
  return useQuery({ queryKey: roundKey(id), queryFn: () => getRoundView(id) });
}

/** The follow-up figures as of a period (under `['summary', …]`, so any write that changes figures refreshes them). */
export function useFollowUpSummary(
  planId: string,
  year: number,
  period: string,
  orgUnitId: string | undefined,
) {
  const asOf = useAsOf();
  return useQuery({
    queryKey: ['summary', planId, year, 'unit', orgUnitId ?? null, 'period', period, asOf ?? null] as const,
    queryFn: () => getFollowUpSummary(planId, { year, period, orgUnitId, asOf }),
  });
}

/** The plan's (or a unit subtree's) forecast period by period; the same cache entry as the history chart. */
export function useForecastHistory(planId: string, year: number, orgUnitId: string | undefined) {
  const asOf = useAsOf();
  return useQuery({
    queryKey: ['summary', planId, 'forecast-history', year, orgUnitId ?? null, null, asOf ?? null],
    queryFn: () => getForecastHistory(planId, { year, orgUnitId, asOf }),
  });
}
