import { canManageUnit, canReadUnit } from '../../../domain/access';
import { subtreeIds, unitPaths } from '../../../domain/org-tree';
import type { TRoundMeasure, TRoundView } from '../../../shared/schemas/round';
import type { Actor } from '../../actor';
import type { Tx } from '../../db/tenant-scope';
import { findReportsOfPeriod } from '../../repositories/report-repository';
import { findMeasuresInUnits } from '../../repositories/round-repository';
import { loadTree } from '../load-access';
import { presentRound, requireVisibleRound, swedishToday } from './round-access';
import { roundMeasureState, summarizeRoundProgress } from './summarize-round-progress';

/**
 * The controller's view of a round: every due measure (all but those whose status is *utgår*) of the round's
 * subtree that the actor can read, where it stands, and the progress per unit and per person.
 */
export async function getRoundView(
  trx: Tx,
  actor: Actor,
  id: string,
  today: string = swedishToday(),
): Promise<TRoundView> {
  const { units, parents } = await loadTree(trx);
  const round = await requireVisibleRound(trx, actor, parents, id);
  const paths = unitPaths(units);
  const subtree = subtreeIds(units, round.orgUnitId);
  const visible = [...subtree].filter((unitId) => canReadUnit(actor, parents, unitId));
  const measures = (await findMeasuresInUnits(trx, round.planId, visible)).filter(
    (measure) => measure.status !== 'cancelled',
  );
  const reports = new Map(
    (
      await findReportsOfPeriod(
        trx,
        measures.map((m) => m.id),
        round.period,
      )
    ).map((report) => [report.measureId, report]),
  );
  const isPastDeadline = today > round.deadline;
  const rows: TRoundMeasure[] = measures.map((measure) => {
    const report = reports.get(measure.id);
    return {
      measureId: measure.id,
      code: measure.code,
      title: measure.title,
      orgUnitId: measure.orgUnitId,
      orgUnitPath: paths.get(measure.orgUnitId) ?? '',
      responsible: { userId: measure.responsibleUserId, name: measure.responsibleName },
      state: roundMeasureState(report, isPastDeadline),
      hasDraft: report?.isDraft ?? false,
      reportedByName: report?.reportedByName ?? null,
      reportedAt: report?.reportedAt.toISOString() ?? null,
    };
  });
  const progress = summarizeRoundProgress(
    rows,
    units.filter((unit) => subtree.has(unit.id)),
    paths,
  );
  const readable = new Set(visible);
  return {
    round: presentRound(round, paths, canManageUnit(actor, parents, round.orgUnitId)),
    isPastDeadline,
    ...progress,
    units: progress.units.filter((unit) => readable.has(unit.orgUnitId)),
    measures: rows,
  };
}
