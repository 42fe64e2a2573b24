import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestTenant } from '../test/factories';
import { openTestDatabase } from '../test/test-db';
import type { BalansDatabase } from './connect';
import { databaseErrorOf } from './database-errors';
import { withTenant } from './tenant-scope';

let database: BalansDatabase;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

async function refusal(
  statement: (trx: Parameters<Parameters<typeof withTenant>[2]>[0]) => Promise<unknown>,
) {
  const tenant = await createTestTenant(database.db, `Region ${Math.random()}`);
  return withTenant(database.db, tenant.id, statement).then(
    () => undefined,
    (error: unknown) => error,
  );
}

describe('the database guards as errors users can act on', () => {
  it('a check constraint (a negative decision limit, written by hand) is a Swedish validation error', async () => {
    const error = await refusal(async (trx) => {
      const tenantId = (await sql<{ id: string }>`select id from tenants limit 1`.execute(trx)).rows[0]!.id;
      const unit = await sql<{ id: string }>`
        insert into org_units (tenant_id, name, kind) values (${tenantId}, 'Topp', 'region') returning id`.execute(
        trx,
      );
      await sql`
        insert into decision_bodies (tenant_id, name, org_unit_id, decision_limit)
        values (${tenantId}, 'Regionstyrelsen', ${unit.rows[0]!.id}, -1)`.execute(trx);
    });
    const mapped = databaseErrorOf(error);
    expect(mapped?.code).toBe('VALIDATION');
    expect(mapped?.message).toMatch(/utanför det tillåtna \(decision_bodies_decision_limit_check\); inget har sparats/);
  });

  it('anything else is left to the caller', () => {
    expect(databaseErrorOf(new Error('connection reset'))).toBeUndefined();
  });
});
