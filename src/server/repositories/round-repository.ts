import { sql } from 'kysely';
import type { RoundStatus } from '../../shared/schemas/round';
import type { Tx } from '../db/tenant-scope';

/** A reporting round as stored, with the names of who opened and closed it. */
export interface RoundRecord {
  id: string;
  planId: string;
  period: string;
  orgUnitId: string;
  deadline: string;
  status: RoundStatus;
  openedBy: string | null;
  openedByName: string | null;
  openedAt: Date;
  closedBy: string | null;
  closedByName: string | null;
  closedAt: Date | null;
  version: number;
}

function selectRounds(trx: Tx) {
  return trx
    .selectFrom('reportingRounds as r')
    .leftJoin('users as o', 'o.id', 'r.openedBy')
    .leftJoin('users as c', 'c.id', 'r.closedBy')
    .select([
      'r.id',
      'r.planId',
      'r.period',
      'r.orgUnitId',
      'r.deadline',
      'r.status',
      'r.openedBy',
      'o.name as openedByName',
      'r.openedAt',
      'r.closedBy',
      'c.name as closedByName',
      'r.closedAt',
      'r.version',
    ]);
}

export async function findRound(trx: Tx, id: string): Promise<RoundRecord | undefined> {
  return (await selectRounds(trx).where('r.id', '=', id).executeTakeFirst()) as RoundRecord | undefined;
}

/** The plan's rounds, newest period first. */
export async function listRoundsOfPlan(trx: Tx, planId: string): Promise<RoundRecord[]> {
  return (await selectRounds(trx)
    .where('r.planId', '=', planId)
    .orderBy('r.period', 'desc')
    .orderBy('r.openedAt')
    .execute()) as RoundRecord[];
}

/** The plan's rounds for one period, open or closed, optionally only those at the given units. */
export async function findRoundsOfPeriod(
  trx: Tx,
  planId: string,
  period: string,
  options: { orgUnitIds?: readonly string[]; status?: RoundStatus } = {},
): Promise<RoundRecord[]> {
  if (options.orgUnitIds?.length === 0) return [];
  let query = selectRounds(trx).where('r.planId', '=', planId).where('r.period', '=', period);
  if (options.orgUnitIds) query = query.where('r.orgUnitId', 'in', options.orgUnitIds);
  if (options.status) query = query.where('r.status', '=', options.status);
  return (await query.execute()) as RoundRecord[];
}

/** Inserts a round; undefined when one exists for the same plan, period and unit (a concurrent open). */
export async function insertRound(
  trx: Tx,
  round: { tenantId: string; planId: string; period: string; orgUnitId: string; deadline: string },
  openedBy: string | null,
): Promise<string | undefined> {
  const row = await trx
    .insertInto('reportingRounds')
    .values({ ...round, openedBy })
    .onConflict((conflict) => conflict.columns(['planId', 'period', 'orgUnitId']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id;
}

/** Changes the status of the round at `version`; false when someone changed it first. */
export async function setRoundStatus(
  trx: Tx,
  id: string,
  version: number,
  change: { status: RoundStatus; closedBy: string | null; closedAt: Date | null },
): Promise<boolean> {
  const row = await trx
    .updateTable('reportingRounds')
    .set({ ...change, version: sql<number>`version + 1` })
    .where('id', '=', id)
    .where('version', '=', version)
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

/** A measure of a round's subtree, with its responsible person's current name when a user is linked. */
export interface RoundMeasureRecord {
  id: string;
  code: string;
  title: string;
  orgUnitId: string;
  status: string;
  responsibleUserId: string | null;
  responsibleName: string | null;
}

/** The plan's measures owned by the given units, in code order. */
export async function findMeasuresInUnits(
  trx: Tx,
  planId: string,
  orgUnitIds: readonly string[],
): Promise<RoundMeasureRecord[]> {
  if (orgUnitIds.length === 0) return [];
  return trx
    .selectFrom('measures as m')
    .leftJoin('users as u', 'u.id', 'm.responsibleUserId')
    .select(['m.id', 'm.code', 'm.title', 'm.orgUnitId', 'm.status', 'm.responsibleUserId'])
    .select((eb) => eb.fn.coalesce('u.name', 'm.responsibleName').as('responsibleName'))
    .where('m.planId', '=', planId)
    .where('m.orgUnitId', 'in', orgUnitIds)
    .orderBy('m.code')
    .execute();
}

/** What reporting on a measure needs to know about it: where it sits, who owns it, how its level runs. */
export interface ReportingMeasure {
  id: string;
  code: string;
  planId: string;
  orgUnitId: string;
  responsibleUserId: string | null;
  status: string;
  isTemporary: boolean;
  endMonth: string | null;
  effects: { year: number; costType: string; amount: number }[];
}

export async function findReportingMeasures(
  trx: Tx,
  measureIds: readonly string[],
): Promise<ReportingMeasure[]> {
  if (measureIds.length === 0) return [];
  const measures = await trx
    .selectFrom('measures')
    .select(['id', 'code', 'planId', 'orgUnitId', 'responsibleUserId', 'status', 'isTemporary', 'endMonth'])
    .where('id', 'in', measureIds)
    .execute();
  const effects = await trx
    .selectFrom('measureEffects')
    .select(['measureId', 'year', 'costType', 'amount'])
    .where('measureId', 'in', measureIds)
    .execute();
  const byMeasure = new Map<string, ReportingMeasure['effects']>();
  for (const { measureId, ...effect } of effects) {
    byMeasure.set(measureId, [...(byMeasure.get(measureId) ?? []), effect]);
  }
  return measures.map((measure) => ({ ...measure, effects: byMeasure.get(measure.id) ?? [] }));
}

/** How many of the plan's measures in these units are frozen for the period (by any round). */
export async function countFrozenInUnits(
  trx: Tx,
  planId: string,
  period: string,
  orgUnitIds: readonly string[],
): Promise<number> {
  if (orgUnitIds.length === 0) return 0;
  const row = await trx
    .selectFrom('frozenReports as f')
    .innerJoin('measures as m', 'm.id', 'f.measureId')
    .select((eb) => eb.fn.countAll<string>().as('count'))
    .where('m.planId', '=', planId)
    .where('m.orgUnitId', 'in', orgUnitIds)
    .where('f.period', '=', period)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/**
 * Freezes the period for every measure of the plan in these units, on behalf of the round. A pair another
 * round froze first (a measure moved in since) keeps that round's claim. Returns how many rows it wrote.
 */
export async function freezeMeasuresOfRound(
  trx: Tx,
  round: { id: string; planId: string; period: string },
  tenantId: string,
  orgUnitIds: readonly string[],
): Promise<number> {
  if (orgUnitIds.length === 0) return 0;
  const result = await trx
    .insertInto('frozenReports')
    .columns(['tenantId', 'measureId', 'period', 'roundId'])
    .expression((eb) =>
      eb
        .selectFrom('measures')
        .select([
          sql<string>`cast(${tenantId} as uuid)`.as('tenantId'),
          'id',
          sql<string>`cast(${round.period} as text)`.as('period'),
          sql<string>`cast(${round.id} as uuid)`.as('roundId'),
        ])
        .where('planId', '=', round.planId)
        .where('orgUnitId', 'in', orgUnitIds),
    )
    .onConflict((conflict) => conflict.columns(['measureId', 'period']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0);
}

/** Lifts the round's freeze; returns how many (measure, period) pairs it released. */
export async function unfreezeRound(trx: Tx, roundId: string): Promise<number> {
  const result = await trx.deleteFrom('frozenReports').where('roundId', '=', roundId).executeTakeFirst();
  return Number(result.numDeletedRows);
}
