import { keepPreviousData, type QueryClient, useQuery } from '@tanstack/react-query';
import {
  compareScenarios,
  computeScenario,
  getScenario,
  getScenarioResult,
  listScenarios,
} from '../../api/scenarios';
import { useAsOf } from '../../app/as-of';
import { planEffectsProbe } from './compute-draft';

/** Every key starts with `scenarios`, so one invalidation after a change refetches every view of them. */
export const scenarioKeys = {
  list: (asOf: string | undefined) => ['scenarios', 'list', asOf ?? null] as const,
  one: (id: string, asOf: string | undefined) => ['scenarios', 'one', id, asOf ?? null] as const,
  result: (id: string, asOf: string | undefined) => ['scenarios', 'result', id, asOf ?? null] as const,
  compare: (ids: readonly string[], asOf: string | undefined) =>
    ['scenarios', 'compare', ids.join(','), asOf ?? null] as const,
  planEffects: (planId: string, baseYear: number, yearCount: number) =>
    ['scenarios', 'plan-effects', planId, baseYear, yearCount] as const,
};

export const invalidateScenarios = (client: QueryClient) =>
  client.invalidateQueries({ queryKey: ['scenarios'] });

export function useScenarios() {
  const asOf = useAsOf();
  return useQuery({ queryKey: scenarioKeys.list(asOf), queryFn: () => listScenarios(asOf) });
}

export function useScenario(id: string) {
  const asOf = useAsOf();
  // The editor keeps what the user types; a refetch on focus must not look like someone else's change.
  return useQuery({
    queryKey: scenarioKeys.one(id, asOf),
    queryFn: () => getScenario(id, asOf),
    refetchOnWindowFocus: false,
  });
}

export function useScenarioResult(id: string) {
  const asOf = useAsOf();
  return useQuery({
    queryKey: scenarioKeys.result(id, asOf),
    queryFn: () => getScenarioResult(id, asOf),
    refetchOnWindowFocus: false,
  });
}

export function useComparison(ids: readonly string[]) {
  const asOf = useAsOf();
  return useQuery({
    queryKey: scenarioKeys.compare(ids, asOf),
    queryFn: () => compareScenarios(ids, asOf),
    enabled: ids.length >= 2,
  });
}

/**
 * The linked plan's figures for the table's years, while the user changes the plan, the base year or the
 * number of years (the saved result has them for the saved ones). Not as of the past: nothing changes then.
 */
export function usePlanEffects(request: { planId: string; baseYear: number; yearCount: number } | null) {
  return useQuery({
    queryKey: request
      ? scenarioKeys.planEffects(request.planId, request.baseYear, request.yearCount)
      : ['scenarios', 'plan-effects', null],
    queryFn: async () => {
      if (!request) return null;
      const result = await computeScenario({
        planId: request.planId,
        planSource: 'given',
        input: planEffectsProbe(request.baseYear, request.yearCount),
      });
      return result.years;
    },
    enabled: request !== null,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}
