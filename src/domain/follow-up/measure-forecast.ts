import type { CostType, EffectConvention } from '../../shared/enums';
import { countsAsPlanned, type PlannedMeasure, plannedLevel } from '../planned-effect';
import { comparePeriods, type Period } from './period';
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
 * The measure's forecast split by cost type, whole kronor summing exactly to `forecast`. Only a forecast taken
 * from the plan has a known split (the plan's, per cost type); a report states one figure for the whole measure,
 * so a reported forecast stays whole on `unspecified` (*Effekt*) rather than being spread by an invented key.
 */
export function splitForecastByCostType(
  measure: PlannedMeasure,
  convention: EffectConvention,
  year: number,
  result: Pick<MeasureForecast, 'forecast' | 'forecastSource'>,
): Map<CostType, number> {
  if (result.forecastSource !== 'plan' || !countsAsPlanned(measure)) {
    return new Map([['unspecified', result.forecast]]);
  }
  const parts = new Map<CostType, number>();
  for (const effect of measure.effects) {
    if (parts.has(effect.costType)) continue;
    const level = plannedLevel(measure, convention, year, effect.costType);
    if (level !== 0) parts.set(effect.costType, level);
  }
  return parts.size === 0 ? new Map([['unspecified', result.forecast]]) : parts;
}
