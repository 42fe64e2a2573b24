import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken } from '../auth/sessions';
import { insertSession } from '../repositories/session-repository';
import { insertGrant, insertUser, updateUser } from '../repositories/user-repository';
import { createTestTenant } from '../test/factories';
import { openTestDatabase } from '../test/test-db';
import type { BalansDatabase } from './connect';
import { withSessionTenant, withTenant } from './tenant-scope';

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

describe('a request confined by its session (withSessionTenant)', () => {
  const missing = () => new Error('no live session');

  it('confines the transaction to the session tenant and reads the user with the grants', async () => {
    const { db } = database;
    const a = await createTestTenant(db, 'Region A');
    const b = await createTestTenant(db, 'Region B');
    const { user, unitId } = await withTenant(db, a.id, async (trx) => {
      const unit = await trx
        .insertInto('orgUnits')
        .values({ tenantId: a.id, name: 'Region A', kind: 'region', parentId: null })
        .returning('id')
        .executeTakeFirstOrThrow();
      const inserted = await insertUser(trx, a.id, {
        username: 'anna',
        name: 'Anna',
        email: null,
        passwordHash: null,
      });
      await insertGrant(trx, a.id, { userId: inserted.id, role: 'controller', orgUnitId: unit.id });
      return { user: inserted, unitId: unit.id };
    });
    await withTenant(db, b.id, (trx) =>
      trx.insertInto('orgUnits').values({ tenantId: b.id, name: 'Region B', kind: 'region' }).execute(),
    );
    await insertSession(db, {
      tokenHash: hashToken('token-a'),
      tenantId: a.id,
      userId: user.id,
      csrfToken: 'csrf-a',
      expiresAt: new Date(Date.now() + 3_600_000),
    });
    const seen = await withSessionTenant(db, hashToken('token-a'), missing, async (trx, session) => {
      const units = await sql<{ id: string }>`select id from org_units`.execute(trx);
      const role = await sql<{ role: string }>`select current_user as role`.execute(trx);
      return { session, units: units.rows.map((row) => row.id), role: role.rows[0]?.role };
    });
    expect(seen).toEqual({
      session: {
        tenantId: a.id,
        userId: user.id,
        csrfToken: 'csrf-a',
        userName: 'Anna',
        grants: [{ role: 'controller', orgUnitId: unitId }],
      },
      units: [unitId],
      role: 'balans_app',
    });
  });

  it('never runs the work for an unknown or expired session, or a disabled user', async () => {
    const { db } = database;
    const tenant = await createTestTenant(db);
    const user = await withTenant(db, tenant.id, (trx) =>
      insertUser(trx, tenant.id, { username: 'bo', name: 'Bo', email: null, passwordHash: null }),
    );
    const session = (token: string, expiresAt: Date) =>
      insertSession(db, {
        tokenHash: hashToken(token),
        tenantId: tenant.id,
        userId: user.id,
        csrfToken: 'c',
        expiresAt,
      });
    await session('expired', new Date(Date.now() - 1000));
    await session('live', new Date(Date.now() + 3_600_000));
    let ran = 0;
    const enter = (token: string) =>
      withSessionTenant(db, hashToken(token), missing, async () => {
        ran++;
      });
    await expect(enter('unknown')).rejects.toThrow('no live session');
    await expect(enter('expired')).rejects.toThrow('no live session');
    await enter('live');
    expect(ran).toBe(1);
    await withTenant(db, tenant.id, (trx) => updateUser(trx, user.id, { isActive: false }));
    await expect(enter('live')).rejects.toThrow('no live session');
    expect(ran).toBe(1);
  });
});
