import { isTenantAdmin } from '../../../domain/access';
import type { TPlan, TPlanPatch } from '../../../shared/schemas/plan';
import type { Actor } from '../../actor';
import { auditEntry } from '../../audit';
import type { Tx } from '../../db/tenant-scope';
import { conflictOnDuplicate } from '../../db/unique-violation';
import { AppError, forbidden } from '../../errors';
import { appendAudit } from '../../repositories/audit-repository';
import {
  findEffectYearRange,
  findPlanByName,
  updatePlan as updatePlanRow,
} from '../../repositories/plan-repository';
import { guardFigureLimit } from '../figure-limit';
import { loadTree, requirePlan } from '../load-access';
import { planNameTaken } from './create-plan';
import { presentPlan } from './present-plan';

/**
 * Changes a plan's fields. The effect convention cannot change once measures exist: their amounts would
 * silently change meaning. Years cannot shrink past stored effects.
 */
export async function updatePlan(trx: Tx, actor: Actor, id: string, patch: TPlanPatch): Promise<TPlan> {
  const { units } = await loadTree(trx);
  if (!isTenantAdmin(actor, units)) throw forbidden('Bara en administratör kan ändra planer');
  const current = await requirePlan(trx, id);
  if (current.version !== patch.version) {
    throw new AppError('VERSION_CONFLICT', 'Planen har ändrats av någon annan sedan du öppnade den', {
      current: await presentPlan(trx, current),
    });
  }
  const { version: _version, ...change } = patch;
  const next = { ...current, ...change };
  if (next.lastYear < next.firstYear || next.lastYear - next.firstYear > 20) {
    throw new AppError(
      'VALIDATION',
      'Planens år är ogiltiga: sista året måste ligga 0–20 år efter det första',
    );
  }
  const effects = await findEffectYearRange(trx, id);
  if (effects !== null && (effects.minYear < next.firstYear || effects.maxYear > next.lastYear)) {
    throw new AppError(
      'VALIDATION',
      `Det finns effekter för åren ${effects.minYear}–${effects.maxYear}; planens år måste omfatta dem`,
    );
  }
  if (change.convention && change.convention !== current.convention && effects !== null) {
    throw new AppError(
      'VALIDATION',
      'Effektkonventionen kan inte ändras när planen har åtgärder med effekter',
    );
  }
  if (change.name && change.name !== current.name && (await findPlanByName(trx, change.name))) {
    throw planNameTaken(change.name);
  }
  const figures = await guardFigureLimit(trx);
  const updated = await conflictOnDuplicate(
    () => updatePlanRow(trx, id, current.version, change),
    () => planNameTaken(change.name ?? current.name),
  );
  if (!updated)
    throw new AppError('VERSION_CONFLICT', 'Planen ändrades samtidigt av någon annan; försök igen');
  await figures.check();
  await appendAudit(trx, [auditEntry(actor, 'plan', id, 'update', current, updated)]);
  return presentPlan(trx, updated);
}
