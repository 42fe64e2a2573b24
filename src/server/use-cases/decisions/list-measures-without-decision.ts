import { canReadUnit } from '../../../domain/access';
import type { TMeasureWithoutDecision } from '../../../shared/schemas/decision';
import type { Actor } from '../../actor';
import type { Tx } from '../../db/tenant-scope';
import { findMeasuresWithoutDecision } from '../../repositories/decision-repository';
import { loadTree, requirePlan } from '../load-access';

/**
 * The plan's measures, among those the actor may read, that no active decision (*beslut*) links to: an
 * assignment or a noted item does not decide a measure (SPEC §8, question 9).
 */
export async function listMeasuresWithoutDecision(
  trx: Tx,
  actor: Actor,
  planId: string,
): Promise<TMeasureWithoutDecision[]> {
  await requirePlan(trx, planId);
  const { units, parents } = await loadTree(trx);
  const visible = units.filter((unit) => canReadUnit(actor, parents, unit.id)).map((unit) => unit.id);
  return findMeasuresWithoutDecision(trx, planId, visible);
}
