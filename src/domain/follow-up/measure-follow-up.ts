import type { ReportStatus } from '../../shared/enums';
import type { MeasureForecast } from './measure-forecast';
import type { Period } from './period';
import { type MeasureReport, selectCountingReports } from './report';

/**
 * One measure's follow-up as of a period (SPEC §8 question 2): its target — the measure's planned level for
 * the year, since a target is set for a plan or a unit, not for a measure — outcome, forecast and deviation,
 * whether its data is current, and what its latest report said.
 */
export interface MeasureFollowUp {
  /** The planned level for the year: what the measure is expected to deliver. */
  target: number;
  outcome: number;
  forecast: number;
  /** Forecast − target: negative means short of it (the one sign rule, SPEC §4). */
  deviation: number;
  isStale: boolean;
  /** The latest period at or before as-of the measure reported in (any year); null = never reported. */
  lastReportedPeriod: Period | null;
  /** The latest report of the year at or before as-of: its status (red/yellow/green, …), comment and time. */
  status: ReportStatus | null;
  comment: string | null;
  reportPeriod: Period | null;
  reportedAt: string | null;
}

/** A measure's follow-up row from its figures (`forecastMeasure`) and its reports. */
export function measureFollowUp(
  figures: MeasureForecast,
  reports: readonly MeasureReport[],
  year: number,
  asOf: Period,
): MeasureFollowUp {
  const latest = selectCountingReports(reports, year, asOf)[0];
  return {
    target: figures.planned,
    outcome: figures.outcome,
    forecast: figures.forecast,
    deviation: figures.forecast - figures.planned,
    isStale: figures.isStale,
    lastReportedPeriod: figures.lastReportedPeriod,
    status: latest?.status ?? null,
    comment: latest?.comment ?? null,
    reportPeriod: latest?.period ?? null,
    reportedAt: latest?.reportedAt ?? null,
  };
}
