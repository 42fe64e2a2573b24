import type { TDecision, TDecisionQuery } from '../../../shared/schemas/decision';
import type { Actor } from '../../actor';
import type { Tx } from '../../db/tenant-scope';
import { listDecisions as findDecisions } from '../../repositories/decision-repository';
import { requirePlan } from '../load-access';

/**
 * Decisions, newest meeting first, filtered by plan, linked measure, body, kind, meeting period and "only
 * noted". Decisions are minutes of public meetings: everyone logged in may read them.
 */
export async function listDecisions(trx: Tx, _actor: Actor, query: TDecisionQuery): Promise<TDecision[]> {
  if (query.planId) await requirePlan(trx, query.planId);
  const { onlyNoted, ...filter } = query;
  return findDecisions(trx, onlyNoted ? { ...filter, kind: 'noted' } : filter);
}
