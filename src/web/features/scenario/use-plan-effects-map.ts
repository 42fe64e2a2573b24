import { useMemo, useRef } from 'react';
import type { PlanEffects } from '../../../domain/scenario/plan-level';
import type { TScenarioResult } from '../../../shared/schemas/scenario';
import { useAsOf } from '../../app/as-of';
import { usePlans } from '../../app/queries';
import { planEffectsByYear } from './compute-draft';
import { usePlanEffects } from './queries';
import { draftBaseYear, type ScenarioDraft } from './scenario-draft';
import { useDebouncedValue } from './use-debounced-value';

export interface PlanEffectsState {
  /** The linked plan's figures per year inside the plan; null without a linked plan (or its figures). */
  map: ReadonlyMap<number, PlanEffects> | null;
  /** The figures for the plan and years in the table are still on their way. */
  isLoading: boolean;
  error: unknown;
}

/**
 * The linked plan's figures for the years of the table: from the saved result while the plan, base year and
 * number of years are the saved ones, else asked for (debounced) when the user changes one of them.
 */
export function usePlanEffectsMap(
  draft: ScenarioDraft,
  fallbackBaseYear: number,
  savedResult: TScenarioResult | undefined,
): PlanEffectsState {
  const asOf = useAsOf();
  const plans = usePlans();
  const baseYear = draftBaseYear(draft, fallbackBaseYear);
  const count = draft.columns.length;
  const matchesSaved =
    savedResult !== undefined &&
    savedResult.plan?.id === draft.planId &&
    savedResult.base.year === baseYear &&
    savedResult.years.length === count;
  const wanted = draft.planId && !matchesSaved && !asOf ? `${draft.planId}|${baseYear}|${count}` : '';
  const settled = useDebouncedValue(wanted, 400);
  const [planId = '', settledYear = '0', settledCount = '0'] = settled.split('|');
  const probe = usePlanEffects(
    settled ? { planId, baseYear: Number(settledYear), yearCount: Number(settledCount) } : null,
  );
  const years = matchesSaved ? savedResult.years : probe.data;
  const plan = plans.data?.find((p) => p.id === draft.planId);
  const map = useMemo(
    () => (draft.planId && years ? planEffectsByYear(years, plan) : null),
    [draft.planId, years, plan],
  );
  const isLoading = wanted !== '' && (settled !== wanted || probe.isFetching || probe.isPlaceholderData);
  // While the new figures are on their way the last ones stay, so the results do not jump to 0 and back.
  const last = useRef(map);
  if (!isLoading) last.current = map;
  return { map: isLoading ? last.current : map, isLoading, error: wanted !== '' ? probe.error : null };
}
