import { canReadUnit } from '../../../domain/access';
import { subtreeIds } from '../../../domain/org-tree';
import type { TMeasure } from '../../../shared/schemas/measure';
import type { Actor } from '../../actor';
import type { Tx } from '../../db/tenant-scope';
import { forbidden } from '../../errors';
import {
  findMeasureIds,
  type MeasureFilter,
  type MeasureSort,
} from '../../repositories/measure-list-repository';
import { findMeasures } from '../../repositories/measure-repository';
import { loadTree, requirePlan } from '../load-access';

export interface ListMeasuresQuery extends Omit<MeasureFilter, 'planId' | 'orgUnitIds'> {
  /** Only measures in this unit's subtree. */
  orgUnitId?: string | undefined;
  limit: number;
  offset: number;
  sort: MeasureSort;
}

/** One page of a plan's measures that the actor may see, filtered, with the total count. */
export async function listMeasures(
  trx: Tx,
  actor: Actor,
  planId: string,
  query: ListMeasuresQuery,
): Promise<{ items: TMeasure[]; total: number }> {
  await requirePlan(trx, planId);
  const { units, parents } = await loadTree(trx);
  if (query.orgUnitId && !canReadUnit(actor, parents, query.orgUnitId)) {
    throw forbidden('Du har ingen behörighet till enheten');
  }
  const scope = query.orgUnitId ? subtreeIds(units, query.orgUnitId) : undefined;
  const visible = units
    .filter((unit) => (!scope || scope.has(unit.id)) && canReadUnit(actor, parents, unit.id))
    .map((unit) => unit.id);
  const { orgUnitId: _unit, limit, offset, sort, ...filters } = query;
  const { ids, total } = await findMeasureIds(
    trx,
    { ...filters, planId, orgUnitIds: visible },
    { limit, offset, sort },
  );
  const byId = new Map((await findMeasures(trx, ids)).map((measure) => [measure.id, measure]));
  return { items: ids.map((id) => byId.get(id)!), total };
}
