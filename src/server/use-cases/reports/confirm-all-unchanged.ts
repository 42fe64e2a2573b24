import { canEditMeasure } from '../../../domain/access';
import { subtreeIds } from '../../../domain/org-tree';
import type { ReportStatus } from '../../../shared/enums';
import type { TAllUnchangedResult, UnchangedSkipReason } from '../../../shared/schemas/report';
import type { Actor } from '../../actor';
import { auditEntry } from '../../audit';
import type { Tx } from '../../db/tenant-scope';
import { AppError } from '../../errors';
import { appendAudit } from '../../repositories/audit-repository';
import {
  findFrozenPairs,
  findPreviousReports,
  findReportsOfPeriod,
  insertReportsIfAbsent,
  type ReportWrite,
} from '../../repositories/report-repository';
import { findMeasuresInUnits, findReportingMeasures } from '../../repositories/round-repository';
import { loadTree, requirePlan } from '../load-access';
import { requireVisibleRound } from '../rounds/round-access';
import { isSameYear, unchangedValues } from './confirm-unchanged';
import { findDeviationPermille, plannedLevelOf, presentReport, submissionProblems } from './report-rules';
import { reportWrite } from './write-report';

/**
 * "Alla oförändrade": confirms as unchanged every measure of the round the caller may report on (or those
 * of `measureIds`) that has no report yet, in one transaction. A measure with a draft is left alone — the
 * manager has begun to change it — and so is one without an earlier report this year to repeat, and one
 * whose repeated report needs a comment (red, or off the plan beyond the threshold) not given in `comments`.
 */
export async function confirmAllUnchanged(
  trx: Tx,
  actor: Actor,
  roundId: string,
  measureIds?: readonly string[],
  comments: Readonly<Record<string, string>> = {},
): Promise<TAllUnchangedResult> {
  const { units, parents } = await loadTree(trx);
  const round = await requireVisibleRound(trx, actor, parents, roundId);
  const plan = await requirePlan(trx, round.planId);
  const permille = await findDeviationPermille(trx);
  if (round.status !== 'open') throw new AppError('CONFLICT', `Omgången för ${round.period} är stängd`);
  const chosen = measureIds ? new Set(measureIds) : undefined;
  const measures = (
    await findMeasuresInUnits(trx, round.planId, [...subtreeIds(units, round.orgUnitId)])
  ).filter(
    (m) => m.status !== 'cancelled' && (!chosen || chosen.has(m.id)) && canEditMeasure(actor, parents, m),
  );
  const ids = measures.map((m) => m.id);
  const current = new Map((await findReportsOfPeriod(trx, ids, round.period)).map((r) => [r.measureId, r]));
  const previous = new Map((await findPreviousReports(trx, ids, round.period)).map((r) => [r.measureId, r]));
  const frozen = await findFrozenPairs(trx, ids);
  const facts = new Map((await findReportingMeasures(trx, ids)).map((m) => [m.id, m]));
  const year = Number(round.period.slice(0, 4));
  const needsComment = (values: ReturnType<typeof unchangedValues>, measureId: string) =>
    submissionProblems(
      { ...values, status: values.status as ReportStatus },
      plannedLevelOf(facts.get(measureId)!, plan.convention, year),
      permille,
    ).length > 0;
  const skipped: TAllUnchangedResult['skipped'] = [];
  const writes: ReportWrite[] = [];
  for (const measure of measures) {
    const report = current.get(measure.id);
    if (report && !report.isDraft) continue;
    const before = previous.get(measure.id);
    const skip = (reason: UnchangedSkipReason) =>
      skipped.push({ measureId: measure.id, code: measure.code, reason });
    if (report) skip('draft');
    else if (frozen.has(`${measure.id}|${round.period}`)) skip('frozen');
    else if (!isSameYear(before, round.period)) skip('noPreviousReport');
    else {
      const values = unchangedValues(before, comments[measure.id]?.trim() || null);
      if (needsComment(values, measure.id)) skip('commentRequired');
      else writes.push(reportWrite(actor, measure.id, round.period, values));
    }
  }
  const written = await insertReportsIfAbsent(trx, writes);
  if (written.length !== writes.length) {
    throw new AppError(
      'VERSION_CONFLICT',
      'Någon annan rapporterade samtidigt; läs in sidan igen och försök på nytt',
    );
  }
  await appendAudit(
    trx,
    written.map((report) => auditEntry(actor, 'measureReport', report.id, 'create', null, report)),
  );
  return { confirmed: written.length, reports: written.map(presentReport), skipped };
}
