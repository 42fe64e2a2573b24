import { sql } from 'kysely';
import type { OrgUnitKind } from '../../shared/enums';
import type { Tx } from '../db/tenant-scope';
import { type BulkColumn, insertJsonRows } from './bulk-insert';

export interface OrgUnitRecord {
  id: string;
  parentId: string | null;
  name: string;
  kind: OrgUnitKind;
  code: string | null;
  version: number;
}

const COLUMNS = ['id', 'parentId', 'name', 'kind', 'code', 'version'] as const;

export async function listOrgUnits(trx: Tx): Promise<OrgUnitRecord[]> {
  const rows = await trx.selectFrom('orgUnitsAsOf').select(COLUMNS).execute();
  return rows as OrgUnitRecord[];
}

export async function findOrgUnit(trx: Tx, id: string): Promise<OrgUnitRecord | undefined> {
  const row = await trx.selectFrom('orgUnitsAsOf').select(COLUMNS).where('id', '=', id).executeTakeFirst();
  return row as OrgUnitRecord | undefined;
}

export async function insertOrgUnit(
  trx: Tx,
  tenantId: string,
  unit: { parentId: string | null; name: string; kind: OrgUnitKind; code: string | null },
): Promise<OrgUnitRecord> {
  const row = await trx
    .insertInto('orgUnits')
    .values({ tenantId, ...unit })
    .returning(COLUMNS)
    .executeTakeFirstOrThrow();
  return row as OrgUnitRecord;
}

/** Updates when `version` is still current; returns undefined when someone else changed the unit first. */
export async function updateOrgUnit(
  trx: Tx,
  id: string,
  version: number,
  change: { parentId: string | null; name: string; kind: OrgUnitKind; code: string | null },
): Promise<OrgUnitRecord | undefined> {
  const row = await trx
    .updateTable('orgUnits')
    .set((eb) => ({ ...change, version: eb('version', '+', 1), updatedAt: sql<Date>`balans_now()` }))
    .where('id', '=', id)
    .where('version', '=', version)
    .returning(COLUMNS)
    .executeTakeFirst();
  return row as OrgUnitRecord | undefined;
}

export async function deleteOrgUnit(trx: Tx, id: string): Promise<void> {
  await trx.deleteFrom('orgUnits').where('id', '=', id).execute();
}

/** Whether anything refers to the unit (children, measures, grants, targets), which forbids deleting it. */
export async function isOrgUnitInUse(trx: Tx, id: string): Promise<boolean> {
  const row = await trx
    .selectNoFrom((eb) => [
      eb
        .or([
          eb.exists(eb.selectFrom('orgUnits').select('id').where('parentId', '=', id)),
          eb.exists(eb.selectFrom('measures').select('id').where('orgUnitId', '=', id)),
          eb.exists(eb.selectFrom('roleGrants').select('id').where('orgUnitId', '=', id)),
          eb.exists(eb.selectFrom('planTargets').select('id').where('orgUnitId', '=', id)),
          eb.exists(eb.selectFrom('commitments').select('id').where('orgUnitId', '=', id)),
        ])
        .as('inUse'),
    ])
    .executeTakeFirstOrThrow();
  return Boolean(row.inUse);
}

const ORG_UNIT_COLUMNS: readonly BulkColumn[] = [
  ['tenant_id', 'uuid'],
  ['parent_id', 'uuid'],
  ['name', 'text'],
  ['kind', 'text'],
  ['code', 'text'],
];

/** Inserts many units in one statement (their parents must exist already); returns them in input order. */
export async function insertOrgUnits(
  trx: Tx,
  tenantId: string,
  units: readonly { parentId: string | null; name: string; kind: OrgUnitKind; code: string | null }[],
): Promise<OrgUnitRecord[]> {
  const inserted = await insertJsonRows<OrgUnitRecord>(
    trx,
    'org_units',
    ORG_UNIT_COLUMNS,
    units.map((unit) => ({
      tenant_id: tenantId,
      parent_id: unit.parentId,
      name: unit.name,
      kind: unit.kind,
      code: unit.code,
    })),
    ['id', 'parent_id', 'name', 'kind', 'code', 'version'],
  );
  // Siblings have distinct names (a unique index), so parent and name identify each new row.
  const key = (parentId: string | null, name: string) => `${parentId ?? ''}|${name}`;
  const byKey = new Map(inserted.map((unit) => [key(unit.parentId, unit.name), unit]));
  return units.map((unit) => byKey.get(key(unit.parentId, unit.name))!);
}

/** Which of `ids` are units of this tenant. */
export async function findExistingOrgUnitIds(trx: Tx, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await trx.selectFrom('orgUnits').select('id').where('id', 'in', ids).execute();
  return new Set(rows.map((row) => row.id));
}
