import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COST_TYPES } from '../../shared/enums';
import { FIGURE_LIMIT_KRONOR, MAX_AMOUNT_KRONOR } from '../../shared/money';
import type { TPlan } from '../../shared/schemas/plan';
import { systemActor } from '../actor';
import type { BalansDatabase } from '../db/connect';
import { withTenant } from '../db/tenant-scope';
import { findFigureBound } from '../repositories/figure-limit-repository';
import { expectAllFigures200, readFigureRoutes } from '../test/figure-routes';
import { type FigureTenant, HS, seedFigureTenant } from '../test/figure-tenant';
import { handMadeWorkbook } from '../test/hand-made-workbook';
import type { Session } from '../test/test-app';
import { openTestDatabase } from '../test/test-db';
import { importPlan } from '../use-cases/import-plan';
import { importReports } from '../use-cases/reports/import-reports';

/**
 * Issue 11, item 3: no write, however large its amounts, may make a figure fail. Every write that would take
 * the tenant's figure bound past FIGURE_LIMIT_KRONOR is refused whole, and every figure route keeps answering
 * 200 for everyone else — through the API, the plan import and the reports CSV.
 */

const LIMIT = BigInt(FIGURE_LIMIT_KRONOR);
let database: BalansDatabase;
let app: FastifyInstance;
let tenantId: string;
let planId: string;
let plan: TPlan;
let unitId: string;
const as: Record<string, Session> = {};
let serial = 0;
let call: FigureTenant['call'];

beforeAll(async () => {
  database = await openTestDatabase();
  const tenant = await seedFigureTenant(database);
  ({ app, tenantId, planId, unitId, call } = tenant);
  Object.assign(as, tenant.as);
  plan = (await call('admin', 'GET', `/api/plans/${planId}`)).json() as TPlan;
});
afterAll(async () => {
  await app.close();
  await database.close();
});

const bound = () => withTenant(database.db, tenantId, (trx) => findFigureBound(trx));
const measureCount = async () =>
  ((await call('admin', 'GET', `/api/plans/${planId}/measures?limit=1`)).json() as { total: number }).total;

const figureStatuses = () => readFigureRoutes(app, as.politiker!, planId, unitId);

const years = () => Array.from({ length: plan.lastYear - plan.firstYear + 1 }, (_, i) => plan.firstYear + i);

function newMeasure(effects: { year: number; costType: string; amount: number }[]) {
  serial++;
  return { code: `GR-${serial}`, title: `Gränsåtgärd ${serial}`, orgUnitId: unitId, effects };
}

/** Creates measures of full-size effects until the bound is exactly LIMIT − headroom. */
async function fillTo(headroom: bigint) {
  for (;;) {
    const missing = LIMIT - headroom - (await bound());
    if (missing <= 0n) break;
    const effects = [];
    let left = missing;
    for (const year of years()) {
      for (const costType of COST_TYPES) {
        if (left === 0n) break;
        const amount = left > BigInt(MAX_AMOUNT_KRONOR) ? BigInt(MAX_AMOUNT_KRONOR) : left;
        effects.push({ year, costType, amount: (effects.length % 2 === 0 ? 1 : -1) * Number(amount) });
        left -= amount;
      }
    }
    expect(
      (await call('admin', 'POST', `/api/plans/${planId}/measures`, newMeasure(effects))).statusCode,
    ).toBe(201);
  }
  expect(await bound()).toBe(LIMIT - headroom);
}

const HEADROOM = 500_000_000_000n;

describe('sums that could overflow', () => {
  it('fills the tenant up to just below the limit, and every figure still answers 200', async () => {
    await fillTo(HEADROOM);
    expectAllFigures200(await figureStatuses());
  });

  it('refuses a measure, a report and a target that would pass the limit, changing nothing', async () => {
    const count = await measureCount();
    const tooMuch = newMeasure([{ year: plan.firstYear, costType: 'personnel', amount: -MAX_AMOUNT_KRONOR }]);
    const created = await call('admin', 'POST', `/api/plans/${planId}/measures`, tooMuch);
    expect(created.statusCode).toBe(400);
    expect((created.json() as { error: { message: string } }).error.message).toMatch(
      /^Ändringen sparades inte: organisationens belopp skulle tillsammans bli 100 500 000 000 000 kr, mer än Balans kan summera säkert/,
    );
    expect(await measureCount()).toBe(count);

    const mine = await call('chef', 'GET', `/api/plans/${planId}/measures?q=HS-07`);
    const own = (mine.json() as { items: { id: string; version: number }[] }).items[0]!;
    const patched = await call('chef', 'PATCH', `/api/measures/${own.id}`, {
      version: own.version,
      effects: [{ year: plan.firstYear, costType: 'operating', amount: MAX_AMOUNT_KRONOR }],
    });
    expect(patched.statusCode).toBe(400);
    const report = await call('chef', 'PUT', `/api/measures/${own.id}/reports/2024-09`, {
      outcomeYtd: 0,
      forecastYear: MAX_AMOUNT_KRONOR,
      status: 'green',
      isDraft: true,
    });
    expect(report.statusCode).toBe(400);

    const targets = await call('admin', 'PUT', `/api/plans/${planId}/targets`, {
      targets: [{ orgUnitId: unitId, year: plan.firstYear, amount: MAX_AMOUNT_KRONOR }],
    });
    expect(targets.statusCode).toBe(400);
    const after = (await call('admin', 'GET', `/api/plans/${planId}`)).json() as TPlan;
    expect(after.targets).toEqual(plan.targets);
    expect(await bound()).toBe(LIMIT - HEADROOM);
    expectAllFigures200(await figureStatuses());
  });

  it('refuses a reports CSV that would pass the limit, at the line of its largest amount', async () => {
    const csv = [
      'Kod;Period;Utfall (tkr);Prognos (tkr);Status;Kommentar',
      'HS-07;2024-10;1;2;grön;',
      'HS-11;2024-10;1;−900 000 000;gul;',
    ].join('\n');
    const result = await importReports(database.db, systemActor(tenantId, 'test'), csv, { planId });
    expect(result.imported).toBe(0);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatchObject({ line: 3 });
    expect(result.errors[0]!.message).toContain('sparades inte');
    expect(await bound()).toBe(LIMIT - HEADROOM);
    expectAllFigures200(await figureStatuses());
  });

  it('refuses a plan workbook that would pass the limit, creating no plan and no unit', async () => {
    const header = ['Kod', 'Åtgärd', 'Enhet', 'Personal 2024 (tkr)', 'Drift 2024 (tkr)'];
    const bytes = await handMadeWorkbook({
      Åtgärder: [header, ['X-1', 'Liten', `${HS} / Ny enhet`, 10, 0], ['X-2', 'Stor', HS, 600_000_000, -1]],
    });
    const plansBefore = ((await call('admin', 'GET', '/api/plans')).json() as unknown[]).length;
    const result = await importPlan(database.db, systemActor(tenantId, 'test'), {
      bytes,
      fileName: 'stor-plan.xlsx',
    });
    expect(result.plan).toBeNull();
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatchObject({ cell: 'Åtgärder!A3' });
    expect(result.errors[0]!.message).toContain('sparades inte');
    expect(((await call('admin', 'GET', '/api/plans')).json() as unknown[]).length).toBe(plansBefore);
    expect(await bound()).toBe(LIMIT - HEADROOM);
    expectAllFigures200(await figureStatuses());
  });

  it('accepts exactly what fits and refuses anything more, for generated extreme amounts', async () => {
    const extreme = fc.oneof(
      fc.constantFrom(MAX_AMOUNT_KRONOR, -MAX_AMOUNT_KRONOR, MAX_AMOUNT_KRONOR - 1, 1),
      fc.integer({ min: -MAX_AMOUNT_KRONOR, max: MAX_AMOUNT_KRONOR }),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.record({ at: fc.nat(years().length * COST_TYPES.length - 1), amount: extreme }), {
          selector: (e) => e.at,
          minLength: 1,
          maxLength: 8,
        }),
        async (cells) => {
          const effects = cells.map(({ at, amount }) => ({
            year: years()[Math.floor(at / COST_TYPES.length)]!,
            costType: COST_TYPES[at % COST_TYPES.length]!,
            amount,
          }));
          const before = await bound();
          const count = await measureCount();
          const grows = effects.reduce((sum, e) => sum + BigInt(Math.abs(e.amount)), 0n);
          const response = await call('admin', 'POST', `/api/plans/${planId}/measures`, newMeasure(effects));
          if (before + grows > LIMIT) {
            expect(response.statusCode).toBe(400);
            expect(await bound()).toBe(before);
            expect(await measureCount()).toBe(count);
          } else {
            expect(response.statusCode).toBe(201);
            expect(await bound()).toBe(before + grows);
          }
          expect(await bound()).toBeLessThanOrEqual(LIMIT);
          expectAllFigures200(await figureStatuses());
        },
      ),
      { numRuns: 8 },
    );
  });

  it('older data beyond the limit: no figure answers 500, and an admin can still reduce the amounts', async () => {
    const huge = await call('admin', 'POST', `/api/plans/${planId}/measures`, newMeasure([]));
    expect(huge.statusCode).toBe(201);
    const { id, version } = huge.json() as { id: string; version: number };
    // what the issue saw, stored before the limit existed (each amount was within the old 10^15 per amount);
    // the bound of migration 20261204-1102 checks only rows written after it, so it is lifted for the insert
    await sql`alter table measure_effects drop constraint measure_effects_amount_bound`.execute(database.db);
    await withTenant(database.db, tenantId, (trx) =>
      sql`insert into measure_effects (tenant_id, measure_id, year, cost_type, amount)
          values (${tenantId}, ${id}, 2024, 'personnel', 600000000000000),
                 (${tenantId}, ${id}, 2024, 'operating', 500000000000000),
                 (${tenantId}, ${id}, 2025, 'personnel', -1000000000000000)`.execute(trx),
    );
    await sql`alter table measure_effects add constraint measure_effects_amount_bound
      check (amount between -1000000000000 and 1000000000000) not valid`.execute(database.db);
    const statuses = await figureStatuses();
    // a clear answer (422 for a figure, 400 "Scenariot kan inte beräknas" for the scenario), never 500
    expect(Object.values(statuses).filter((status) => ![200, 400, 422].includes(status))).toEqual([]);
    expect(statuses.summary).toBe(422);
    const answer = await call('politiker', 'GET', `/api/plans/${planId}/summary?year=2024`);
    expect((answer.json() as { error: { code: string; message: string } }).error).toMatchObject({
      code: 'FIGURES_OUT_OF_RANGE',
      message: expect.stringContaining('Siffrorna kan inte visas'),
    });
    const unrelated = await call('admin', 'PATCH', `/api/measures/${id}`, { version, comment: 'Ses över' });
    expect(unrelated.statusCode).toBe(400);
    expect((unrelated.json() as { error: { details: { field: string }[] } }).error.details[0]!.field).toMatch(
      /^effects\.\d\.amount$/,
    );
    const repaired = await call('admin', 'PATCH', `/api/measures/${id}`, {
      version,
      effects: [{ year: 2024, costType: 'personnel', amount: 1_000 }],
    });
    expect(repaired.statusCode).toBe(200);
    expect(await bound()).toBeLessThanOrEqual(LIMIT);
    expectAllFigures200(await figureStatuses());
  });
});
