import { readFile } from 'node:fs/promises';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TForecastHistory } from '../../shared/schemas/forecast-history';
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
