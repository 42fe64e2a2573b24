import { canManageUnit } from '../../../domain/access';
import { unitPaths } from '../../../domain/org-tree';
import type { RoundStatus, TRound } from '../../../shared/schemas/round';
import type { Actor } from '../../actor';
import type { Tx } from '../../db/tenant-scope';
import { listRoundsOfPlan } from '../../repositories/round-repository';
import { loadTree, requirePlan } from '../load-access';
import { canSeeRound, presentRound } from './round-access';

/** The plan's rounds the actor can see, newest period first. */
export async function listRounds(
  trx: Tx,
  actor: Actor,
  planId: string,
  status?: RoundStatus,
): Promise<TRound[]> {
  await requirePlan(trx, planId);
  const { units, parents } = await loadTree(trx);
  const paths = unitPaths(units);
  return (await listRoundsOfPlan(trx, planId))
    .filter((round) => (!status || round.status === status) && canSeeRound(actor, parents, round))
    .map((round) => presentRound(round, paths, canManageUnit(actor, parents, round.orgUnitId)));
}
