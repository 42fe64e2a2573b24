import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AMOUNT_BOUND_MESSAGE, MAX_AMOUNT_KRONOR } from '../../shared/money';
import type { BalansDatabase } from '../db/connect';
import { withTenant } from '../db/tenant-scope';
import { buildTestApp, headers, logInAs, type Session, seedExampleTenant } from '../test/test-app';
import { openTestDatabase } from '../test/test-db';

/** Issue 11, item 2: no amount a user enters may exceed ±10^12 kr, whichever route it comes by. */

let database: BalansDatabase;
let app: FastifyInstance;
let planId: string;
let unitId: string;
let admin: Session;
let tenantId: string;

beforeAll(async () => {
  database = await openTestDatabase();
  app = await buildTestApp(database.db);
  const seeded = await seedExampleTenant(database.db, [
    { username: 'admin', role: 'admin', unitPath: 'Exempelregionen' },
  ]);
  planId = seeded.planId;
  tenantId = seeded.tenant.id;
  unitId = seeded.unitIds.get('Exempelregionen / Hälso- och sjukvård')!;
  admin = await logInAs(app, seeded.tenant.slug, 'admin');
});
afterAll(async () => {
  await app.close();
  await database.close();
});

type Method = 'POST' | 'PUT' | 'PATCH';
async function refusal(method: Method, url: string, payload: object) {
  const response = await app.inject({ method, url, headers: headers(admin), payload });
  expect(response.statusCode).toBe(400);
  const { error } = response.json() as {
    error: { message: string; details: { field: string; message: string }[] };
  };
  return error.details.filter((d) => d.message === AMOUNT_BOUND_MESSAGE).map((d) => d.field);
}

describe('the hard bound of one amount', () => {
  const beyond = MAX_AMOUNT_KRONOR + 1;

  it('refuses effects, investments, costs and cost shifts beyond it, naming the field', async () => {
    const fields = await refusal('POST', `/api/plans/${planId}/measures`, {
      code: 'B-1',
      title: 'För stor',
      orgUnitId: unitId,
      investment: -beyond,
      oneOffCost: beyond,
      runningCostPerYear: beyond,
      effects: [
        { year: 2024, costType: 'personnel', amount: MAX_AMOUNT_KRONOR },
        { year: 2025, costType: 'personnel', amount: -beyond },
      ],
      costShifts: [{ bearingOrgUnitId: unitId, year: 2024, amount: beyond }],
    });
    expect(fields.sort()).toEqual([
      'body.costShifts.0.amount',
      'body.effects.1.amount',
      'body.investment',
      'body.oneOffCost',
      'body.runningCostPerYear',
    ]);
    const atTheBound = await app.inject({
      method: 'POST',
      url: `/api/plans/${planId}/measures`,
      headers: headers(admin),
      payload: {
        code: 'B-2',
        title: 'Precis vid gränsen',
        orgUnitId: unitId,
        effects: [{ year: 2024, costType: 'personnel', amount: -MAX_AMOUNT_KRONOR }],
      },
    });
    expect(atTheBound.statusCode).toBe(201);
  });

  it('refuses targets, baselines, commitments and reports beyond it', async () => {
    expect(
      await refusal('PUT', `/api/plans/${planId}/targets`, {
        targets: [{ orgUnitId: null, year: 2024, amount: beyond }],
      }),
    ).toEqual(['body.targets.0.amount']);
    expect(
      await refusal('POST', '/api/plans', {
        name: 'Ny plan',
        firstYear: 2025,
        lastYear: 2027,
        convention: 'level',
        baselineAmount: beyond,
      }),
    ).toEqual(['body.baselineAmount']);
    expect(
      await refusal('PUT', `/api/plans/${planId}/commitments`, {
        orgUnitId: unitId,
        year: 2024,
        amount: beyond,
      }),
    ).toEqual(['body.amount']);
    expect(
      await refusal('PUT', `/api/measures/${unitId}/reports/2024-09`, {
        outcomeYtd: -beyond,
        forecastYear: beyond,
        status: 'green',
        isDraft: true,
      }),
    ).toEqual(['body.outcomeYtd', 'body.forecastYear']);
  });

  it('holds in the database too, whichever code path writes (migration 20261204-1102)', async () => {
    const created = await app.inject({
      method: 'POST',
      url: `/api/plans/${planId}/measures`,
      headers: headers(admin),
      payload: { code: 'B-3', title: 'Direkt i databasen', orgUnitId: unitId },
    });
    const { id } = created.json() as { id: string };
    for (const amount of [MAX_AMOUNT_KRONOR + 1, -MAX_AMOUNT_KRONOR - 1]) {
      await expect(
        withTenant(database.db, tenantId, (trx) =>
          sql`insert into measure_effects (tenant_id, measure_id, year, cost_type, amount)
              values (${tenantId}, ${id}, 2024, 'personnel', ${amount})`.execute(trx),
        ),
      ).rejects.toThrow(/measure_effects_amount_bound/);
    }
    await expect(
      withTenant(database.db, tenantId, (trx) =>
        sql`update measures set investment = ${MAX_AMOUNT_KRONOR + 1} where id = ${id}`.execute(trx),
      ),
    ).rejects.toThrow(/measures_investment_bound/);
  });
});
