import { isTenantAdmin } from '../../../domain/access';
import type { TPlan } from '../../../shared/schemas/plan';
import type { Actor } from '../../actor';
import { auditEntry } from '../../audit';
import type { Tx } from '../../db/tenant-scope';
import { AppError, forbidden } from '../../errors';
import { appendAudit } from '../../repositories/audit-repository';
import { listPlanTargets, setPlanTarget } from '../../repositories/plan-repository';
import { guardFigureLimit } from '../figure-limit';
import { loadTree, requirePlan } from '../load-access';
import { presentPlan } from './present-plan';

export interface TargetChange {
  orgUnitId: string | null;
  year: number;
  /** null removes the target. */
  amount: number | null;
}

/** Sets the plan's target per year, and units' *sparbeting*, in one change. */
export async function setPlanTargets(
  trx: Tx,
  actor: Actor,
  planId: string,
  changes: readonly TargetChange[],
): Promise<TPlan> {
  const { units, parents } = await loadTree(trx);
  if (!isTenantAdmin(actor, units)) throw forbidden('Bara en administratör kan sätta mål');
  const plan = await requirePlan(trx, planId);
  const details = changes.flatMap((change, index) => [
    ...(change.year < plan.firstYear || change.year > plan.lastYear
      ? [
          {
            field: `targets.${index}.year`,
            message: `Året ligger utanför planens år ${plan.firstYear}–${plan.lastYear}`,
          },
        ]
      : []),
    ...(change.orgUnitId !== null && !parents.has(change.orgUnitId)
      ? [{ field: `targets.${index}.orgUnitId`, message: 'Enheten finns inte' }]
      : []),
  ]);
  if (details.length > 0)
    throw new AppError('VALIDATION', `Målen kan inte sparas: ${details[0]!.message}`, { details });
  const before = await listPlanTargets(trx, planId);
  const figures = await guardFigureLimit(trx);
  for (const change of changes) await setPlanTarget(trx, actor.tenantId, planId, change);
  await figures.check();
  const after = await listPlanTargets(trx, planId);
  await appendAudit(trx, [auditEntry(actor, 'planTargets', planId, 'update', before, after)]);
  return presentPlan(trx, plan);
}
