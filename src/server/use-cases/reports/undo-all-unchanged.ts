import { canEditMeasure } from '../../../domain/access';
import { subtreeIds } from '../../../domain/org-tree';
import type { TUndoUnchangedResult } from '../../../shared/schemas/report';
import type { Actor } from '../../actor';
import { auditEntry } from '../../audit';
import type { Tx } from '../../db/tenant-scope';
import { AppError } from '../../errors';
import { appendAudit } from '../../repositories/audit-repository';
import {
  deleteUnchangedReports,
  findFrozenPairs,
  findReportsOfPeriod,
  type ReportRecord,
} from '../../repositories/report-repository';
import { findMeasuresInUnits } from '../../repositories/round-repository';
import { loadTree } from '../load-access';
import { requireVisibleRound } from '../rounds/round-access';

/**
 * Whether the period's report is a confirmation as unchanged written over nothing (version 1: one over a draft
 * had a state before it to keep) and not changed since — what "Ångra" may withdraw. The round must be open and
 * the period not frozen as well; `listMyReports` tells the page so that "Ångra" survives a reload.
 */
export function isUndoableUnchanged(report: ReportRecord | undefined): report is ReportRecord {
  return report?.isUnchanged === true && !report.isDraft && report.version === 1;
}

/**
 * Undoes "Alla oförändrade" (issue 11) while the round is open: each named confirmation that is still the
 * measure's report at the version it was written with goes, so the measure is unreported again — as it was,
 * since "Alla oförändrade" only writes where nothing was reported. A report changed since, or of a closed
 * period, stays. The audit log records each withdrawal (the history table keeps the row).
 */
export async function undoAllUnchanged(
  trx: Tx,
  actor: Actor,
  roundId: string,
  reports: readonly { measureId: string; version: number }[],
): Promise<TUndoUnchangedResult> {
  const { units, parents } = await loadTree(trx);
  const round = await requireVisibleRound(trx, actor, parents, roundId);
  if (round.status !== 'open') {
    throw new AppError('CONFLICT', `Omgången för ${round.period} är stängd; bekräftelserna kan inte ångras`);
  }
  const asked = new Map(reports.map((r) => [r.measureId, r.version]));
  const measures = (
    await findMeasuresInUnits(trx, round.planId, [...subtreeIds(units, round.orgUnitId)])
  ).filter((m) => asked.has(m.id));
  const refused = measures.find((m) => !canEditMeasure(actor, parents, m));
  if (refused) throw new AppError('FORBIDDEN', `Du får inte rapportera för ${refused.code}`);
  if (measures.length !== asked.size) {
    throw new AppError('NOT_FOUND', 'En av åtgärderna finns inte i omgången');
  }
  const ids = measures.map((m) => m.id);
  const current = new Map((await findReportsOfPeriod(trx, ids, round.period)).map((r) => [r.measureId, r]));
  const frozen = await findFrozenPairs(trx, ids);
  const skipped: TUndoUnchangedResult['skipped'] = [];
  const toDelete: { id: string; version: number }[] = [];
  for (const measure of measures) {
    const report = current.get(measure.id);
    const undoable = isUndoableUnchanged(report) && report.version === asked.get(measure.id);
    if (frozen.has(`${measure.id}|${round.period}`)) {
      skipped.push({ measureId: measure.id, code: measure.code, reason: 'frozen' });
    } else if (!report || !undoable) {
      skipped.push({ measureId: measure.id, code: measure.code, reason: 'changed' });
    } else toDelete.push({ id: report.id, version: report.version });
  }
  const deleted = await deleteUnchangedReports(trx, toDelete);
  for (const report of toDelete.filter((r) => !deleted.some((d) => d.id === r.id))) {
    const measure = measures.find((m) => current.get(m.id)?.id === report.id)!;
    skipped.push({ measureId: measure.id, code: measure.code, reason: 'changed' });
  }
  await appendAudit(
    trx,
    deleted.map((report) => auditEntry(actor, 'measureReport', report.id, 'delete', report, null)),
  );
  return { undone: deleted.length, skipped };
}
