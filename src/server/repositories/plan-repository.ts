import { sql } from 'kysely';
import type { EffectConvention, PlanStatus } from '../../shared/enums';
import type { Tx } from '../db/tenant-scope';

export interface PlanRecord {
  id: string;
  name: string;
  firstYear: number;
  lastYear: number;
  convention: EffectConvention;
  baselineAmount: number | null;
  baselineText: string | null;
  status: PlanStatus;
  decidedAt: Date | null;
  version: number;
}

const COLUMNS = [
  'id',
  'name',
  'firstYear',
  'lastYear',
  'convention',
  'baselineAmount',
  'baselineText',
  'status',
  'decidedAt',
  'version',
] as const;

export type PlanFields = Omit<PlanRecord, 'id' | 'version' | 'decidedAt'>;

export async function listPlans(trx: Tx): Promise<PlanRecord[]> {
  return (await trx.selectFrom('plansAsOf').select(COLUMNS).orderBy('name').execute()) as PlanRecord[];
}

export async function findPlan(trx: Tx, id: string): Promise<PlanRecord | undefined> {
  return (await trx.selectFrom('plansAsOf').select(COLUMNS).where('id', '=', id).executeTakeFirst()) as
    | PlanRecord
    | undefined;
}

export async function findPlanByName(trx: Tx, name: string): Promise<PlanRecord | undefined> {
  return (await trx.selectFrom('plans').select(COLUMNS).where('name', '=', name).executeTakeFirst()) as
    | PlanRecord
    | undefined;
}

export async function insertPlan(trx: Tx, tenantId: string, plan: PlanFields): Promise<PlanRecord> {
  return (await trx
    .insertInto('plans')
    .values({ tenantId, ...plan })
    .returning(COLUMNS)
    .executeTakeFirstOrThrow()) as PlanRecord;
}

/** Updates when `version` is still current; undefined when someone else changed the plan first. */
export async function updatePlan(
  trx: Tx,
  id: string,
  version: number,
  change: Partial<PlanFields> & { decidedAt?: Date | null },
): Promise<PlanRecord | undefined> {
  return (await trx
    .updateTable('plans')
    .set((eb) => ({ ...change, version: eb('version', '+', 1), updatedAt: sql<Date>`balans_now()` }))
    .where('id', '=', id)
    .where('version', '=', version)
    .returning(COLUMNS)
    .executeTakeFirst()) as PlanRecord | undefined;
}

export interface PlanTargetRecord {
  orgUnitId: string | null;
  year: number;
  amount: number;
}

export async function listPlanTargets(trx: Tx, planId: string): Promise<PlanTargetRecord[]> {
  return trx
    .selectFrom('planTargetsAsOf')
    .select(['orgUnitId', 'year', 'amount'])
    .where('planId', '=', planId)
    .orderBy('year')
    .execute();
}

/** Sets (or with amount null, removes) the target of the whole plan (orgUnitId null) or of a unit in a year. */
export async function setPlanTarget(
  trx: Tx,
  tenantId: string,
  planId: string,
  target: { orgUnitId: string | null; year: number; amount: number | null },
): Promise<void> {
  let remove = trx.deleteFrom('planTargets').where('planId', '=', planId).where('year', '=', target.year);
  remove =
    target.orgUnitId === null
      ? remove.where('orgUnitId', 'is', null)
      : remove.where('orgUnitId', '=', target.orgUnitId);
  await remove.execute();
  if (target.amount === null) return;
  await trx
    .insertInto('planTargets')
    .values({ tenantId, planId, orgUnitId: target.orgUnitId, year: target.year, amount: target.amount })
    .execute();
}

/** Keeps the plan as decided, so that every later view can compare with the original plan (SPEC §2). */
export async function snapshotOriginalPlan(trx: Tx, planId: string): Promise<void> {
  await trx.deleteFrom('planOriginalEffects').where('planId', '=', planId).execute();
  await sql`
    insert into plan_original_effects (tenant_id, plan_id, measure_id, code, org_unit_id, category, group_name,
      savings_type, feasibility, is_temporary, end_month, status, programme_ids, year, cost_type, amount)
    select m.tenant_id, m.plan_id, m.id, m.code, m.org_unit_id, m.category, m.group_name, m.savings_type,
      m.feasibility, m.is_temporary, m.end_month, m.status,
      coalesce((select array_agg(mp.programme_id) from measure_programmes mp where mp.measure_id = m.id), '{}'),
      e.year, e.cost_type, e.amount
    from measures m join measure_effects e on e.measure_id = m.id
    where m.plan_id = ${planId}
  `.execute(trx);
}

export async function hasOriginalPlan(trx: Tx, planId: string): Promise<boolean> {
  const row = await trx
    .selectFrom('planOriginalEffectsAsOf')
    .select('planId')
    .where('planId', '=', planId)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** The first and last year any measure of the plan has an effect for (null when none). */
export async function findEffectYearRange(
  trx: Tx,
  planId: string,
): Promise<{ minYear: number; maxYear: number } | null> {
  const row = await trx
    .selectFrom('measureEffects')
    .innerJoin('measures', 'measures.id', 'measureEffects.measureId')
    .select((eb) => [
      eb.fn.min<number>('measureEffects.year').as('minYear'),
      eb.fn.max<number>('measureEffects.year').as('maxYear'),
    ])
    .where('measures.planId', '=', planId)
    .executeTakeFirst();
  return row?.minYear != null && row.maxYear != null ? { minYear: row.minYear, maxYear: row.maxYear } : null;
}
