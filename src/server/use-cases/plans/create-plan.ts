import { isTenantAdmin } from '../../../domain/access';
import type { TPlan } from '../../../shared/schemas/plan';
import type { Actor } from '../../actor';
import { auditEntry } from '../../audit';
import type { Tx } from '../../db/tenant-scope';
import { conflictOnDuplicate } from '../../db/unique-violation';
import { AppError, forbidden } from '../../errors';
import { appendAudit } from '../../repositories/audit-repository';
import { findPlanByName, insertPlan, type PlanFields } from '../../repositories/plan-repository';
import { guardFigureLimit } from '../figure-limit';
import { loadTree } from '../load-access';
import { presentPlan } from './present-plan';

export function planNameTaken(name: string): AppError {
  return new AppError('CONFLICT', `Det finns redan en plan som heter "${name}"`, {
    details: [{ field: 'name', message: 'Namnet används redan' }],
  });
}

export async function createPlan(trx: Tx, actor: Actor, input: Omit<PlanFields, 'status'>): Promise<TPlan> {
  const { units } = await loadTree(trx);
  if (!isTenantAdmin(actor, units)) throw forbidden('Bara en administratör kan skapa planer');
  if (await findPlanByName(trx, input.name)) throw planNameTaken(input.name);
  const figures = await guardFigureLimit(trx);
  const plan = await conflictOnDuplicate(
    () => insertPlan(trx, actor.tenantId, { ...input, status: 'draft' }),
    () => planNameTaken(input.name),
  );
  await figures.check();
  await appendAudit(trx, [auditEntry(actor, 'plan', plan.id, 'create', null, plan)]);
  return presentPlan(trx, plan);
}
