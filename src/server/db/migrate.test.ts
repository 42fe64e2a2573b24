import { sql } from 'kysely';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { openDatabase } from './connect';
import { migrateToLatest } from './migrate';
import { ADMIN_URL, createThrowAwayDatabase } from './test-global-setup';

async function isPostgresReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

async function tableNames(db: Awaited<ReturnType<typeof openDatabase>>['db']): Promise<string[]> {
  const result = await sql<{ tablename: string }>`
    select tablename from pg_tables where schemaname = 'public' and tablename not like 'kysely%' order by 1
  `.execute(db);
  return result.rows.map((row) => row.tablename);
}

const postgresReachable = await isPostgresReachable();

const EXPECTED_TABLES = [
  'audit_log',
  'commitments',
  'decisions',
  'measures',
  'org_units',
  'plans',
  'tenants',
  'users',
];

describe('migrations', () => {
  it('migrate an empty embedded database, and a second run changes nothing', async () => {
    const database = await openDatabase({ kind: 'pglite' });
    try {
      const first = await migrateToLatest(database.db);
      expect(first.applied.length).toBeGreaterThan(0);
      expect(await tableNames(database.db)).toEqual(expect.arrayContaining(EXPECTED_TABLES));
      expect((await migrateToLatest(database.db)).applied).toEqual([]);
    } finally {
      await database.close();
    }
  });

  it.runIf(postgresReachable)('migrate an empty PostgreSQL database with the same migrations', async () => {
    const throwAway = await createThrowAwayDatabase('balans_migrate');
    const database = await openDatabase({ kind: 'postgres', url: throwAway.url });
    try {
      const first = await migrateToLatest(database.db);
      expect(first.applied.length).toBeGreaterThan(0);
      expect(await tableNames(database.db)).toEqual(expect.arrayContaining(EXPECTED_TABLES));
      const rls = await sql<{ relname: string }>`
        select relname from pg_class where relrowsecurity and relname in ('measures', 'tenants', 'audit_log')
      `.execute(database.db);
      expect(rls.rows.map((row) => row.relname).sort()).toEqual(['audit_log', 'measures', 'tenants']);
    } finally {
      await database.close();
      await throwAway.drop();
    }
  });

  it('keeps the audit log append-only, even for the owner', async () => {
    const database = await openDatabase({ kind: 'pglite' });
    try {
      await migrateToLatest(database.db);
      const tenant = await database.db
        .insertInto('tenants')
        .values({ slug: 'a', name: 'A' })
        .returning('id')
        .executeTakeFirstOrThrow();
      await database.db
        .insertInto('auditLog')
        .values({ tenantId: tenant.id, actor: 'test', entity: 'x', entityId: tenant.id, action: 'create' })
        .execute();
      await expect(database.db.updateTable('auditLog').set({ actor: 'forged' }).execute()).rejects.toThrow(
        /append-only/,
      );
      await expect(database.db.deleteFrom('auditLog').execute()).rejects.toThrow(/append-only/);
    } finally {
      await database.close();
    }
  });
});
