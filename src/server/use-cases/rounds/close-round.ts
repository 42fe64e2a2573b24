import { subtreeIds, unitPaths } from '../../../domain/org-tree';
import type { TRound } from '../../../shared/schemas/round';
import type { Actor } from '../../actor';
import { auditEntry } from '../../audit';
import { type Tx, transactionInstant } from '../../db/tenant-scope';
import { AppError } from '../../errors';
import { appendAudit } from '../../repositories/audit-repository';
import { findReportsOfPeriod } from '../../repositories/report-repository';
import {
  findMeasuresInUnits,
  findRound,
  freezeMeasuresOfRound,
  setRoundStatus,
} from '../../repositories/round-repository';
import { loadTree } from '../load-access';
import { checkManagedRound, presentRound, requireVisibleRound } from './round-access';

/**
 * Closes a round and freezes its period for every measure of the plan in its subtree: from then on the
 * database itself refuses any change to those reports. A round with unsubmitted drafts is not closed: a
 * frozen draft could never be submitted, and deleting it would make a manager's figures vanish unseen —
 * the controller has them submitted (or confirmed unchanged) first, so every frozen number was reported.
 */
export async function closeRound(trx: Tx, actor: Actor, id: string, version: number): Promise<TRound> {
  const { units, parents } = await loadTree(trx);
  const round = await requireVisibleRound(trx, actor, parents, id);
  const paths = unitPaths(units);
  checkManagedRound(actor, parents, round, version, paths);
  if (round.status === 'closed') throw new AppError('CONFLICT', 'Omgången är redan stängd');
  const subtree = [...subtreeIds(units, round.orgUnitId)];
  const measures = await findMeasuresInUnits(trx, round.planId, subtree);
  const codes = new Map(measures.map((measure) => [measure.id, measure.code]));
  const drafts = (await findReportsOfPeriod(trx, [...codes.keys()], round.period)).filter((r) => r.isDraft);
  if (drafts.length > 0) {
    throw new AppError(
      'CONFLICT',
      `Omgången kan inte stängas: ${drafts.length} utkast är inte inskickade. Skicka in dem eller bekräfta dem som oförändrade först`,
      {
        details: drafts.map((draft) => ({
          field: 'drafts',
          message: `${codes.get(draft.measureId)}: utkast av ${draft.reportedByName} är inte inskickat`,
        })),
      },
    );
  }
  const changed = await setRoundStatus(trx, id, version, {
    status: 'closed',
    closedBy: actor.userId,
    closedAt: await transactionInstant(trx),
  });
  if (!changed)
    throw new AppError('VERSION_CONFLICT', 'Omgången ändrades samtidigt av någon annan; försök igen');
  const frozenMeasures = await freezeMeasuresOfRound(trx, round, actor.tenantId, subtree);
  const closed = (await findRound(trx, id))!;
  await appendAudit(trx, [
    auditEntry(actor, 'reportingRound', id, 'update', round, { ...closed, frozenMeasures }),
  ]);
  return presentRound(closed, paths, true);
}
