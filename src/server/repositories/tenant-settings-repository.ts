import { sql } from 'kysely';
import type { Tx } from '../db/tenant-scope';

/** The tenant's configurable settings (SPEC §2, §4). Unset keys mean the documented defaults. */
export interface TenantSettings {
  /** The list of measure groups (*grupper*). */
  groups?: string[];
  /** Risk weight per feasibility 1, 2, 3 (default 0.9, 0.6, 0.3). */
  feasibilityWeights?: { 1: number; 2: number; 3: number };
  /** A submitted forecast that departs from the plan level by more than this (‰) needs a comment (default 100). */
  forecastDeviationCommentPermille?: number;
  /** A changed amount above this (kronor) asks for confirmation; unset: 10 % of the total planned level. */
  plausibilityLimit?: number;
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

/**
 * The tenant's total planned level: per year, the planned level of all its plans together (level plans: that
 * year's amounts; increment plans: the increments up to it; cancelled measures excluded), at its largest year.
 * The base of the default plausibility limit, so a rough figure of the whole organisation is what is wanted.
 */
export async function findTotalPlannedLevel(trx: Tx): Promise<number> {
  const row = await sql<{ total: string | null }>`
    select max(total)::text as total from (
      select y.year, sum(e.amount) as total
      from plans p
      cross join generate_series(p.first_year, p.last_year) as y(year)
      join measures m on m.plan_id = p.id and m.status <> 'cancelled'
      join measure_effects e on e.measure_id = m.id
        and (case when p.convention = 'level' then e.year = y.year else e.year <= y.year end)
      group by y.year
    ) per_year`.execute(trx);
  return Number(row.rows[0]?.total ?? 0);
}
