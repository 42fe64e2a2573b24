import { formatSwedishDate } from '../../../shared/date-format';
import type { TDecision } from '../../../shared/schemas/decision';
import type { Actor } from '../../actor';
import type { Tx } from '../../db/tenant-scope';
import { listDecisions } from '../../repositories/decision-repository';
import { requirePlan } from '../load-access';

/**
 * Assignments (*uppdrag*) still open whose due day has passed in Swedish time (due before today), newest
 * meeting first. Public like every decision.
 */
export async function listAssignmentsPastDue(
  trx: Tx,
  _actor: Actor,
  query: { planId?: string | undefined },
  now: Date = new Date(),
): Promise<TDecision[]> {
  if (query.planId) await requirePlan(trx, query.planId);
  return listDecisions(trx, {
    planId: query.planId,
    kind: 'assignment',
    assignmentStatus: 'open',
    dueBefore: formatSwedishDate(now),
  });
}
