import { isTenantAdmin } from '../../../domain/access';
import type { TPlan } from '../../../shared/schemas/plan';
import type { Actor } from '../../actor';
import { auditEntry } from '../../audit';
import { type Tx, transactionInstant } from '../../db/tenant-scope';
import { AppError, forbidden } from '../../errors';
import { appendAudit } from '../../repositories/audit-repository';
import { hasOriginalPlan, snapshotOriginalPlan, updatePlan } from '../../repositories/plan-repository';
import { loadTree, requirePlan } from '../load-access';
import { presentPlan } from './present-plan';

/**
 * Marks the plan decided. The first decision keeps a copy of every measure's effects as the *original
 * plan*; later decisions (after a reopening) never overwrite it.
 */
export async function decidePlan(trx: Tx, actor: Actor, planId: string, version: number): Promise<TPlan> {
  const { units } = await loadTree(trx);
  if (!isTenantAdmin(actor, units)) throw forbidden('Bara en administratör kan markera planen som beslutad');
  const plan = await requirePlan(trx, planId);
  if (plan.version !== version) {
    throw new AppError('VERSION_CONFLICT', 'Planen har ändrats sedan du öppnade den', {
      current: await presentPlan(trx, plan),
    });
  }
  if (plan.status === 'decided') return presentPlan(trx, plan);
  if (!(await hasOriginalPlan(trx, planId))) await snapshotOriginalPlan(trx, planId);
  const decided = await updatePlan(trx, planId, version, {
    status: 'decided',
    decidedAt: await transactionInstant(trx),
  });
  if (!decided)
    throw new AppError('VERSION_CONFLICT', 'Planen ändrades samtidigt av någon annan; försök igen');
  await appendAudit(trx, [auditEntry(actor, 'plan', planId, 'update', plan, decided)]);
  return presentPlan(trx, decided);
}
