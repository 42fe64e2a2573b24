import type { ReportStatus } from '../../shared/enums';
import { comparePeriods, type Period, periodYear } from './period';

export type { ReportStatus };

/**
 * A manager's report for one measure and one period (SPEC §2). Amounts are whole kronor; the forecast is for
 * the calendar year of `period`, the outcome is year-to-date (cumulative within that year).
 */
export interface MeasureReport {
  measureId: string;
  period: Period;
  outcomeYtd: number | null;
  forecastYear: number | null;
  status: ReportStatus;
  comment: string | null;
  reportedBy?: string | null;
  /** ISO 8601 timestamp; breaks ties when one period holds more than one report of a measure. */
  reportedAt?: string;
}

/**
 * The year forecast a report states: a report saying the measure is cancelled (*utgår*) forecasts 0 whatever
 * was typed, because nothing more will be saved by it; null means the manager gave no forecast.
 */
export function reportedForecast(report: Pick<MeasureReport, 'status' | 'forecastYear'>): number | null {
  return report.status === 'cancelled' ? 0 : report.forecastYear;
}

/**
 * The reports that count for `year` as of `asOf`, newest first: same calendar year, period at or before
 * `asOf`. Within one period the latest `reportedAt` comes first (a missing timestamp counts as oldest), then
 * the one given later, so that a correction made in the same period wins.
 */
export function selectCountingReports<R extends MeasureReport>(
  reports: readonly R[],
  year: number,
  asOf: Period,
): R[] {
  const counting = reports
    .map((report, order) => ({ report, order }))
    .filter(({ report }) => periodYear(report.period) === year && comparePeriods(report.period, asOf) <= 0);
  counting.sort(
    (a, b) =>
      comparePeriods(b.report.period, a.report.period) ||
      compareTimestamps(b.report.reportedAt, a.report.reportedAt) ||
      b.order - a.order,
  );
  return counting.map(({ report }) => report);
}

function compareTimestamps(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return -1;
  if (b === undefined) return 1;
  return a < b ? -1 : 1;
}

/** Groups reports by measure id, keeping the given order within each measure. */
export function groupReportsByMeasure<R extends MeasureReport>(reports: readonly R[]): Map<string, R[]> {
  const byMeasure = new Map<string, R[]>();
  for (const report of reports) {
    const list = byMeasure.get(report.measureId);
    if (list) list.push(report);
    else byMeasure.set(report.measureId, [report]);
  }
  return byMeasure;
}
