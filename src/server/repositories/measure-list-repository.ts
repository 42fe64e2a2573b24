import { sql } from 'kysely';
import type { Category, MeasureStatus, SavingsType } from '../../shared/enums';
import type { Tx } from '../db/tenant-scope';

export interface MeasureFilter {
  planId: string;
  /** Only measures owned by these units (e.g. a subtree). */
  orgUnitIds?: readonly string[] | undefined;
  status?: MeasureStatus | undefined;
  category?: Category | undefined;
  savingsType?: SavingsType | undefined;
  group?: string | undefined;
  feasibility?: number | undefined;
  responsibleUserId?: string | undefined;
  /** Free text over code, title and description. */
  q?: string | undefined;
}

export const MEASURE_SORTS = ['code', 'title', 'status', 'updatedAt'] as const;
export type MeasureSort = (typeof MEASURE_SORTS)[number];

/** The ids of one page of matching measures, and how many match in all. */
export async function findMeasureIds(
  trx: Tx,
  filter: MeasureFilter,
  page: { limit: number; offset: number; sort: MeasureSort },
): Promise<{ ids: string[]; total: number }> {
  let query = trx.selectFrom('measuresAsOf').where('planId', '=', filter.planId);
  if (filter.orgUnitIds) {
    if (filter.orgUnitIds.length === 0) return { ids: [], total: 0 };
    query = query.where('orgUnitId', 'in', filter.orgUnitIds);
  }
  if (filter.status) query = query.where('status', '=', filter.status);
  if (filter.category) query = query.where('category', '=', filter.category);
  if (filter.savingsType) query = query.where('savingsType', '=', filter.savingsType);
  if (filter.group) query = query.where('groupName', '=', filter.group);
  if (filter.feasibility) query = query.where('feasibility', '=', filter.feasibility);
  if (filter.responsibleUserId) query = query.where('responsibleUserId', '=', filter.responsibleUserId);
  if (filter.q) {
    const pattern = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where((eb) =>
      eb.or([
        eb('code', 'ilike', pattern),
        eb('title', 'ilike', pattern),
        eb(sql<string>`coalesce(description, '')`, 'ilike', pattern),
      ]),
    );
  }
  const [count, rows] = await Promise.all([
    query.select((eb) => eb.fn.countAll<string>().as('count')).executeTakeFirstOrThrow(),
    query.select('id').orderBy(page.sort).orderBy('id').limit(page.limit).offset(page.offset).execute(),
  ]);
  return { ids: rows.map((row) => row.id), total: Number(count.count) };
}

/** Measure ids of a plan by code, for idempotent imports. */
export async function findMeasureIdsByCode(trx: Tx, planId: string): Promise<Map<string, string>> {
  const rows = await trx.selectFrom('measures').select(['id', 'code']).where('planId', '=', planId).execute();
  return new Map(rows.map((row) => [row.code, row.id]));
}

/** Which of `ids` are measures of the plan. */
export async function findMeasureIdsInPlan(
  trx: Tx,
  planId: string,
  ids: readonly string[],
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await trx
    .selectFrom('measures')
    .select('id')
    .where('planId', '=', planId)
    .where('id', 'in', ids)
    .execute();
  return new Set(rows.map((row) => row.id));
}

export async function findMeasureIdByCode(
  trx: Tx,
  planId: string,
  code: string,
): Promise<string | undefined> {
  const row = await trx
    .selectFrom('measures')
    .select('id')
    .where('planId', '=', planId)
    .where('code', '=', code)
    .executeTakeFirst();
  return row?.id;
}

/** Every measure id of a plan, optionally only those owned by `orgUnitIds` (e.g. the units a user may read). */
export async function findPlanMeasureIds(
  trx: Tx,
  planId: string,
  orgUnitIds?: readonly string[],
): Promise<string[]> {
  if (orgUnitIds?.length === 0) return [];
  let query = trx.selectFrom('measures').select('id').where('planId', '=', planId);
  if (orgUnitIds) query = query.where('orgUnitId', 'in', orgUnitIds);
  return (await query.orderBy('code').execute()).map((row) => row.id);
}
