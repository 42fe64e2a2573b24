import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestTenant } from '../test/factories';
import { openTestDatabase } from '../test/test-db';
import type { BalansDatabase } from './connect';
import { withTenant } from './tenant-scope';

let database: BalansDatabase;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

describe('row-level security', () => {
  it('keeps a tenant session away from another tenant rows, even in hand-written SQL', async () => {
    const { db } = database;
    const a = await createTestTenant(db, 'Region A');
    const b = await createTestTenant(db, 'Region B');
    const unitOfB = await withTenant(db, b.id, (trx) =>
      trx
        .insertInto('orgUnits')
        .values({ tenantId: b.id, name: 'Region B', kind: 'region', parentId: null })
        .returning('id')
        .executeTakeFirstOrThrow(),
    );

    await withTenant(db, a.id, async (trx) => {
      const seen = await sql<{ id: string }>`select id from org_units`.execute(trx);
      expect(seen.rows).toEqual([]);
      const tenants = await sql<{ id: string }>`select id from tenants`.execute(trx);
      expect(tenants.rows.map((row) => row.id)).toEqual([a.id]);
      const updated = await sql`update org_units set name = 'Kapad' where id = ${unitOfB.id}`.execute(trx);
      expect(updated.numAffectedRows).toBe(0n);
      const deleted = await sql`delete from org_units where tenant_id = ${b.id}`.execute(trx);
      expect(deleted.numAffectedRows).toBe(0n);
    });

    await expect(
      withTenant(db, a.id, (trx) =>
        sql`insert into org_units (tenant_id, name, kind) values (${b.id}, 'Intrång', 'unit')`.execute(trx),
      ),
    ).rejects.toThrow(/row-level security/);

    const stillThere = await withTenant(db, b.id, (trx) =>
      trx.selectFrom('orgUnits').select('name').where('id', '=', unitOfB.id).executeTakeFirstOrThrow(),
    );
    expect(stillThere.name).toBe('Region B');
  });

  it('sees nothing at all without a tenant', async () => {
    const { db } = database;
    const tenant = await createTestTenant(db);
    await withTenant(db, tenant.id, (trx) =>
      trx.insertInto('orgUnits').values({ tenantId: tenant.id, name: 'X', kind: 'region' }).execute(),
    );
    const rows = await db.transaction().execute(async (trx) => {
      await sql`select set_config('role', 'balans_app', true)`.execute(trx);
      return sql`select * from org_units`.execute(trx);
    });
    expect(rows.rows).toEqual([]);
  });
});
