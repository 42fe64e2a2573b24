import { sql } from 'kysely';
import type { TDecisionBodyInput } from '../../shared/schemas/decision-body';
import type { Tx } from '../db/tenant-scope';

/** A decision body as stored; the presenter adds the governed unit's path. */
export interface DecisionBodyRecord {
  id: string;
  name: string;
  orgUnitId: string;
  decisionLimit: number | null;
  sortOrder: number;
  active: boolean;
  version: number;
}

const COLUMNS = ['id', 'name', 'orgUnitId', 'decisionLimit', 'sortOrder', 'active', 'version'] as const;

function toRecord(row: {
  id: string;
  name: string;
  orgUnitId: string;
  decisionLimit: number | string | null;
  sortOrder: number;
  active: boolean;
  version: number;
}): DecisionBodyRecord {
  // PostgreSQL returns bigint as text: convert once, here.
  return { ...row, decisionLimit: row.decisionLimit === null ? null : Number(row.decisionLimit) };
}

/** The tenant's bodies in their configured order, then by name. */
export async function listDecisionBodies(trx: Tx): Promise<DecisionBodyRecord[]> {
  const rows = await trx
    .selectFrom('decisionBodies')
    .select(COLUMNS)
    .orderBy('sortOrder')
    .orderBy('name')
    .execute();
  return rows.map(toRecord);
}

export async function findDecisionBody(trx: Tx, id: string): Promise<DecisionBodyRecord | undefined> {
  const row = await trx.selectFrom('decisionBodies').select(COLUMNS).where('id', '=', id).executeTakeFirst();
  return row ? toRecord(row) : undefined;
}

export async function findDecisionBodyByName(trx: Tx, name: string): Promise<DecisionBodyRecord | undefined> {
  const row = await trx
    .selectFrom('decisionBodies')
    .select(COLUMNS)
    .where((eb) => eb(eb.fn('lower', ['name']), '=', name.toLowerCase()))
    .executeTakeFirst();
  return row ? toRecord(row) : undefined;
}

export async function insertDecisionBody(
  trx: Tx,
  tenantId: string,
  input: TDecisionBodyInput,
): Promise<string> {
  const row = await trx
    .insertInto('decisionBodies')
    .values({ tenantId, ...input })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Saves a body seen at `version`; undefined when someone else saved first (nothing changes then). */
export async function updateDecisionBody(
  trx: Tx,
  id: string,
  version: number,
  values: TDecisionBodyInput & { active: boolean },
): Promise<number | undefined> {
  const row = await trx
    .updateTable('decisionBodies')
    .set((eb) => ({ ...values, version: eb('version', '+', 1), updatedAt: sql<Date>`balans_now()` }))
    .where('id', '=', id)
    .where('version', '=', version)
    .returning('version')
    .executeTakeFirst();
  return row?.version;
}
