import {
  countsAsPlanned,
  isEndedTemporary,
  type PlannedMeasure,
  plannedLevel,
} from '../../../domain/planned-effect';
import { levelInYear } from '../../../shared/effect-convention';
import type { CostType, EffectConvention, MeasureStatus } from '../../../shared/enums';
import { amountsByYear, type Effect } from './effects-grid';

/** What the economy figures of one measure need; a stored measure and a parsed form both fit. */
export interface EconomyMeasure {
  status: MeasureStatus;
  isTemporary: boolean;
  startMonth: string | null;
  endMonth: string | null;
  runningCostPerYear: number | null;
  effects: readonly Effect[];
}

function planned(measure: EconomyMeasure): PlannedMeasure {
  return {
    id: '',
    orgUnitId: '',
    status: measure.status,
    isTemporary: measure.isTemporary,
    endMonth: measure.endMonth,
    category: null,
    group: null,
    savingsType: null,
    feasibility: null,
    programmeIds: [],
    effects: measure.effects,
  };
}

/**
 * The measure's planned *level* in each year, exactly as the plan's summary counts it (SPEC §4): cancelled
 * measures and temporary measures after their end count zero.
 */
export function plannedLevels(
  measure: EconomyMeasure,
  convention: EffectConvention,
  years: readonly number[],
): Record<number, number> {
  const p = planned(measure);
  return Object.fromEntries(years.map((year) => [year, plannedLevel(p, convention, year)]));
}

/**
 * The level of one cost type in the plan's last year: in the increment convention the column's sum, in the
 * level convention the last year's amount (levels of different years are never added up, SPEC §3).
 */
export function lastYearLevel(
  effects: readonly Effect[],
  convention: EffectConvention,
  lastYear: number,
  costType?: CostType,
): number {
  return levelInYear(convention, amountsByYear(effects, costType), lastYear);
}

export interface NetYear {
  year: number;
  /** Planned level (reduction against the baseline) in the year. */
  level: number;
  /** The running cost borne in the year (0 before the start year, after a temporary measure ends, or when cancelled). */
  runningCost: number;
  /** level − runningCost, whole kronor. */
  net: number;
}

/**
 * The net effect per year as a *level* against the baseline: the planned level minus the running cost per
 * year. The running cost is counted from the start year (the plan's first year when no start is given) for
 * as long as the measure has an effect.
 */
export function netPerYear(
  measure: EconomyMeasure,
  convention: EffectConvention,
  years: readonly number[],
): NetYear[] {
  const levels = plannedLevels(measure, convention, years);
  const startYear = measure.startMonth ? Number(measure.startMonth.slice(0, 4)) : Number.NEGATIVE_INFINITY;
  return years.map((year) => {
    const level = levels[year] ?? 0;
    const bears = countsAsPlanned(measure) && year >= startYear && !isEndedTemporary(measure, year);
    const runningCost = bears ? (measure.runningCostPerYear ?? 0) : 0;
    return { year, level, runningCost, net: level - runningCost };
  });
}
