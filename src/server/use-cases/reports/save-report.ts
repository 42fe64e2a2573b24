import type { TReport, TReportInput } from '../../../shared/schemas/report';
import type { Actor } from '../../actor';
import type { Tx } from '../../db/tenant-scope';
import { AppError } from '../../errors';
import { guardFigureLimit } from '../figure-limit';
import { loadReportingMeasure } from './load-reporting-measure';
import {
  findDeviationPermille,
  plannedLevelOf,
  presentReport,
  reportConflict,
  submissionProblems,
} from './report-rules';
import { reportWrite, writeReport } from './write-report';

/**
 * Saves a manager's report for a measure and month: a draft as he or she types (no checks), or the
 * submitted report (checked). A submitted report is never turned back into a draft: that would take a
 * reported figure out of the round unseen; a correction is submitted instead.
 */
export async function saveReport(
  trx: Tx,
  actor: Actor,
  measureId: string,
  period: string,
  input: TReportInput,
): Promise<TReport> {
  const { measure, convention, existing } = await loadReportingMeasure(trx, actor, measureId, period);
  const comment = input.comment?.trim() || null;
  if (existing && input.version !== existing.version) throw await reportConflict(trx, existing);
  if (input.isDraft && existing && !existing.isDraft) {
    const message = 'Rapporten är redan inskickad; skicka in ändringen i stället för att spara ett utkast';
    throw new AppError('CONFLICT', message, { details: [{ field: 'isDraft', message }] });
  }
  if (!input.isDraft) {
    const planned = plannedLevelOf(measure, convention, Number(period.slice(0, 4)));
    const problems = submissionProblems({ ...input, comment }, planned, await findDeviationPermille(trx));
    if (problems.length > 0) {
      throw new AppError('VALIDATION', problems.map((p) => p.message).join('. '), { details: problems });
    }
  }
  const write = reportWrite(actor, measureId, period, {
    outcomeYtd: input.outcomeYtd,
    forecastYear: input.forecastYear,
    status: input.status,
    comment,
    isDraft: input.isDraft,
    isUnchanged: false,
  });
  const figures = await guardFigureLimit(trx);
  const saved = await writeReport(trx, actor, existing, write, input.version);
  await figures.check();
  return presentReport(saved);
}
