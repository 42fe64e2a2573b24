import { canEditMeasure, canManageUnit } from '../../../domain/access';
import { subtreeIds, unitPaths } from '../../../domain/org-tree';
import type { MeasureStatus } from '../../../shared/enums';
import type { TMyReports } from '../../../shared/schemas/report';
import type { Actor } from '../../actor';
import type { Tx } from '../../db/tenant-scope';
import {
  findFrozenPairs,
  findPreviousReports,
  findReportsOfPeriod,
} from '../../repositories/report-repository';
import { findMeasuresInUnits, findReportingMeasures } from '../../repositories/round-repository';
import { loadTree, requirePlan } from '../load-access';
import { presentRound, requireVisibleRound } from '../rounds/round-access';
import { isSameYear } from './confirm-unchanged';
import { findDeviationPermille, plannedLevelOf, presentReport } from './report-rules';
import { isUndoableUnchanged } from './undo-all-unchanged';

/**
 * The manager's page "Att rapportera": every due measure of the round the caller may report on (a manager
 * his or her own, an admin or controller all in the subtree), with the planned level, the period's report
 * and the previous one to prefill from.
 */
export async function listMyReports(trx: Tx, actor: Actor, roundId: string): Promise<TMyReports> {
  const { units, parents } = await loadTree(trx);
  const round = await requireVisibleRound(trx, actor, parents, roundId);
  const plan = await requirePlan(trx, round.planId);
  const paths = unitPaths(units);
  const year = Number(round.period.slice(0, 4));
  const measures = (
    await findMeasuresInUnits(trx, round.planId, [...subtreeIds(units, round.orgUnitId)])
  ).filter((m) => m.status !== 'cancelled' && canEditMeasure(actor, parents, m));
  const ids = measures.map((m) => m.id);
  const facts = new Map((await findReportingMeasures(trx, ids)).map((m) => [m.id, m]));
  const current = new Map((await findReportsOfPeriod(trx, ids, round.period)).map((r) => [r.measureId, r]));
  const previous = new Map((await findPreviousReports(trx, ids, round.period)).map((r) => [r.measureId, r]));
  const frozen = await findFrozenPairs(trx, ids);
  return {
    round: presentRound(round, paths, canManageUnit(actor, parents, round.orgUnitId)),
    year,
    deviationCommentPermille: await findDeviationPermille(trx),
    items: measures.map((measure) => {
      const report = current.get(measure.id);
      const before = previous.get(measure.id);
      const isFrozen = frozen.has(`${measure.id}|${round.period}`);
      const isSubmitted = report !== undefined && !report.isDraft;
      return {
        measureId: measure.id,
        code: measure.code,
        title: measure.title,
        orgUnitId: measure.orgUnitId,
        orgUnitPath: paths.get(measure.orgUnitId) ?? '',
        responsibleName: measure.responsibleName,
        measureStatus: measure.status as MeasureStatus,
        plannedLevel: plannedLevelOf(facts.get(measure.id)!, plan.convention, year),
        current: report ? presentReport(report) : null,
        previous: before ? presentReport(before) : null,
        previousIsSameYear: isSameYear(before, round.period),
        canConfirmUnchanged:
          round.status === 'open' && !isFrozen && !isSubmitted && isSameYear(before, round.period),
        canUndoUnchanged: round.status === 'open' && !isFrozen && isUndoableUnchanged(report),
        isFrozen,
      };
    }),
  };
}
