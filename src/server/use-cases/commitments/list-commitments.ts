import { canReadUnit } from '../../../domain/access';
import { unitPaths } from '../../../domain/org-tree';
import { compareSwedish } from '../../../shared/collation';
import type { CommitmentState } from '../../../shared/enums';
import type { TCommitment } from '../../../shared/schemas/commitment';
import type { Actor } from '../../actor';
import type { Tx } from '../../db/tenant-scope';
import { listCommitments as findCommitments } from '../../repositories/commitment-repository';
import { loadTree, requirePlan } from '../load-access';
import { presentCommitment } from './present-commitment';

export interface CommitmentFilter {
  year?: number | undefined;
  /** `notAccepted`: pending or declined. */
  state?: CommitmentState | 'notAccepted' | undefined;
}

/** The plan's commitments of the units the actor may read, by unit path and year, with their answers. */
export async function listCommitments(
  trx: Tx,
  actor: Actor,
  planId: string,
  filter: CommitmentFilter = {},
): Promise<TCommitment[]> {
  await requirePlan(trx, planId);
  const { units, parents } = await loadTree(trx);
  const paths = unitPaths(units);
  const isWanted = (state: CommitmentState) =>
    filter.state === undefined ||
    (filter.state === 'notAccepted' ? state !== 'accepted' : state === filter.state);
  return (await findCommitments(trx, planId, filter.year))
    .filter((commitment) => canReadUnit(actor, parents, commitment.orgUnitId))
    .map((commitment) => presentCommitment(commitment, paths))
    .filter((commitment) => isWanted(commitment.state))
    .sort((a, b) => compareSwedish(a.orgUnitPath, b.orgUnitPath) || a.year - b.year);
}
