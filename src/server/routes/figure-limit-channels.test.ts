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
 * Issue 11, item 3, every way amounts come in: generated extreme amounts through the measures API, a manager's
 * report, the plan targets, the reports CSV and the plan workbook. Whatever the order, each write is either
 * saved with the tenant's figure bound within the limit, or refused whole with the Swedish message and
 * nothing changed; and every figure route answers 200 for a reader throughout.
 */

const LIMIT = BigInt(FIGURE_LIMIT_KRONOR);
const HEADROOM = 2n * BigInt(MAX_AMOUNT_KRONOR);
let database: BalansDatabase;
let app: FastifyInstance;
let tenantId: string;
let planId: string;
let unitId: string;
let hs07: string;
let planYears: number[];
const as: Record<string, Session> = {};
let serial = 0;
let call: FigureTenant['call'];

beforeAll(async () => {
  database = await openTestDatabase();
  const tenant = await seedFigureTenant(database);
  ({ app, tenantId, planId, unitId, call } = tenant);
  Object.assign(as, tenant.as);
  const plan = (await call('admin', 'GET', `/api/plans/${planId}`)).json() as TPlan;
  planYears = Array.from({ length: plan.lastYear - plan.firstYear + 1 }, (_, i) => plan.firstYear + i);
  const found = await call('chef', 'GET', `/api/plans/${planId}/measures?q=HS-07`);
  hs07 = (found.json() as { items: { id: string }[] }).items[0]!.id;
});
afterAll(async () => {
  await app.close();
  await database.close();
});

const bound = () => withTenant(database.db, tenantId, (trx) => findFigureBound(trx));

/** What any write changes: counts and versions of everything the channels write. */
const fingerprint = () =>
  withTenant(database.db, tenantId, async (trx) => {
    const row = await sql<Record<string, string>>`
      select (select count(*) from measures)::text as measures, (select count(*) from plans)::text as plans,
        (select count(*) from org_units)::text as units,
        (select count(*) || '/' || coalesce(sum(version), 0) from measure_reports) as reports,
        (select coalesce(string_agg(year || ':' || amount, ',' order by year, amount), '') from plan_targets)
          as targets`.execute(trx);
    return row.rows[0];
  });

const extreme = fc.oneof(
  fc.constantFrom(MAX_AMOUNT_KRONOR, -MAX_AMOUNT_KRONOR, MAX_AMOUNT_KRONOR - 1, 0),
  fc.integer({ min: -MAX_AMOUNT_KRONOR, max: MAX_AMOUNT_KRONOR }),
);

type Outcome = { saved: boolean; message?: string };

const channels = {
  measure: (amounts: number[]) => async (): Promise<Outcome> => {
    serial++;
    const effects = amounts
      .slice(0, 4)
      .map((amount, i) => ({ year: 2024, costType: COST_TYPES[i]!, amount }));
    const response = await call('admin', 'POST', `/api/plans/${planId}/measures`, {
      code: `GK-${serial}`,
      title: `Gränsåtgärd ${serial}`,
      orgUnitId: unitId,
      effects,
    });
    return response.statusCode === 201 ? { saved: true } : refusal(response);
  },
  report: (amounts: number[]) => async (): Promise<Outcome> => {
    const version = await withTenant(
      database.db,
      tenantId,
      async (trx) =>
        (
          await sql<{
            version: number;
          }>`select version from measure_reports where measure_id = ${hs07} and period = '2024-09'`.execute(
            trx,
          )
        ).rows[0]?.version,
    );
    const response = await call('chef', 'PUT', `/api/measures/${hs07}/reports/2024-09`, {
      outcomeYtd: amounts[0] ?? 0,
      forecastYear: amounts[1] ?? 0,
      status: 'yellow',
      isDraft: true,
      ...(version ? { version } : {}),
    });
    return response.statusCode === 200 ? { saved: true } : refusal(response);
  },
  targets: (amounts: number[]) => async (): Promise<Outcome> => {
    const response = await call('admin', 'PUT', `/api/plans/${planId}/targets`, {
      targets: [
        { orgUnitId: unitId, year: 2024, amount: amounts[0] ?? 0 },
        { orgUnitId: null, year: 2025, amount: amounts[1] ?? 0 },
      ],
    });
    return response.statusCode === 200 ? { saved: true } : refusal(response);
  },
  csv: (amounts: number[]) => async (): Promise<Outcome> => {
    const tkr = amounts.map((kronor) => Math.trunc(kronor / 1_000));
    const text = [
      'Kod;Period;Utfall (tkr);Prognos (tkr);Status;Kommentar',
      `HS-07;2024-10;${tkr[0] ?? 0};${tkr[1] ?? 0};gul;`,
      `HS-11;2024-10;${tkr[2] ?? 0};${tkr[3] ?? 0};gul;`,
    ].join('\n');
    const result = await importReports(database.db, systemActor(tenantId, 'test'), text, { planId });
    return result.errors.length === 0
      ? { saved: true }
      : { saved: false, message: result.errors[0]!.message };
  },
  workbook: (amounts: number[]) => async (): Promise<Outcome> => {
    serial++;
    const tkr = amounts.map((kronor) => Math.trunc(kronor / 1_000));
    const bytes = await handMadeWorkbook({
      Åtgärder: [
        ['Kod', 'Åtgärd', 'Enhet', 'Personal 2024 (tkr)', 'Drift 2024 (tkr)'],
        ['W-1', 'Importerad', HS, tkr[0] ?? 0, tkr[1] ?? 0],
        ['W-2', 'Importerad', `${HS} / Division Kirurgi`, tkr[2] ?? 0, tkr[3] ?? 0],
      ],
    });
    const result = await importPlan(database.db, systemActor(tenantId, 'test'), {
      bytes,
      fileName: `gransplan-${serial}.xlsx`,
    });
    return result.plan ? { saved: true } : { saved: false, message: result.errors[0]?.message };
  },
};

async function refusal(response: { statusCode: number; json: () => unknown }): Promise<Outcome> {
  expect(response.statusCode).toBe(400);
  return { saved: false, message: (response.json() as { error: { message: string } }).error.message };
}

describe('every way in, with generated extreme amounts', () => {
  it('saves what fits, refuses the rest whole, and never breaks a figure', async () => {
    // exactly HEADROOM below the limit first, so that the generated writes meet it
    for (let i = 0; ; i++) {
      let missing = LIMIT - HEADROOM - (await bound());
      if (missing <= 0n) break;
      const effects = planYears.flatMap((year) =>
        COST_TYPES.map((costType) => ({ year, costType, amount: 0 })),
      );
      for (const effect of effects) {
        const amount = missing > BigInt(MAX_AMOUNT_KRONOR) ? BigInt(MAX_AMOUNT_KRONOR) : missing;
        effect.amount = Number(amount);
        missing -= amount;
      }
      const fill = {
        code: `FYLL-${i}`,
        title: 'Fyllnad',
        orgUnitId: unitId,
        effects: effects.filter((e) => e.amount),
      };
      expect((await call('admin', 'POST', `/api/plans/${planId}/measures`, fill)).statusCode).toBe(201);
    }
    expect(await bound()).toBe(LIMIT - HEADROOM);
    const kinds = Object.keys(channels) as (keyof typeof channels)[];
    const seen = { saved: 0, refused: 0 };
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...kinds),
        fc.array(extreme, { minLength: 4, maxLength: 4 }),
        async (kind, amounts) => {
          const before = { bound: await bound(), data: await fingerprint() };
          const outcome = await channels[kind](amounts)();
          const after = await bound();
          if (outcome.saved) {
            seen.saved++;
            expect(after).toBeLessThanOrEqual(LIMIT);
          } else {
            seen.refused++;
            expect(outcome.message).toMatch(
              /^Ändringen sparades inte: organisationens belopp skulle tillsammans bli/,
            );
            expect(after).toBe(before.bound);
            expect(await fingerprint()).toEqual(before.data);
          }
          expectAllFigures200(await readFigureRoutes(app, as.politiker!, planId, unitId));
        },
      ),
      { numRuns: 15 },
    );
    expect(seen.refused).toBeGreaterThan(0);
  });
});
