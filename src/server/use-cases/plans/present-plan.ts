import type { TPlan } from '../../../shared/schemas/plan';
import type { Tx } from '../../db/tenant-scope';
import { listPlanTargets, type PlanRecord } from '../../repositories/plan-repository';

export async function presentPlan(trx: Tx, plan: PlanRecord): Promise<TPlan> {
  return {
    ...plan,
    decidedAt: plan.decidedAt?.toISOString() ?? null,
    targets: await listPlanTargets(trx, plan.id),
  };
}
