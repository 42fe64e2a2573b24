import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../actor';
import type { BalansDatabase } from '../../db/connect';
import { withTenant } from '../../db/tenant-scope';
import { listOrgUnits } from '../../repositories/org-unit-repository';
import { findPlanByName } from '../../repositories/plan-repository';
import { openTestDatabase } from '../../test/test-db';
import { DEMO_PLAN, loadDemo } from '../load-demo';
import { importReports } from '../reports/import-reports';
import { openRound } from '../rounds/open-round';
import { summarizePlan } from '../summarize-plan';

let database: BalansDatabase;
let tenantId: string;

beforeAll(async () => {
  database = await openTestDatabase();
  await loadDemo(database.db, { tenant: 'demo-follow-up' });
  tenantId = (
    await database.db
      .selectFrom('tenants')
      .select('id')
      .where('slug', '=', 'demo-follow-up')
      .executeTakeFirstOrThrow()
  ).id;
});
afterAll(() => database.close());

const summary = (period: string, by: 'unit' | 'savingsType' = 'unit', asOf?: string) =>
  withTenant(
    database.db,
    tenantId,
    async (trx) => summarizePlan(trx, (await findPlanByName(trx, DEMO_PLAN))!, { year: 2024, by, period }),
    { asOf },
  );

/** An instant between two transactions (PGlite's clock counts milliseconds, so keep a few to either side). */
async function instant(): Promise<string> {
  await new Promise((resolve) => setTimeout(resolve, 3));
  const at = new Date().toISOString();
  await new Promise((resolve) => setTimeout(resolve, 3));
  return at;
}

describe('the follow-up summary of the demo', () => {
  it('gives the forecast of 2024 at tertial 1, the interim report and the year end, with the deviation', async () => {
    const totals = await Promise.all(
      ['2024-04', '2024-08', '2024-12'].map(async (p) => (await summary(p)).total),
    );
    expect(totals.map((t) => t.forecast)).toEqual([337_000_000, 310_700_000, 337_000_000]);
    expect(totals[1]).toMatchObject({
      target: 500_000_000,
      deviation: -189_300_000,
      stale: 0,
      staleCount: 0,
    });
    expect(totals.map((t) => t.planned)).toEqual([557_700_000, 557_700_000, 557_700_000]);
  });

  it('rolls up exactly: a unit row is its subtree, and the rows of a grouping add up to the total', async () => {
    const byUnit = await summary('2024-08');
    const health = byUnit.rows.find((r) => r.key === 'Exempelregionen / Hälso- och sjukvård')!;
    const children = byUnit.rows.filter((r) =>
      /^Exempelregionen \/ Hälso- och sjukvård \/ [^/]+$/.test(r.key),
    );
    const own = await withTenant(database.db, tenantId, (trx) =>
      trx
        .selectFrom('measureReports')
        .innerJoin('measures', 'measures.id', 'measureReports.measureId')
        .select((eb) => eb.fn.sum<number>('forecastYear').as('sum'))
        .where('measures.orgUnitId', '=', health.unitId!)
        .where('period', '=', '2024-08')
        .executeTakeFirstOrThrow(),
    );
    expect(health.forecast).toBe(
      children.reduce((sum, r) => sum + (r.forecast ?? 0), 0) + Number(own.sum ?? 0),
    );
    const bySavingsType = await summary('2024-08', 'savingsType');
    expect(bySavingsType.rows.reduce((sum, r) => sum + (r.forecast ?? 0), 0)).toBe(
      bySavingsType.total.forecast,
    );
  });

  it('marks measures that did not report in the latest period as stale, and never changes an earlier period', async () => {
    const before = await summary('2024-08');
    // The controller asks the whole organisation for October's reports; only HS-01 reports.
    await withTenant(database.db, tenantId, async (trx) => {
      const plan = (await findPlanByName(trx, DEMO_PLAN))!;
      const top = (await listOrgUnits(trx)).find((unit) => unit.parentId === null)!;
      await openRound(trx, systemActor(tenantId, 'test'), plan.id, {
        period: '2024-10',
        orgUnitId: top.id,
        deadline: '2024-11-08',
      });
    });
    const result = await importReports(
      database.db,
      systemActor(tenantId, 'test'),
      'Kod;Period;Utfall (tkr);Prognos (tkr);Status;Kommentar\nHS-01;2024-10;10000;18000;grön;',
    );
    expect(result.errors).toEqual([]);
    const october = await summary('2024-10');
    expect(october.total.staleCount).toBe(28);
    expect(october.total.staleSince).toBe('2024-08');
    const hs01August = 21_200_000; // HS-01 reported 21 200 tkr in 2024-08 (demo CSV) and 18 000 tkr in 2024-10
    expect(october.total.forecast).toBe(310_700_000 - hs01August + 18_000_000);
    expect(october.total.stale).toBe(310_700_000 - hs01August);
    expect(await summary('2024-08')).toEqual(before);
  });
});

describe("the summary as of an instant and with the tenant's settings", () => {
  it('shows exactly what was known then: later reports and plan changes leave it unchanged', async () => {
    const known = await instant();
    // November: a period the demo's closed rounds have not frozen.
    const before = await summary('2024-11', 'unit', known);
    const result = await importReports(
      database.db,
      systemActor(tenantId, 'test'),
      'Kod;Period;Utfall (tkr);Prognos (tkr);Status;Kommentar\nHS-02;2024-11;1000;1234;gul;Rättad',
    );
    expect(result.errors).toEqual([]);
    await withTenant(database.db, tenantId, (trx) =>
      trx
        .updateTable('measureEffects')
        .set((eb) => ({ amount: eb('amount', '+', 1_000_000) }))
        .where('measureId', 'in', (eb) => eb.selectFrom('measures').select('id').where('code', '=', 'HS-07'))
        .where('year', '=', 2024)
        .execute(),
    );
    const now = await summary('2024-11');
    expect(now.total.planned).toBe(before.total.planned + 1_000_000);
    expect(now.total.forecast).not.toBe(before.total.forecast);
    expect(await summary('2024-11', 'unit', known)).toEqual(before);
    expect(await summary('2024-11', 'unit', await instant())).toEqual(now);
  });

  it("weights the forecast by the tenant's feasibility weights, and as they were at the instant asked for", async () => {
    const setWeights = (weights: { 1: number; 2: number; 3: number } | undefined) =>
      withTenant(database.db, tenantId, (trx) =>
        trx
          .updateTable('tenants')
          .set({ settings: JSON.stringify(weights ? { feasibilityWeights: weights } : {}) })
          .execute(),
      );
    try {
      await setWeights({ 1: 1, 2: 1, 3: 1 });
      const full = await summary('2024-08');
      expect(full.total.riskWeighted).toBe(full.total.forecast);
      const fullAt = await instant();
      await setWeights({ 1: 0, 2: 0, 3: 0 });
      expect((await summary('2024-08')).total.riskWeighted).toBe(0);
      expect((await summary('2024-08', 'unit', fullAt)).total.riskWeighted).toBe(full.total.forecast);
    } finally {
      await setWeights(undefined);
    }
  });
});
