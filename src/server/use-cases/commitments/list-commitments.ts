import { canReadUnit } from '../../../domain/access';
import { unitPaths } from '../../../domain/org-tree';
import { compareSwedish } from '../../../shared/collation';
import type { TCommitment } from '../../../shared/schemas/commitment';
import type { Actor } from '../../actor';
import type { Tx } from '../../db/tenant-scope';
import { listCommitments as findCommitments } from '../../repositories/commitment-repository';
import { loadTree, requirePlan } from '../load-access';
import { presentCommitment } from './present-commitment';

/** The plan's commitments of the units the actor may read, by unit path and year, with their acceptance. */
export async function listCommitments(
  trx: Tx,
  actor: Actor,
  planId: string,
  year?: number | undefined,
): Promise<TCommitment[]> {
  await requirePlan(trx, planId);
  const { units, parents } = await loadTree(trx);
  const paths = unitPaths(units);
  return (await findCommitments(trx, planId, year))
    .filter((commitment) => canReadUnit(actor, parents, commitment.orgUnitId))
    .map((commitment) => presentCommitment(commitment, paths))
    .sort((a, b) => compareSwedish(a.orgUnitPath, b.orgUnitPath) || a.year - b.year);
}
