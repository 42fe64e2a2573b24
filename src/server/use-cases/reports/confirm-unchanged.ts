import type { ReportStatus } from '../../../shared/enums';
import type { TReport } from '../../../shared/schemas/report';
import type { Actor } from '../../actor';
import type { Tx } from '../../db/tenant-scope';
import { AppError } from '../../errors';
import { findPreviousReports, type ReportRecord } from '../../repositories/report-repository';
import { loadReportingMeasure } from './load-reporting-measure';
import {
  findDeviationPermille,
  plannedLevelOf,
  presentReport,
  reportConflict,
  submissionProblems,
} from './report-rules';
import { reportWrite, writeReport } from './write-report';

/** Only a report of the same year can be confirmed: outcome is year-to-date and the forecast is the year's. */
export function isSameYear(previous: ReportRecord | undefined, period: string): previous is ReportRecord {
  return previous !== undefined && previous.period.slice(0, 4) === period.slice(0, 4);
}

/**
 * "Oförändrad" repeats the previous report's outcome, forecast and status, submitted and marked unchanged.
 * The comment is the one given now (none by default): a repeated red or deviating report must still explain
 * itself for this period (issue 11), see `unchangedProblems`.
 */
export function unchangedValues(previous: ReportRecord, comment: string | null = null) {
  return {
    outcomeYtd: previous.outcomeYtd,
    forecastYear: previous.forecastYear,
    status: previous.status,
    comment,
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
  comment?: string | null,
): Promise<TReport> {
  const { measure, convention, existing } = await loadReportingMeasure(trx, actor, measureId, period);
  if (existing && version !== existing.version) throw await reportConflict(trx, existing);
  const [previous] = await findPreviousReports(trx, [measureId], period);
  if (!isSameYear(previous, period)) {
    throw new AppError(
      'VALIDATION',
      `${measure.code} har ingen tidigare rapport under ${period.slice(0, 4)} att bekräfta som oförändrad`,
    );
  }
  const values = unchangedValues(previous, comment?.trim() || null);
  const planned = plannedLevelOf(measure, convention, Number(period.slice(0, 4)));
  const problems = submissionProblems(
    { ...values, status: values.status as ReportStatus },
    planned,
    await findDeviationPermille(trx),
  );
  if (problems.length > 0) {
    const message = `${measure.code}: ${problems.map((p) => p.message).join('. ')}`;
    throw new AppError('VALIDATION', message, { details: problems });
  }
  const write = reportWrite(actor, measureId, period, values);
  return presentReport(await writeReport(trx, actor, existing, write, version));
}
