import { commitmentState } from '../../../domain/commitments';
import type { TCommitment } from '../../../shared/schemas/commitment';
import type { CommitmentRecord } from '../../repositories/commitment-repository';

export function presentCommitment(
  commitment: CommitmentRecord,
  paths: ReadonlyMap<string, string>,
): TCommitment {
  return {
    id: commitment.id,
    planId: commitment.planId,
    orgUnitId: commitment.orgUnitId,
    orgUnitPath: paths.get(commitment.orgUnitId) ?? '',
    year: commitment.year,
    amount: commitment.amount,
    managerUserId: commitment.managerUserId,
    managerName: commitment.managerName,
    state: commitmentState(commitment),
    accepted:
      commitment.acceptedAt === null
        ? null
        : {
            byUserId: commitment.acceptedByUserId,
            byName: commitment.acceptedByName,
            at: commitment.acceptedAt.toISOString(),
          },
    acceptedAmount: commitment.acceptedAt === null ? null : commitment.acceptedAmount,
    declined:
      commitment.declinedAt === null
        ? null
        : {
            byName: commitment.declinedByName,
            at: commitment.declinedAt.toISOString(),
            reason: commitment.declineReason ?? '',
          },
    setByName: commitment.setByName,
    version: commitment.version,
  };
}
