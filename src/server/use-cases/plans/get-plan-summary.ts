import { canReadAll, canReadUnit } from '../../../domain/access';
import type { TPlanSummary } from '../../../shared/schemas/summary';
import type { Actor } from '../../actor';
import type { Tx } from '../../db/tenant-scope';
import { forbidden } from '../../errors';
import { loadTree, requirePlan } from '../load-access';
import { type SummaryQuery, summarizePlan } from '../summarize-plan';

/**
 * The plan summary for an actor: figures for the whole organisation need access to all of it; otherwise
 * the caller names a unit he or she may read.
 */
export async function getPlanSummary(
  trx: Tx,
  actor: Actor,
  planId: string,
  query: SummaryQuery,
): Promise<TPlanSummary> {
  const plan = await requirePlan(trx, planId);
  const { units, parents } = await loadTree(trx);
  if (query.orgUnitId ? !canReadUnit(actor, parents, query.orgUnitId) : !canReadAll(actor, units)) {
    throw forbidden('Du har inte behörighet till hela organisationen; välj en enhet du har tillgång till');
  }
  return summarizePlan(trx, plan, query);
}
