import { type ParentMap, parentMap } from '../../domain/access';
import type { Tx } from '../db/tenant-scope';
import { notFound } from '../errors';
import { listOrgUnits, type OrgUnitRecord } from '../repositories/org-unit-repository';
import { findPlan, type PlanRecord } from '../repositories/plan-repository';

/** The tenant's tree, as access rules need it. */
export async function loadTree(trx: Tx): Promise<{ units: OrgUnitRecord[]; parents: ParentMap }> {
  const units = await listOrgUnits(trx);
  return { units, parents: parentMap(units) };
}

export async function requirePlan(trx: Tx, planId: string): Promise<PlanRecord> {
  const plan = await findPlan(trx, planId);
  if (!plan) throw notFound('Planen');
  return plan;
}
