import type { TReport } from '../../../shared/schemas/report';
import type { Actor } from '../../actor';
import type { Tx } from '../../db/tenant-scope';
import { AppError } from '../../errors';
import { findPreviousReports, type ReportRecord } from '../../repositories/report-repository';
import { loadReportingMeasure } from './load-reporting-measure';
import { presentReport, reportConflict } from './report-rules';
import { reportWrite, writeReport } from './write-report';

/** Only a report of the same year can be confirmed: outcome is year-to-date and the forecast is the year's. */
export function isSameYear(previous: ReportRecord | undefined, period: string): previous is ReportRecord {
  return previous !== undefined && previous.period.slice(0, 4) === period.slice(0, 4);
}

/**
 * "Oförändrad" repeats the previous report's outcome, forecast and status, submitted. The submission checks
 * are not repeated: the values were accepted when first reported, and the previous report keeps their
 * comment (the new one is empty and marked unchanged).
 */
export function unchangedValues(previous: ReportRecord) {
  return {
    outcomeYtd: previous.outcomeYtd,
    forecastYear: previous.forecastYear,
    status: previous.status,
    comment: null,
    isDraft: false,
    isUnchanged: true,
  };
}

/** Confirms one measure as unchanged since its previous report: one click. */
export async function confirmUnchanged(
  trx: Tx,
  actor: Actor,
  measureId: string,
  period: string,
  version: number | undefined,
): Promise<TReport> {
  const { measure, existing } = await loadReportingMeasure(trx, actor, measureId, period);
  if (existing && version !== existing.version) throw await reportConflict(trx, existing);
  const [previous] = await findPreviousReports(trx, [measureId], period);
  if (!isSameYear(previous, period)) {
    throw new AppError(
      'VALIDATION',
      `${measure.code} har ingen tidigare rapport under ${period.slice(0, 4)} att bekräfta som oförändrad`,
    );
  }
  const write = reportWrite(actor, measureId, period, unchangedValues(previous));
  return presentReport(await writeReport(trx, actor, existing, write, version));
}
