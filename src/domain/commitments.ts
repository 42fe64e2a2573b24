import type { CommitmentState } from '../shared/enums';
import { type AccessActor, ancestry, type Grant, type ParentMap } from './access';

/**
 * Savings commitments (*åtgärdsbeting*, issue 12): who sets them, who answers them, and what they lack.
 * Pure rules; the use-cases in src/server/use-cases/commitments ask them.
 */

/** An admin at or above the unit, or a controller granted on a unit strictly above it: "the controller above". */
export function canSetCommitment(actor: AccessActor, parents: ParentMap, unitId: string): boolean {
  if (actor.isSystem) return true;
  const [, ...above] = ancestry(parents, unitId);
  const atOrAbove = new Set([unitId, ...above]);
  const strictlyAbove = new Set(above);
  return actor.grants.some(
    (grant) =>
      (grant.role === 'admin' && atOrAbove.has(grant.orgUnitId)) ||
      (grant.role === 'controller' && strictlyAbove.has(grant.orgUnitId)),
  );
}

/**
 * Only the responsible manager answers (accepts or declines) a commitment; when none is named, a manager
 * granted on the unit itself. Nobody answers on a manager's behalf, not even an admin.
 */
export function canAnswerCommitment(
  actor: Pick<AccessActor, 'userId'> & { grants: readonly Grant[] },
  commitment: { orgUnitId: string; managerUserId: string | null },
): boolean {
  if (actor.userId === null) return false;
  if (commitment.managerUserId !== null) return commitment.managerUserId === actor.userId;
  return actor.grants.some((grant) => grant.role === 'manager' && grant.orgUnitId === commitment.orgUnitId);
}

export function commitmentState(commitment: {
  acceptedAt: Date | null;
  declinedAt: Date | null;
}): CommitmentState {
  if (commitment.acceptedAt !== null) return 'accepted';
  if (commitment.declinedAt !== null) return 'declined';
  return 'pending';
}

/** What the measures lack to cover the commitment: commitment − figure when positive, else null. */
export function shortfall(commitment: number, covered: number): number | null {
  return commitment > covered ? commitment - covered : null;
}
