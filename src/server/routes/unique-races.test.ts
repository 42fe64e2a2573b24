import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZMeasureInput } from '../../shared/schemas/measure';
import { ZScenarioCreate } from '../../shared/schemas/scenario';
import { ZUserInput } from '../../shared/schemas/user';
import { type Actor, systemActor } from '../actor';
import type { BalansDatabase } from '../db/connect';
import { type Tx, withTenant } from '../db/tenant-scope';
import { AppError } from '../errors';
import { buildTestApp, headers, logInAs, type Session, seedExampleTenant } from '../test/test-app';
import { openTestDatabase } from '../test/test-db';
import { createMeasure } from '../use-cases/measures/create-measure';
import { createOrgUnit } from '../use-cases/org-units/org-unit-changes';
import { createPlan } from '../use-cases/plans/create-plan';
import { createScenario } from '../use-cases/scenarios/create-scenario';
import { createUser } from '../use-cases/users/user-changes';

/**
 * Issue 11: two requests creating the same code or name at once. On PostgreSQL both can pass the use-case's
 * check; the unique index refuses the later, which must get the usual 409 and Swedish message, not a 500.
 */

let database: BalansDatabase;
let app: FastifyInstance;
let session: Session;
let planId: string;
let topUnitId: string;
let tenantId: string;
let actor: Actor;

beforeAll(async () => {
  database = await openTestDatabase();
  app = await buildTestApp(database.db);
  const seeded = await seedExampleTenant(database.db, [
    { username: 'admin', role: 'admin', unitPath: 'Exempelregionen' },
  ]);
  planId = seeded.planId;
  tenantId = seeded.tenant.id;
  topUnitId = seeded.unitIds.get('Exempelregionen')!;
  actor = systemActor(tenantId, 'test');
  session = await logInAs(app, seeded.tenant.slug, 'admin');
});
afterAll(async () => {
  await app.close();
  await database.close();
});

/** Sends the same request `n` times at once: exactly one must succeed, every other gets the same 409. */
async function race(url: string, payload: Record<string, unknown>, n = 4) {
  const answers = await Promise.all(
    Array.from({ length: n }, () => app.inject({ method: 'POST', url, headers: headers(session), payload })),
  );
  const statuses = answers.map((answer) => answer.statusCode).sort();
  expect(statuses, answers.map((answer) => answer.body).join('\n')).toEqual([201, ...Array(n - 1).fill(409)]);
  return answers.filter((answer) => answer.statusCode === 409).map((answer) => answer.json().error);
}

describe('creating the same thing twice at once through the API', () => {
  it('measures with the same code: 201 once, 409 with the code named for the others', async () => {
    const losers = await race(`/api/plans/${planId}/measures`, {
      code: 'RACE-1',
      title: 'Samtidig',
      orgUnitId: topUnitId,
    });
    for (const error of losers) {
      expect(error).toMatchObject({
        code: 'CONFLICT',
        message: 'Åtgärden kan inte sparas: code: Koden RACE-1 används redan i planen',
      });
    }
  });

  it('plans, users and units with the same name: 201 once, the usual 409 for the others', async () => {
    const plans = await race('/api/plans', {
      name: 'Samtidig plan',
      firstYear: 2025,
      lastYear: 2026,
      convention: 'level',
    });
    expect(plans[0]).toMatchObject({
      code: 'CONFLICT',
      message: 'Det finns redan en plan som heter "Samtidig plan"',
    });
    const users = await race(
      '/api/users',
      { username: 'samtidig', name: 'S', password: 'ett-långt-lösenord' },
      2,
    );
    expect(users[0]).toMatchObject({ code: 'CONFLICT', message: 'Användarnamnet "samtidig" är upptaget' });
    const units = await race('/api/org-units', {
      parentId: topUnitId,
      name: 'Samtidig enhet',
      kind: 'division',
    });
    expect(units[0]).toMatchObject({
      code: 'CONFLICT',
      message: 'Det finns redan en enhet som heter "Samtidig enhet" på samma nivå',
    });
  });
});

const YEAR = {
  revenueGrowth: 0.04,
  wageGrowth: 0.035,
  priceGrowth: 0.025,
  personnelShare: 0.5,
  otherShare: 0.45,
  volume: 0.005,
};

/**
 * The same race made certain: the second transaction starts while the first has written but not committed, so
 * on PostgreSQL its check cannot see the first row and its insert waits for the unique index. (PGlite runs
 * one transaction at a time, so there the second meets the check instead: the same answer either way.)
 */
async function interleaved(work: (trx: Tx) => Promise<unknown>): Promise<unknown> {
  let second: Promise<unknown> | undefined;
  await withTenant(database.db, tenantId, async (trx) => {
    await work(trx);
    second = withTenant(database.db, tenantId, work).catch((error: unknown) => error);
    await new Promise((resolve) => setTimeout(resolve, 300));
  });
  return second;
}

describe('the unique index behind each check', () => {
  it.each([
    {
      what: 'a measure code',
      work: (trx: Tx) =>
        createMeasure(
          trx,
          actor,
          planId,
          ZMeasureInput.parse({ code: 'RACE-2', title: 'T', orgUnitId: topUnitId }),
        ),
      message: 'Åtgärden kan inte sparas: code: Koden RACE-2 används redan i planen',
    },
    {
      what: 'a plan name',
      work: (trx: Tx) =>
        createPlan(trx, actor, {
          name: 'Racet',
          firstYear: 2025,
          lastYear: 2025,
          convention: 'level',
          baselineAmount: null,
          baselineText: null,
        }),
      message: 'Det finns redan en plan som heter "Racet"',
    },
    {
      what: 'a username',
      work: (trx: Tx) =>
        createUser(
          trx,
          actor,
          ZUserInput.parse({ username: 'racet', name: 'R', password: 'ett-långt-lösenord' }),
        ),
      message: 'Användarnamnet "racet" är upptaget',
    },
    {
      what: 'a unit name',
      work: (trx: Tx) =>
        createOrgUnit(trx, actor, { parentId: topUnitId, name: 'Racet', kind: 'unit', code: null }),
      message: 'Det finns redan en enhet som heter "Racet" på samma nivå',
    },
    {
      what: 'a scenario name',
      work: (trx: Tx) =>
        createScenario(
          trx,
          actor,
          ZScenarioCreate.parse({
            name: 'Racet',
            input: {
              baseYear: 2023,
              base: { revenue: 12_900_000_000, netCost: 13_000_000_000 },
              years: Object.fromEntries(['2024', '2025', '2026'].map((year) => [year, YEAR])),
            },
          }),
        ),
      message: 'Det finns redan ett scenario som heter "Racet"; välj ett annat namn',
    },
  ])(
    '$what taken by an uncommitted transaction gives the later one a 409 conflict',
    async ({ work, message }) => {
      const error = await interleaved(work);
      expect(error).toBeInstanceOf(AppError);
      expect(error).toMatchObject({ code: 'CONFLICT', message });
    },
  );
});
