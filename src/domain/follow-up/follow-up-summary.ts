import { COST_TYPES, type EffectConvention, type Grouping } from '../../shared/enums';
import { orderTopDown, type TreeUnit } from '../org-tree';
import { type PlannedMeasure, plannedLevel } from '../planned-effect';
import { attributeKeys, UNIT_KEY } from '../planned-summary';
import {
  addFigures,
  type FiguresByKey,
  type FiguresByUnitAndKey,
  type FollowUpFigures,
  figuresAt,
  rollUpFigures,
  totalOverRootUnits,
  zeroFigures,
} from './follow-up-figures';
import {
  forecastMeasure,
  type MeasureForecast,
  markUnreportedPastYear,
  splitByPlannedCostTypes,
} from './measure-forecast';
import { assertPeriod, type Period } from './period';
import { groupReportsByMeasure, type MeasureReport } from './report';
import {
  DEFAULT_FEASIBILITY_WEIGHTS,
  type FeasibilityWeights,
  riskWeighted,
  splitRiskWeighted,
} from './risk-weight';

export interface FollowUpInput {
  units: readonly TreeUnit[];
  /** Measures of units not in `units` are left out of every figure. */
  measures: readonly PlannedMeasure[];
  reports: readonly MeasureReport[];
  /** Per measure id, the period it was last due to report at or before `asOf`; absent = never due. */
  expectedPeriods: ReadonlyMap<string, Period | null>;
  convention: EffectConvention;
  year: number;
  /** The plan's years: the keys of the `year` grouping. */
  planYears: readonly number[];
  asOf: Period;
  by: Grouping;
  weights?: FeasibilityWeights;
}

export interface FollowUpSummary {
  /** Subtree figures per unit and key: each unit's own measures plus all of its descendants'. */
  byUnit: FiguresByUnitAndKey;
  /** The whole organisation per key (sum over the root units). */
  total: FiguresByKey;
  /** The whole organisation, every measure once: the plan's figures for `year`. */
  overall: FollowUpFigures;
  /** Each measure's own figures for `year`. */
  measures: Map<string, MeasureForecast>;
}

/** Forecast − target (the one sign rule, src/shared/deviation.ts); also forecast − planned. */
export { deviation } from '../../shared/deviation';

/**
 * The follow-up figures of SPEC §4 for every unit and key of a grouping, as of `asOf`. Every figure of a row is
 * a sum over measures of whole kronor computed per measure (including the risk weighting), so roll-ups are
 * exact. Groupings:
 * - `unit`: one key (`total`); `category`, `group`, `savingsType`, `feasibility`: the measure's attribute
 *   (`''` when missing); `programme`: every programme of the measure (a measure counts in each of them).
 * - `year`: one key per plan year, the figures of that year as of `asOf`. The follow-up `year` is stale by the
 *   due-period rule; another plan year that ended before `asOf` without any report of the measure for it is
 *   stale too (`markUnreportedPastYear`): its figure is the plan, not a follow-up, and must say so.
 * - `costType`: planned per cost type as in the plan; the forecast and the outcome (one figure per measure in a
 *   report) are split over cost types in proportion to the measure's planned level per cost type that year
 *   (`splitByPlannedCostTypes`), so no cost type shows follow-up the plan does not have; only a measure with
 *   no planned split keeps them whole on `unspecified` (*Effekt*). A stale measure counts in each key it
 *   contributes a forecast to.
 */
export function summarizeFollowUp(input: FollowUpInput): FollowUpSummary {
  assertPeriod(input.asOf, 'as-of-period');
  const known = new Set(orderTopDown(input.units).map((unit) => unit.id));
  const reportsByMeasure = groupReportsByMeasure(input.reports);
  const weights = input.weights ?? DEFAULT_FEASIBILITY_WEIGHTS;
  const own: FiguresByUnitAndKey = new Map();
  const overall = zeroFigures();
  const measures = new Map<string, MeasureForecast>();
  for (const measure of input.measures) {
    if (!known.has(measure.orgUnitId)) continue;
    const forecastIn = (year: number, expectedPeriod: Period | null) =>
      forecastMeasure({
        measure,
        reports: reportsByMeasure.get(measure.id) ?? [],
        convention: input.convention,
        year,
        asOf: input.asOf,
        expectedPeriod,
      });
    const result = forecastIn(input.year, input.expectedPeriods.get(measure.id) ?? null);
    measures.set(measure.id, result);
    addFigures(overall, measureFigures(measure, result, weights));
    const ownOfUnit = own.get(measure.orgUnitId) ?? new Map<string, FollowUpFigures>();
    own.set(measure.orgUnitId, ownOfUnit);
    if (input.by === 'year') {
      for (const planYear of input.planYears) {
        const ofYear =
          planYear === input.year
            ? result
            : markUnreportedPastYear(
                forecastIn(planYear, null),
                reportsByMeasure.get(measure.id) ?? [],
                planYear,
                input.asOf,
              );
        addFigures(figuresAt(ownOfUnit, String(planYear)), measureFigures(measure, ofYear, weights));
      }
    } else if (input.by === 'costType') {
      const split = splitByCostType(measure, result, input, weights);
      for (const [key, figures] of split) addFigures(figuresAt(ownOfUnit, key), figures);
    } else {
      const figures = measureFigures(measure, result, weights);
      for (const key of groupingKeys(measure, input.by)) addFigures(figuresAt(ownOfUnit, key), figures);
    }
  }
  const byUnit = rollUpFigures(input.units, own);
  return { byUnit, total: totalOverRootUnits(input.units, byUnit), overall, measures };
}

function isFeasible12(measure: PlannedMeasure): boolean {
  return measure.feasibility === 1 || measure.feasibility === 2;
}

/** One measure's row of figures. */
function measureFigures(
  measure: PlannedMeasure,
  result: MeasureForecast,
  weights: FeasibilityWeights,
): FollowUpFigures {
  return {
    planned: result.planned,
    forecast: result.forecast,
    outcome: result.outcome,
    stale: result.isStale ? result.forecast : 0,
    staleCount: result.isStale ? 1 : 0,
    staleSince: result.isStale ? result.lastReportedPeriod : null,
    riskWeighted: riskWeighted(result.forecast, measure.feasibility, weights),
    forecastFeasible12: isFeasible12(measure) ? result.forecast : 0,
  };
}

/** A measure's figures per cost type; each amount figure adds up exactly to the measure's own. */
function splitByCostType(
  measure: PlannedMeasure,
  result: MeasureForecast,
  input: FollowUpInput,
  weights: FeasibilityWeights,
): FiguresByKey {
  const split: FiguresByKey = new Map();
  const forecasts = splitByPlannedCostTypes(measure, input.convention, input.year, result.forecast);
  const outcomes = splitByPlannedCostTypes(measure, input.convention, input.year, result.outcome);
  const weighted = splitRiskWeighted(forecasts, measure.feasibility, weights);
  for (const [costType, forecast] of forecasts) {
    const figures = figuresAt(split, costType);
    figures.forecast = forecast;
    figures.riskWeighted = weighted.get(costType) ?? 0;
    figures.forecastFeasible12 = isFeasible12(measure) ? forecast : 0;
    if (result.isStale) {
      figures.stale = forecast;
      figures.staleCount = 1;
      figures.staleSince = result.lastReportedPeriod;
    }
  }
  for (const [costType, outcome] of outcomes) if (outcome !== 0) figuresAt(split, costType).outcome = outcome;
  for (const costType of COST_TYPES) {
    const planned = plannedLevel(measure, input.convention, input.year, costType);
    if (planned !== 0) figuresAt(split, costType).planned = planned;
  }
  return split;
}

function groupingKeys(measure: PlannedMeasure, by: Exclude<Grouping, 'year' | 'costType'>): string[] {
  return by === 'unit' ? [UNIT_KEY] : attributeKeys(measure, by);
}
