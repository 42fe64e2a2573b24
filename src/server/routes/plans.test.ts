import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TMeasure } from '../../shared/schemas/measure';
import type { TPlan } from '../../shared/schemas/plan';
import type { TPlanSummary } from '../../shared/schemas/summary';
import type { BalansDatabase } from '../db/connect';
import { buildTestApp, headers, logInAs, type Session, seedExampleTenant } from '../test/test-app';
import { openTestDatabase } from '../test/test-db';

let database: BalansDatabase;
let app: FastifyInstance;
let planId: string;
let admin: Session;
let controller: Session;
let topUnitId: string;

beforeAll(async () => {
  database = await openTestDatabase();
  app = await buildTestApp(database.db);
  const seeded = await seedExampleTenant(database.db, [
    { username: 'admin', role: 'admin', unitPath: 'Exempelregionen' },
    { username: 'controller', role: 'controller', unitPath: 'Exempelregionen' },
  ]);
  planId = seeded.planId;
  topUnitId = seeded.unitIds.get('Exempelregionen')!;
  admin = await logInAs(app, seeded.tenant.slug, 'admin');
  controller = await logInAs(app, seeded.tenant.slug, 'controller');
});
afterAll(async () => {
  await app.close();
  await database.close();
});

async function summary(query: string): Promise<TPlanSummary> {
  const response = await app.inject({
    method: 'GET',
    url: `/api/plans/${planId}/summary?${query}`,
    headers: headers(admin),
  });
  expect(response.statusCode).toBe(200);
  return response.json() as TPlanSummary;
}

describe('plans API', () => {
  it('keeps the plan as first decided as the original plan', async () => {
    const plan = (
      await app.inject({ method: 'GET', url: `/api/plans/${planId}`, headers: headers(admin) })
    ).json() as TPlan;
    expect(plan).toMatchObject({ status: 'draft', convention: 'level', firstYear: 2023, lastYear: 2025 });
    const refused = await app.inject({
      method: 'POST',
      url: `/api/plans/${planId}/decide`,
      headers: headers(controller),
      payload: { version: plan.version },
    });
    expect(refused.statusCode).toBe(403);
    const decided = await app.inject({
      method: 'POST',
      url: `/api/plans/${planId}/decide`,
      headers: headers(admin),
      payload: { version: plan.version },
    });
    expect(decided.statusCode).toBe(200);
    expect((decided.json() as TPlan).status).toBe('decided');

    const list = await app.inject({
      method: 'GET',
      url: `/api/plans/${planId}/measures?q=RU-01`,
      headers: headers(admin),
    });
    const measure = (list.json() as { items: TMeasure[] }).items[0]!;
    // A measure utgår only through a registered beslut (issue 12).
    const body = await app.inject({
      method: 'POST',
      url: '/api/decision-bodies',
      headers: headers(admin),
      payload: { name: 'Regionstyrelsen', orgUnitId: topUnitId },
    });
    const changed = await app.inject({
      method: 'POST',
      url: '/api/decisions',
      headers: headers(controller),
      payload: {
        bodyId: (body.json() as { id: string }).id,
        meetingDate: '2024-06-11',
        kind: 'decision',
        text: 'RU-01 utgår',
        measureIds: [measure.id],
        measureStatus: 'cancelled',
      },
    });
    expect(changed.statusCode, changed.body).toBe(201);

    const after = await summary('year=2024&by=unit');
    expect(after.total).toMatchObject({ planned: 557_700_000 - 1_000_000, originalPlanned: 557_700_000 });
    const row = after.rows.find((r) => r.key === 'Exempelregionen / Regional utveckling')!;
    expect(row).toMatchObject({ planned: 0, originalPlanned: 1_000_000 });
    const bySavingsType = await summary('year=2024&by=savingsType');
    expect(bySavingsType.rows.find((r) => r.key === 'rationing')).toMatchObject({
      planned: 113_000_000 - 1_000_000,
      originalPlanned: 113_000_000,
    });
  });

  it('creates plans, refuses a stale version and a convention change once effects exist', async () => {
    const created = await app.inject({
      method: 'POST',
      url: '/api/plans',
      headers: headers(admin),
      payload: { name: 'Omställning 2026–2028', firstYear: 2026, lastYear: 2028, convention: 'increment' },
    });
    expect(created.statusCode).toBe(201);
    const plan = created.json() as TPlan;
    const duplicate = await app.inject({
      method: 'POST',
      url: '/api/plans',
      headers: headers(admin),
      payload: { name: 'Omställning 2026–2028', firstYear: 2026, lastYear: 2028, convention: 'level' },
    });
    expect(duplicate.statusCode).toBe(409);
    const renamed = await app.inject({
      method: 'PATCH',
      url: `/api/plans/${plan.id}`,
      headers: headers(admin),
      payload: { version: plan.version, baselineAmount: -746_300_000, baselineText: 'Prognos 2025' },
    });
    expect(renamed.statusCode).toBe(200);
    const stale = await app.inject({
      method: 'PATCH',
      url: `/api/plans/${plan.id}`,
      headers: headers(admin),
      payload: { version: plan.version, name: 'X' },
    });
    expect(stale.statusCode).toBe(409);
    const convention = await app.inject({
      method: 'PATCH',
      url: `/api/plans/${planId}`,
      headers: headers(admin),
      payload: { version: 2, convention: 'increment' },
    });
    expect([400, 409]).toContain(convention.statusCode);
    const current = (
      await app.inject({ method: 'GET', url: `/api/plans/${planId}`, headers: headers(admin) })
    ).json() as TPlan;
    const refused = await app.inject({
      method: 'PATCH',
      url: `/api/plans/${planId}`,
      headers: headers(admin),
      payload: { version: current.version, convention: 'increment' },
    });
    expect(refused.statusCode).toBe(400);
    expect((refused.json() as { error: { message: string } }).error.message).toContain('Effektkonventionen');
  });

  it('sums an increment plan as levels', async () => {
    const created = (
      await app.inject({
        method: 'POST',
        url: '/api/plans',
        headers: headers(admin),
        payload: { name: 'Tillskottsplan', firstYear: 2020, lastYear: 2022, convention: 'increment' },
      })
    ).json() as TPlan;
    const units = (
      await app.inject({ method: 'GET', url: '/api/org-units', headers: headers(admin) })
    ).json() as {
      id: string;
      path: string;
    }[];
    const unit = units.find((u) => u.path === 'Exempelregionen / Tandvård')!;
    const measure = await app.inject({
      method: 'POST',
      url: `/api/plans/${created.id}/measures`,
      headers: headers(admin),
      payload: {
        code: 'V-1',
        title: 'Västerbotten-stil',
        orgUnitId: unit.id,
        effects: [
          { year: 2020, costType: 'operating', amount: 3_000_000 },
          { year: 2021, costType: 'operating', amount: 3_000_000 },
          { year: 2022, costType: 'operating', amount: 4_000_000 },
        ],
      },
    });
    expect(measure.statusCode).toBe(201);
    const byYear = (
      await app.inject({
        method: 'GET',
        url: `/api/plans/${created.id}/summary?year=2022&by=year`,
        headers: headers(admin),
      })
    ).json() as TPlanSummary;
    expect(byYear.convention).toBe('increment');
    expect(byYear.rows.map((r) => [r.key, r.planned])).toEqual([
      ['2020', 3_000_000],
      ['2021', 6_000_000],
      ['2022', 10_000_000],
    ]);
    expect(byYear.total.planned).toBe(10_000_000);
  });
});
