/**
 * The plan level a saved scenario counts on (issue 5: "plan level from a linked plan as full planned level,
 * risk-weighted, or latest forecast (a choice per scenario), or given per year"). The figures of the plan are
 * read by the server; the rules of which figure a year takes, and of risk-weighting the planned level, are here.
 */
import type { EffectConvention } from '../../shared/enums';
import { type FeasibilityWeights, riskWeighted } from '../follow-up/risk-weight';
import { type PlannedMeasure, plannedLevel } from '../planned-effect';
import type { ScenarioInput } from './scenario-input';

/** Where a scenario takes the plan level of its years from. */
export const PLAN_SOURCES = ['full', 'riskWeighted', 'forecast', 'given'] as const;
export type PlanSource = (typeof PLAN_SOURCES)[number];

/**
 * Where one year's plan level came from: a plan source, or `outsidePlan` for a year outside the linked plan's
 * years (level 0). A `forecast` year without any report falls back to the planned level and says `full`.
 */
export const PLAN_LEVEL_SOURCES = [...PLAN_SOURCES, 'outsidePlan'] as const;
export type PlanLevelSource = (typeof PLAN_LEVEL_SOURCES)[number];

/** The linked plan's figures for one year, all levels (SPEC §3), whole kronor. */
export interface PlanEffects {
  /** The planned level of the whole plan. */
  full: number;
  /**
   * The risk-weighted forecast (SPEC §4: forecast × feasibility weights, per measure), the same figure as the
   * follow-up's `riskWeighted`; in a year nobody reported in, each forecast is the planned level, so it is
   * `riskWeightedPlanLevel`.
   */
  riskWeighted: number;
  /** The follow-up forecast as of the latest month anyone reported in during the year; null without reports. */
  forecast: number | null;
  /** That month (`YYYY-MM`), or null. */
  forecastPeriod: string | null;
}

export interface ChosenPlanLevel {
  year: number;
  planLevel: number;
  source: PlanLevelSource;
  forecastPeriod: string | null;
}

/**
 * The plan's planned level in `year` weighted by feasibility with the tenant's weights: each measure's level is
 * weighted and rounded on its own, then the results are added — the rule of the risk-weighted forecast
 * (SPEC §4, `riskWeighted`), so every total is an exact sum of integers.
 */
export function riskWeightedPlanLevel(
  measures: readonly PlannedMeasure[],
  convention: EffectConvention,
  year: number,
  weights: FeasibilityWeights,
): number {
  let total = 0;
  for (const measure of measures) {
    total += riskWeighted(plannedLevel(measure, convention, year), measure.feasibility, weights);
  }
  return total;
}

/**
 * Each year's plan level: the given `planLevel` of the input with source `given`, or when a plan is linked
 * (`effectsByYear` not null) and the source is another, that figure of the plan. Years the map lacks lie
 * outside the plan's years and count 0. Returns the input with those levels put in, and what was chosen.
 */
export function choosePlanLevels(
  input: ScenarioInput,
  planSource: PlanSource,
  effectsByYear: ReadonlyMap<number, PlanEffects> | null,
): { input: ScenarioInput; chosen: ChosenPlanLevel[] } {
  const years: ScenarioInput['years'] = {};
  const chosen: ChosenPlanLevel[] = [];
  for (const [key, assumptions] of Object.entries(input.years)) {
    const year = Number(key);
    const choice = chooseYear(year, assumptions.planLevel, planSource, effectsByYear);
    years[key] = { ...assumptions, planLevel: choice.planLevel };
    chosen.push(choice);
  }
  chosen.sort((a, b) => a.year - b.year);
  return { input: { ...input, years }, chosen };
}

function chooseYear(
  year: number,
  given: number,
  planSource: PlanSource,
  effectsByYear: ReadonlyMap<number, PlanEffects> | null,
): ChosenPlanLevel {
  if (planSource === 'given' || effectsByYear === null) {
    return { year, planLevel: given, source: 'given', forecastPeriod: null };
  }
  const effects = effectsByYear.get(year);
  if (!effects) return { year, planLevel: 0, source: 'outsidePlan', forecastPeriod: null };
  switch (planSource) {
    case 'full':
      return { year, planLevel: effects.full, source: 'full', forecastPeriod: null };
    case 'riskWeighted':
      return { year, planLevel: effects.riskWeighted, source: 'riskWeighted', forecastPeriod: null };
    case 'forecast':
      return effects.forecast === null
        ? { year, planLevel: effects.full, source: 'full', forecastPeriod: null }
        : { year, planLevel: effects.forecast, source: 'forecast', forecastPeriod: effects.forecastPeriod };
  }
}
