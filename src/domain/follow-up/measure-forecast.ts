import { COST_TYPES, type CostType, type EffectConvention } from '../../shared/enums';
import { apportion } from '../apportion';
import { countsAsPlanned, type PlannedMeasure, plannedLevel } from '../planned-effect';
import { comparePeriods, type Period, periodYear } from './period';
import { type MeasureReport, reportedForecast, selectCountingReports } from './report';

/** Where a measure's forecast comes from: its latest report, an older report, or the plan. */
export type ForecastSource = 'report' | 'olderReport' | 'plan';

export interface MeasureForecastInput {
  measure: PlannedMeasure;
  /** The measure's reports; reports of other measures are ignored. */
  reports: readonly MeasureReport[];
  convention: EffectConvention;
  year: number;
  asOf: Period;
  /**
   * The latest period at or before `asOf` in which the measure was due to report (from the reporting rounds,
   * decided by the caller), or null when it was never due.
   */
  expectedPeriod: Period | null;
}

/** One measure's figures for a year as of a period (SPEC §4). Amounts are whole kronor. */
export interface MeasureForecast {
  /** Planned level in the year (`plannedLevel`). */
  planned: number;
  forecast: number;
  /** Year-to-date outcome of the latest report stating one. */
  outcome: number;
  isStale: boolean;
  /** The latest period at or before as-of with a report of any year: "stale since"; null = never reported. */
  lastReportedPeriod: Period | null;
  forecastSource: ForecastSource;
}

/**
 * One measure's forecast, outcome and staleness for `year` as of `asOf`. The rules (SPEC §4):
 *
 * - Only reports of the calendar year `year` with period ≤ `asOf` count, so that a figure as of a closed
 *   period can never change whatever is reported later.
 * - Forecast = the latest counting report's year forecast (a report with status *utgår* forecasts 0). A report
 *   without a forecast falls back to the next older report, and a measure with no forecast at all counts with
 *   its planned level — an unreported measure is neither dropped nor counted as zero.
 * - Outcome = the latest counting report's year-to-date outcome, falling back to older reports like the
 *   forecast; 0 when none (outcome is cumulative, so an older figure is the best known).
 * - Stale = the measure was due in `expectedPeriod` and has no report in [`expectedPeriod`, `asOf`] (of any
 *   year: reporting in the due round is what makes data current). An expected period after `asOf` is not yet
 *   due. A stale measure still counts with its older forecast or plan; stale only flags it.
 * - A measure whose status is *utgår* counts 0 everywhere and is never stale: nobody should be chased for it.
 */
export function forecastMeasure(input: MeasureForecastInput): MeasureForecast {
  const { measure, year, asOf } = input;
  const own = input.reports.filter((report) => report.measureId === measure.id);
  const lastReportedPeriod = findLastReportedPeriod(own, asOf);
  if (!countsAsPlanned(measure)) {
    return {
      planned: 0,
      forecast: 0,
      outcome: 0,
      isStale: false,
      lastReportedPeriod,
      forecastSource: 'plan',
    };
  }
  const planned = plannedLevel(measure, input.convention, year);
  const counting = selectCountingReports(own, year, asOf);
  const { forecast, forecastSource } = pickForecast(counting, planned);
  return {
    planned,
    forecast,
    outcome: counting.find((report) => report.outcomeYtd !== null)?.outcomeYtd ?? 0,
    isStale: isStale(own, input.expectedPeriod, asOf),
    lastReportedPeriod,
    forecastSource,
  };
}

/** `counting` is newest first. */
function pickForecast(
  counting: readonly MeasureReport[],
  planned: number,
): Pick<MeasureForecast, 'forecast' | 'forecastSource'> {
  for (const [index, report] of counting.entries()) {
    const forecast = reportedForecast(report);
    if (forecast !== null) return { forecast, forecastSource: index === 0 ? 'report' : 'olderReport' };
  }
  return { forecast: planned, forecastSource: 'plan' };
}

function isStale(reports: readonly MeasureReport[], expectedPeriod: Period | null, asOf: Period): boolean {
  if (expectedPeriod === null || comparePeriods(expectedPeriod, asOf) > 0) return false;
  return !reports.some(
    (report) =>
      comparePeriods(report.period, expectedPeriod) >= 0 && comparePeriods(report.period, asOf) <= 0,
  );
}

function findLastReportedPeriod(reports: readonly MeasureReport[], asOf: Period): Period | null {
  let last: Period | null = null;
  for (const report of reports) {
    if (comparePeriods(report.period, asOf) > 0) continue;
    if (last === null || comparePeriods(report.period, last) > 0) last = report.period;
  }
  return last;
}

/**
 * A measure's follow-up `amount` (its forecast or outcome for `year`) split over cost types in proportion to its
 * planned level per cost type that year: whole kronor that add up exactly to `amount` (`apportion`). A report
 * states one figure for the whole measure; the plan says how the measure's effect divides, so a forecast or an
 * outcome is read in the same proportions and no cost type ever shows follow-up where the plan has none. Only
 * when the plan gives no proportion (no planned level that year, a cancelled measure, or levels of mixed signs
 * or adding up to zero: `apportion`) does the amount stay whole on `unspecified` (*Effekt*).
 */
export function splitByPlannedCostTypes(
  measure: PlannedMeasure,
  convention: EffectConvention,
  year: number,
  amount: number,
): Map<CostType, number> {
  const costTypes: CostType[] = [];
  const levels: number[] = [];
  if (countsAsPlanned(measure)) {
    for (const costType of COST_TYPES) {
      const level = plannedLevel(measure, convention, year, costType);
      if (level === 0) continue;
      costTypes.push(costType);
      levels.push(level);
    }
  }
  const parts = apportion(amount, levels);
  if (parts === undefined) return new Map([['unspecified', amount]]);
  return new Map(costTypes.map((costType, index) => [costType, parts[index] as number]));
}

/**
 * A past plan year's figures marked stale when nobody reported for that year (SPEC §4 as this system applies
 * it to the `year` grouping): a year that ended before `asOf` and has no counting report of the measure still
 * counts with its planned level, but that is the plan, not a follow-up — so it is flagged stale instead of
 * being counted silently as if it had been followed up. Reporting rounds ask for the current year only, so the
 * due-period rule of `forecastMeasure` cannot see this; a measure with no planned level that year (or
 * cancelled) has nothing counted and is left as it is. `asOf` must be a later year than `year`, so every
 * report of `year` or before lies at or before it.
 */
export function markUnreportedPastYear(
  result: MeasureForecast,
  reports: readonly MeasureReport[],
  year: number,
  asOf: Period,
): MeasureForecast {
  if (result.isStale || result.planned === 0 || year >= periodYear(asOf)) return result;
  if (selectCountingReports(reports, year, asOf).length > 0) return result;
  // "Stale since" the last report made for that year or before it: none, for a year nobody followed up.
  return { ...result, isStale: true, lastReportedPeriod: findLastReportedPeriod(reports, `${year}-12`) };
}
