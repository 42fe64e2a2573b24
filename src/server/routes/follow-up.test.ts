import { readFile } from 'node:fs/promises';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TForecastHistory } from '../../shared/schemas/forecast-history';
import type { TPlanSummary } from '../../shared/schemas/summary';
import { systemActor } from '../actor';
import type { BalansDatabase } from '../db/connect';
import { buildTestApp, logInAs, type Session, seedExampleTenant } from '../test/test-app';
import { openTestDatabase } from '../test/test-db';
import { importReports } from '../use-cases/reports/import-reports';

let database: BalansDatabase;
let app: FastifyInstance;
let planId: string;
let unitIds: Map<string, string>;
let controller: Session;
let chef: Session;
let tenantId: string;

beforeAll(async () => {
  database = await openTestDatabase();
  const seeded = await seedExampleTenant(database.db, [
    { username: 'controller', role: 'controller', unitPath: 'Exempelregionen' },
    {
      username: 'chef',
      role: 'manager',
      unitPath: 'Exempelregionen / Hälso- och sjukvård / Division Kirurgi',
    },
  ]);
  planId = seeded.planId;
  unitIds = seeded.unitIds;
  const csv = await readFile('demo/exempel-uppfoljning-2024.csv', 'utf8');
  tenantId = seeded.tenant.id; // this file's own tenant: the PostgreSQL run shares one database
  const result = await importReports(database.db, systemActor(tenantId, 'test'), csv, { planId });
  expect(result.errors).toEqual([]);
  app = await buildTestApp(database.db);
  controller = await logInAs(app, seeded.tenant.slug, 'controller');
  chef = await logInAs(app, seeded.tenant.slug, 'chef');
});
afterAll(async () => {
  await app.close();
  await database.close();
});

const history = (session: Session, query: string) =>
  app.inject({
    method: 'GET',
    url: `/api/plans/${planId}/forecast-history?${query}`,
    headers: { cookie: session.cookie },
  });

describe('GET /api/plans/:id/forecast-history', () => {
  it('shows how the plan forecast for 2024 moved from 337,0 to 310,7 and back to 337,0 mnkr', async () => {
    const response = await history(controller, 'year=2024');
    expect(response.statusCode).toBe(200);
    const body = response.json() as TForecastHistory;
    expect(body.planned).toBe(557_700_000);
    expect(body.points.map((p) => [p.period, p.forecast])).toEqual([
      ['2024-04', 337_000_000],
      ['2024-08', 310_700_000],
      ['2024-12', 337_000_000],
    ]);
    expect(body.points.every((p) => p.staleCount === 0)).toBe(true);
    // issue 11: each point says how many reports its period holds (Uppföljning opens at the latest such).
    expect(body.points.map((p) => p.reported)).toEqual([29, 29, 29]);
  });

  it('gives a unit subtree and a single measure, and equals the summary as of each period', async () => {
    const health = unitIds.get('Exempelregionen / Hälso- och sjukvård')!;
    const unit = (await history(controller, `year=2024&orgUnitId=${health}`)).json() as TForecastHistory;
    for (const point of unit.points) {
      const summary = await app.inject({
        method: 'GET',
        url: `/api/plans/${planId}/summary?year=2024&orgUnitId=${health}&period=${point.period}`,
        headers: { cookie: controller.cookie },
      });
      expect(summary.json().total.forecast).toBe(point.forecast);
    }
    const measures = await app.inject({
      method: 'GET',
      url: `/api/plans/${planId}/measures?q=HS-07`,
      headers: { cookie: chef.cookie },
    });
    const hs07 = (measures.json() as { items: { id: string }[] }).items[0]!;
    const one = (await history(chef, `year=2024&measureId=${hs07.id}`)).json() as TForecastHistory;
    expect(one.points).toHaveLength(3);
    expect(one.points.map((p) => p.reported)).toEqual([1, 1, 1]);
    expect(one.target).toBeNull();
  });

  it('names the latest month of the year with reports, and counts the measures per status as of a period', async () => {
    const summary = async (query: string) =>
      (
        await app.inject({
          method: 'GET',
          url: `/api/plans/${planId}/summary?${query}`,
          headers: { cookie: controller.cookie },
        })
      ).json() as TPlanSummary;
    // issue 11, item 7: the overview shows the follow-up as of this period (none reported for 2025)
    expect((await summary('year=2024')).latestReportedPeriod).toBe('2024-12');
    expect((await summary('year=2025')).latestReportedPeriod).toBeNull();
    const december = await summary('year=2024&period=2024-12');
    expect(december.latestReportedPeriod).toBe('2024-12');
    expect(december.total.statusCounts).toEqual({
      red: 24,
      yellow: 1,
      green: 4,
      done: 0,
      cancelled: 0,
      notReported: 0,
    });
    expect((await summary('year=2024&period=2024-04')).total.statusCounts).toEqual({
      red: 22,
      yellow: 3,
      green: 4,
      done: 0,
      cancelled: 0,
      notReported: 0,
    });
    // a year that has not begun: nobody has reported in it yet
    expect((await summary('year=2025&period=2025-01')).total.statusCounts).toMatchObject({
      red: 0,
      notReported: 29,
    });
    // a unit's subtree counts its own measures only
    const health = unitIds.get('Exempelregionen / Hälso- och sjukvård')!;
    const unit = (await summary(`year=2024&period=2024-12&orgUnitId=${health}`)).total.statusCounts!;
    const inUnit = Object.values(unit).reduce((sum, n) => sum + n, 0);
    expect(inUnit).toBeGreaterThan(0);
    expect(inUnit).toBeLessThan(29);
    expect((await summary('year=2024')).total.statusCounts).toBeUndefined();
    // as of an instant ("Visa per"): the same counts, read from the history views
    const asOf = encodeURIComponent(new Date().toISOString());
    const then = await summary(`year=2024&period=2024-12&asOf=${asOf}`);
    expect(then.total.statusCounts).toEqual(december.total.statusCounts);
    expect(then.latestReportedPeriod).toBe('2024-12');
  });

  it('refuses the whole organisation to a manager of one division', async () => {
    expect((await history(chef, 'year=2024')).statusCode).toBe(403);
  });

  it('lists the stale measures with owner and last reported period, the same ones the summary counts', async () => {
    const result = await importReports(
      database.db,
      systemActor(tenantId, 'test'),
      'Kod;Period;Utfall (tkr);Prognos (tkr);Status;Kommentar\nHS-01;2024-10;10000;18000;grön;',
      { planId },
    );
    expect(result.errors).toEqual([]);
    const response = await app.inject({
      method: 'GET',
      url: `/api/plans/${planId}/stale-measures?year=2024&period=2024-10`,
      headers: { cookie: controller.cookie },
    });
    expect(response.statusCode).toBe(200);
    const body = response.json() as {
      items: { code: string; lastReportedPeriod: string; responsibleName: string | null }[];
    };
    expect(body.items).toHaveLength(28);
    expect(body.items.map((i) => i.code)).not.toContain('HS-01');
    expect(body.items.every((i) => i.lastReportedPeriod === '2024-08')).toBe(true);
    expect(body.items.find((i) => i.code === 'HS-07')?.responsibleName).toBe('Divisionschef Kirurgi');
    const summary = await app.inject({
      method: 'GET',
      url: `/api/plans/${planId}/summary?year=2024&period=2024-10`,
      headers: { cookie: controller.cookie },
    });
    expect(summary.json().total.staleCount).toBe(28);
    const forbiddenForChef = await app.inject({
      method: 'GET',
      url: `/api/plans/${planId}/stale-measures?year=2024&period=2024-10`,
      headers: { cookie: chef.cookie },
    });
    expect(forbiddenForChef.statusCode).toBe(403);
  });
});

describe('GET /api/plans/:id/summary by cost type and by year, as of a period', () => {
  const summary = async (query: string) => {
    const response = await app.inject({
      method: 'GET',
      url: `/api/plans/${planId}/summary?${query}`,
      headers: { cookie: controller.cookie },
    });
    expect(response.statusCode).toBe(200);
    return response.json() as {
      total: { planned: number; forecast: number; outcome: number; staleCount: number };
      rows: {
        key: string;
        planned: number;
        forecast: number;
        outcome: number;
        stale: number;
        staleCount: number;
      }[];
    };
  };

  it('splits forecast and outcome in proportion to the planned cost types, never contradicting them', async () => {
    const body = await summary('year=2024&by=costType&period=2024-12');
    const row = (key: string) => body.rows.find((r) => r.key === key)!;
    // Before: the whole 337,0 mnkr under `unspecified` (planned 0) and 0 under the three planned cost types.
    expect(row('unspecified')).toMatchObject({ planned: 0, forecast: 0, outcome: 0 });
    expect(row('personnel')).toMatchObject({
      planned: 262_400_000,
      forecast: 148_406_000,
      outcome: 148_406_000,
    });
    expect(row('operating')).toMatchObject({
      planned: 244_800_000,
      forecast: 166_655_000,
      outcome: 166_655_000,
    });
    expect(row('revenue')).toMatchObject({ planned: 50_500_000, forecast: 21_939_000, outcome: 21_939_000 });
    const sum = (figure: 'forecast' | 'outcome' | 'planned') =>
      body.rows.reduce((acc, r) => acc + r[figure], 0);
    expect([sum('planned'), sum('forecast'), sum('outcome')]).toEqual([
      body.total.planned,
      body.total.forecast,
      body.total.outcome,
    ]);
    expect(body.total.forecast).toBe(337_000_000);
  });

  it('marks a past plan year without reports stale instead of counting its plan silently', async () => {
    const body = await summary('year=2024&by=year&period=2024-12');
    const row = (key: string) => body.rows.find((r) => r.key === key)!;
    // 2023 ended before 2024-12 and no measure reported for it: its 223,1 mnkr is the plan, flagged stale.
    expect(row('2023')).toMatchObject({ forecast: 223_080_000, stale: 223_080_000, staleCount: 29 });
    expect(row('2024')).toMatchObject({ forecast: 337_000_000, stale: 0, staleCount: 0 });
    // 2025 has not begun: its plan is no follow-up yet, but nothing was due either.
    expect(row('2025')).toMatchObject({ forecast: 510_700_000, stale: 0, staleCount: 0 });
    expect(body.total).toMatchObject({ forecast: 337_000_000, staleCount: 0 });
  });
});
