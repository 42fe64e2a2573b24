import type { TDecision } from '../../../shared/schemas/decision';
import type { Actor } from '../../actor';
import type { Tx } from '../../db/tenant-scope';
import { listDecisions as findDecisions } from '../../repositories/decision-repository';
import { requirePlan } from '../load-access';

export interface ListDecisionsQuery {
  planId?: string | undefined;
  /** Only decisions that link this measure. */
  measureId?: string | undefined;
}

/** Decisions, newest meeting first. Decisions are minutes of public meetings: everyone logged in may read them. */
export async function listDecisions(trx: Tx, _actor: Actor, query: ListDecisionsQuery): Promise<TDecision[]> {
  if (query.planId) await requirePlan(trx, query.planId);
  return findDecisions(trx, query);
}
