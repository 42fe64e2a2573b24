import type { OrgUnitKind } from '../../shared/enums';
import type { Tx } from '../db/tenant-scope';

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
  const rows = await trx.selectFrom('orgUnits').select(COLUMNS).orderBy('name').execute();
  return rows as OrgUnitRecord[];
}

export async function findOrgUnit(trx: Tx, id: string): Promise<OrgUnitRecord | undefined> {
  const row = await trx.selectFrom('orgUnits').select(COLUMNS).where('id', '=', id).executeTakeFirst();
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
    .set((eb) => ({ ...change, version: eb('version', '+', 1), updatedAt: new Date() }))
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
