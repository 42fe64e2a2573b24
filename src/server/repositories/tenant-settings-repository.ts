import type { Tx } from '../db/tenant-scope';

/** The tenant's configurable settings (SPEC §2, §4). Unset keys mean the documented defaults. */
export interface TenantSettings {
  /** The list of measure groups (*grupper*). */
  groups?: string[];
  /** Risk weight per feasibility 1, 2, 3 (default 0.9, 0.6, 0.3). */
  feasibilityWeights?: { 1: number; 2: number; 3: number };
  /** A submitted forecast that departs from the plan level by more than this (‰) needs a comment (default 100). */
  forecastDeviationCommentPermille?: number;
}

export async function findTenantSettings(trx: Tx): Promise<TenantSettings> {
  const row = await trx.selectFrom('tenantsAsOf').select('settings').executeTakeFirst();
  return (row?.settings ?? {}) as TenantSettings;
}

export async function saveTenantSettings(trx: Tx, settings: TenantSettings): Promise<void> {
  await trx
    .updateTable('tenants')
    .set({ settings: JSON.stringify(settings) })
    .execute();
}

export async function findTenantName(trx: Tx): Promise<{ id: string; slug: string; name: string }> {
  return trx.selectFrom('tenants').select(['id', 'slug', 'name']).executeTakeFirstOrThrow();
}

export async function renameTenant(trx: Tx, name: string): Promise<void> {
  await trx.updateTable('tenants').set({ name }).execute();
}
