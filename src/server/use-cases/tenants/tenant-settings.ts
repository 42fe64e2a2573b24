import { isTenantAdmin } from '../../../domain/access';
import { defaultPlausibilityLimit } from '../../../domain/plausibility';
import type { TTenant } from '../../../shared/schemas/tenant';
import type { Actor } from '../../actor';
import { auditEntry } from '../../audit';
import type { Tx } from '../../db/tenant-scope';
import { forbidden } from '../../errors';
import { appendAudit } from '../../repositories/audit-repository';
import {
  findTenantName,
  findTenantSettings,
  findTotalPlannedLevel,
  renameTenant,
  saveTenantSettings,
  type TenantSettings,
} from '../../repositories/tenant-settings-repository';
import { loadTree } from '../load-access';

export async function getTenant(trx: Tx): Promise<TTenant> {
  const settings = await findTenantSettings(trx);
  const plausibilityLimit =
    settings.plausibilityLimit ?? defaultPlausibilityLimit(await findTotalPlannedLevel(trx));
  return { ...(await findTenantName(trx)), settings, plausibilityLimit };
}

/** Renames the organisation or changes its settings (groups, feasibility weights): tenant admins only. */
export async function updateTenant(
  trx: Tx,
  actor: Actor,
  change: { name?: string | undefined; settings?: TenantSettings | undefined },
): Promise<TTenant> {
  const { units } = await loadTree(trx);
  if (!isTenantAdmin(actor, units))
    throw forbidden('Bara en administratör kan ändra organisationens inställningar');
  const before = await getTenant(trx);
  if (change.name) await renameTenant(trx, change.name);
  if (change.settings) await saveTenantSettings(trx, { ...before.settings, ...change.settings });
  const after = await getTenant(trx);
  await appendAudit(trx, [auditEntry(actor, 'tenant', after.id, 'update', before, after)]);
  return after;
}
