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

const pause = () => new Promise((resolve) => setTimeout(resolve, 3));

/**
 * The database's own clock between two transactions: an instant at which the earlier one is known and the
 * later one is not. PGlite's clock counts milliseconds, so the instant keeps a few of them to either side.
 */
async function instant(): Promise<string> {
  await pause();
  const result = await sql<{ at: Date }>`select clock_timestamp() as at`.execute(database.db);
  await pause();
  return result.rows[0]!.at.toISOString();
}

async function seedMeasure(tenantId: string) {
  return withTenant(database.db, tenantId, async (trx) => {
    const unit = await trx
      .insertInto('orgUnits')
      .values({ tenantId, name: 'Region', kind: 'region', parentId: null })
      .returning('id')
      .executeTakeFirstOrThrow();
    const plan = await trx
      .insertInto('plans')
      .values({ tenantId, name: 'Plan', firstYear: 2024, lastYear: 2025, convention: 'level' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const measure = await trx
      .insertInto('measures')
      .values({ tenantId, planId: plan.id, code: 'A-1', title: 'Första', orgUnitId: unit.id })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('measureEffects')
      .values({ tenantId, measureId: measure.id, year: 2024, costType: 'personnel', amount: 1_000_000 })
      .execute();
    return { measureId: measure.id };
  });
}

async function titleAsOf(tenantId: string, measureId: string, asOf: string | undefined) {
  return withTenant(
    database.db,
    tenantId,
    async (trx) => {
      const measure = await trx
        .selectFrom('measuresAsOf')
        .select('title')
        .where('id', '=', measureId)
        .executeTakeFirst();
      const effects = await trx
        .selectFrom('measureEffectsAsOf')
        .select('amount')
        .where('measureId', '=', measureId)
        .execute();
      return { title: measure?.title ?? null, amounts: effects.map((e) => e.amount) };
    },
    { asOf },
  );
}

describe('history and as-of views', () => {
  it('shows every row as it was at any past instant, and the current rows without one', async () => {
    const tenant = await createTestTenant(database.db);
    const before = await instant();
    const { measureId } = await seedMeasure(tenant.id);
    const created = await instant();
    await withTenant(database.db, tenant.id, async (trx) => {
      await trx.updateTable('measures').set({ title: 'Andra' }).where('id', '=', measureId).execute();
      await trx
        .updateTable('measureEffects')
        .set({ amount: 2_000_000 })
        .where('measureId', '=', measureId)
        .execute();
    });
    const changed = await instant();
    await withTenant(database.db, tenant.id, (trx) =>
      trx.deleteFrom('measures').where('id', '=', measureId).execute(),
    );

    expect(await titleAsOf(tenant.id, measureId, before)).toEqual({ title: null, amounts: [] });
    expect(await titleAsOf(tenant.id, measureId, created)).toEqual({ title: 'Första', amounts: [1_000_000] });
    expect(await titleAsOf(tenant.id, measureId, changed)).toEqual({ title: 'Andra', amounts: [2_000_000] });
    expect(await titleAsOf(tenant.id, measureId, undefined)).toEqual({ title: null, amounts: [] });
    expect(await titleAsOf(tenant.id, measureId, await instant())).toEqual({ title: null, amounts: [] });
  });

  it('keeps history append-only, confined to its tenant, and refuses writes in an as-of transaction', async () => {
    const tenant = await createTestTenant(database.db);
    const other = await createTestTenant(database.db);
    const { measureId } = await seedMeasure(tenant.id);
    await withTenant(database.db, tenant.id, (trx) =>
      trx.updateTable('measures').set({ title: 'Ändrad' }).where('id', '=', measureId).execute(),
    );
    const rows = await withTenant(database.db, tenant.id, (trx) =>
      sql<{ title: string }>`select title from measures_history where id = ${measureId}`.execute(trx),
    );
    expect(rows.rows.map((row) => row.title)).toEqual(['Första']);
    await expect(
      withTenant(database.db, tenant.id, (trx) =>
        sql`update measures_history set title = 'Förfalskad' where id = ${measureId}`.execute(trx),
      ),
    ).rejects.toThrow(/permission denied/);
    // Even the owner of the tables (migrations, maintenance) cannot rewrite the past.
    await expect(
      sql`update measures_history set title = 'Förfalskad' where id = ${measureId}`.execute(database.db),
    ).rejects.toThrow(/append-only/);
    await expect(
      sql`delete from measures_history where id = ${measureId}`.execute(database.db),
    ).rejects.toThrow(/append-only/);
    const seenByOther = await withTenant(database.db, other.id, (trx) =>
      sql<{ id: string }>`select id from measures_history`.execute(trx),
    );
    expect(seenByOther.rows).toEqual([]);
    await expect(
      withTenant(
        database.db,
        tenant.id,
        (trx) => trx.updateTable('measures').set({ title: 'X' }).where('id', '=', measureId).execute(),
        { asOf: await instant() },
      ),
    ).rejects.toThrow(/read-only/);
  });

  it('archives submitted reports only: drafts saved as one types leave no history', async () => {
    const tenant = await createTestTenant(database.db);
    const { measureId } = await seedMeasure(tenant.id);
    const report = {
      tenantId: tenant.id,
      measureId,
      period: '2024-03',
      status: 'green',
      reportedByName: 'Chef',
    };
    await withTenant(database.db, tenant.id, (trx) =>
      trx
        .insertInto('measureReports')
        .values({ ...report, forecastYear: 100, isDraft: true })
        .execute(),
    );
    for (const forecastYear of [200, 300]) {
      await withTenant(database.db, tenant.id, (trx) =>
        trx.updateTable('measureReports').set({ forecastYear }).where('measureId', '=', measureId).execute(),
      );
    }
    await withTenant(database.db, tenant.id, (trx) =>
      trx.updateTable('measureReports').set({ isDraft: false }).where('measureId', '=', measureId).execute(),
    );
    const submitted = await instant();
    await withTenant(database.db, tenant.id, (trx) =>
      trx
        .updateTable('measureReports')
        .set({ forecastYear: 400 })
        .where('measureId', '=', measureId)
        .execute(),
    );
    const history = await withTenant(database.db, tenant.id, (trx) =>
      sql<{ forecastYear: number; isDraft: boolean }>`
        select forecast_year, is_draft from measure_reports_history where measure_id = ${measureId}`.execute(
        trx,
      ),
    );
    expect(history.rows).toEqual([{ forecastYear: 300, isDraft: false }]);
    const then = await withTenant(
      database.db,
      tenant.id,
      (trx) =>
        trx
          .selectFrom('measureReportsAsOf')
          .select('forecastYear')
          .where('measureId', '=', measureId)
          .execute(),
      { asOf: submitted },
    );
    expect(then).toEqual([{ forecastYear: 300 }]);
  });
});
