import { readFile } from 'node:fs/promises';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TMeasureFollowUp } from '../../shared/schemas/measure-follow-up';
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

const KIRURGI = 'Exempelregionen / Hälso- och sjukvård / Division Kirurgi';

beforeAll(async () => {
  database = await openTestDatabase();
  const seeded = await seedExampleTenant(database.db, [
    { username: 'controller', role: 'controller', unitPath: 'Exempelregionen' },
    { username: 'chef', role: 'manager', unitPath: KIRURGI },
  ]);
  planId = seeded.planId;
  unitIds = seeded.unitIds;
  tenantId = seeded.tenant.id; // this file's own tenant: the PostgreSQL run shares one database
  app = await buildTestApp(database.db);
  controller = await logInAs(app, seeded.tenant.slug, 'controller');
  chef = await logInAs(app, seeded.tenant.slug, 'chef');
});
afterAll(async () => {
  await app.close();
  await database.close();
});

const get = <T>(session: Session, url: string) =>
  app.inject({ method: 'GET', url, headers: { cookie: session.cookie } }).then((response) => {
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as T;
  });

const followUp = (session: Session, query: string) =>
  get<TMeasureFollowUp>(session, `/api/plans/${planId}/measure-follow-up?${query}`);

const sum = (items: TMeasureFollowUp['items'], key: 'target' | 'forecast' | 'outcome' | 'deviation') =>
  items.reduce((total, item) => total + item[key], 0);

describe('GET /api/plans/:id/measure-follow-up', () => {
  it('has no period and no rows before anyone reported', async () => {
    expect(await followUp(controller, 'year=2024')).toEqual({ year: 2024, period: null, items: [] });
  });

  it('gives per measure target, outcome, forecast, deviation, status and staleness that add up to the summary', async () => {
    const csv = await readFile('demo/exempel-uppfoljning-2024.csv', 'utf8');
    const result = await importReports(database.db, systemActor(tenantId, 'test'), csv, { planId });
    expect(result.errors).toEqual([]);

    // Without a period: the latest of the year with reports.
    const latest = await followUp(controller, 'year=2024');
    expect(latest.period).toBe('2024-12');
    for (const period of ['2024-04', '2024-08', '2024-12', '2024-10']) {
      const body = await followUp(controller, `year=2024&period=${period}`);
      const summary = await get<TPlanSummary>(
        controller,
        `/api/plans/${planId}/summary?year=2024&by=unit&period=${period}`,
      );
      expect(body.period).toBe(period);
      expect(sum(body.items, 'target')).toBe(summary.total.planned);
      expect(sum(body.items, 'forecast')).toBe(summary.total.forecast);
      expect(sum(body.items, 'outcome')).toBe(summary.total.outcome);
      expect(body.items.filter((item) => item.isStale).length).toBe(summary.total.staleCount);
      for (const item of body.items) expect(item.deviation).toBe(item.forecast - item.target);
    }
    expect(sum(latest.items, 'forecast')).toBe(337_000_000);
    expect(sum(latest.items, 'deviation')).toBe(337_000_000 - 557_700_000);

    // One measure: its red report with its comment; a later period without reports makes it stale.
    const codes = new Map(
      (
        await database.db.selectFrom('measures').select(['id', 'code']).where('planId', '=', planId).execute()
      ).map((m) => [m.code, m.id]),
    );
    const hs04 = (body: TMeasureFollowUp) => body.items.find((item) => item.measureId === codes.get('HS-04'));
    expect(hs04(await followUp(controller, 'year=2024&period=2024-04'))).toMatchObject({
      status: 'red',
      reportPeriod: '2024-04',
      lastReportedPeriod: '2024-04',
      isStale: false,
      forecast: 8_000_000,
    });
  });

  it('shows a manager only his own measures, and refuses a unit he may not read', async () => {
    const mine = await followUp(chef, 'year=2024&period=2024-08');
    const kirurgi = unitIds.get(KIRURGI)!;
    const everyMeasure = await database.db
      .selectFrom('measures')
      .select('id')
      .where('planId', '=', planId)
      .execute();
    expect(mine.items.length).toBeGreaterThan(0);
    expect(mine.items.length).toBeLessThan(everyMeasure.length);
    const all = await followUp(controller, `year=2024&period=2024-08&orgUnitId=${kirurgi}`);
    expect(mine.items.map((i) => i.measureId).sort()).toEqual(all.items.map((i) => i.measureId).sort());
    const other = unitIds.get('Exempelregionen / Hälso- och sjukvård')!;
    const refused = await app.inject({
      method: 'GET',
      url: `/api/plans/${planId}/measure-follow-up?year=2024&orgUnitId=${other}`,
      headers: { cookie: chef.cookie },
    });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.message).toContain('behörighet');
  });
});
