import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateScenario } from '../../domain/scenario/evaluate-scenario';
import type { TAuditPage } from '../../shared/schemas/audit';
import type { TScenario, TScenarioComparison, TScenarioResult } from '../../shared/schemas/scenario';
import type { TPlanSummary } from '../../shared/schemas/summary';
import type { BalansDatabase } from '../db/connect';
import { buildTestApp, headers, logInAs, type Session, seedExampleTenant } from '../test/test-app';
import { openTestDatabase } from '../test/test-db';

let database: BalansDatabase;
let app: FastifyInstance;
let planId: string;
let otherPlanId: string;
const sessions: Record<string, Session> = {};

interface ErrorBody {
  error: {
    code: string;
    message: string;
    details?: { field: string; message: string }[];
    current?: TScenario;
  };
}

const year = (overrides: Record<string, number> = {}) => ({
  revenueGrowth: 0.04,
  wageGrowth: 0.035,
  priceGrowth: 0.025,
  personnelShare: 0.5,
  otherShare: 0.45,
  volume: 0.005,
  ...overrides,
});

const INPUT = {
  baseYear: 2023,
  base: { revenue: 12_900_000_000, netCost: 13_000_000_000 },
  openingDeficits: [{ year: 2023, amount: 100_000_000 }],
  years: {
    '2024': year({ planLevel: 200_000_000 }),
    '2025': year({ planLevel: 300_000_000 }),
    '2026': year({ planLevel: 400_000_000 }),
  },
};

function scenarioBody(overrides: Record<string, unknown> = {}) {
  return {
    name: 'Basscenario',
    sourceNote: 'SKR skatteunderlagsprognos april 2025',
    sourceDate: '2025-04-24',
    input: INPUT,
    ...overrides,
  };
}

async function request<T>(
  session: Session,
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  url: string,
  payload?: unknown,
): Promise<{ status: number; body: T }> {
  const response = await app.inject({
    method,
    url,
    headers: headers(session),
    ...(payload === undefined ? {} : { payload: payload as object }),
  });
  return { status: response.statusCode, body: (response.body === '' ? null : response.json()) as T };
}

async function create(overrides: Record<string, unknown> = {}): Promise<TScenario> {
  const { status, body } = await request<TScenario>(
    sessions.admin!,
    'POST',
    '/api/scenarios',
    scenarioBody(overrides),
  );
  expect(status, JSON.stringify(body)).toBe(201);
  return body;
}

/** An instant between two requests (PGlite's clock counts milliseconds: keep a few to either side). */
async function instant(): Promise<string> {
  await new Promise((resolve) => setTimeout(resolve, 3));
  const at = new Date().toISOString();
  await new Promise((resolve) => setTimeout(resolve, 3));
  return at;
}

beforeAll(async () => {
  database = await openTestDatabase();
  app = await buildTestApp(database.db);
  const seeded = await seedExampleTenant(database.db, [
    { username: 'admin', role: 'admin', unitPath: 'Exempelregionen' },
    { username: 'controller', role: 'controller', unitPath: 'Exempelregionen' },
    { username: 'hs-controller', role: 'controller', unitPath: 'Exempelregionen / Hälso- och sjukvård' },
    {
      username: 'chef',
      role: 'manager',
      unitPath: 'Exempelregionen / Hälso- och sjukvård / Division Kirurgi',
    },
    { username: 'politiker', role: 'reader', unitPath: 'Exempelregionen' },
  ]);
  planId = seeded.planId;
  const other = await seedExampleTenant(database.db, [
    { username: 'admin', role: 'admin', unitPath: 'Exempelregionen' },
  ]);
  otherPlanId = other.planId;
  sessions.otherAdmin = await logInAs(app, other.tenant.slug, 'admin');
  for (const user of ['admin', 'controller', 'hs-controller', 'chef', 'politiker']) {
    sessions[user] = await logInAs(app, seeded.tenant.slug, user);
  }
});
afterAll(async () => {
  await app.close();
  await database.close();
});

describe('scenarios API', () => {
  it('saves a scenario with every default filled in, lists and reads it, and audits the creation', async () => {
    const scenario = await create();
    expect(scenario).toMatchObject({
      name: 'Basscenario',
      planId: null,
      planSource: 'given',
      sourceNote: 'SKR skatteunderlagsprognos april 2025',
      sourceDate: '2025-04-24',
      version: 1,
      createdBy: 'admin',
    });
    expect(scenario.input.goalShare).toBe(0.02);
    expect(scenario.input.years['2024']).toMatchObject({
      planLevel: 200_000_000,
      pensionChange: 0,
      reserveOut: 0,
    });

    const list = await request<TScenario[]>(sessions.politiker!, 'GET', '/api/scenarios');
    expect(list.status).toBe(200);
    expect(list.body.map((s) => s.id)).toContain(scenario.id);
    const read = await request<TScenario>(sessions.chef!, 'GET', `/api/scenarios/${scenario.id}`);
    expect(read).toEqual({ status: 200, body: scenario });

    const audit = await request<TAuditPage>(
      sessions.admin!,
      'GET',
      `/api/audit?entity=scenario&entityId=${scenario.id}`,
    );
    expect(audit.body.items.map((entry) => entry.action)).toEqual(['create']);

    // another organisation sees nothing of it
    expect((await request(sessions.otherAdmin!, 'GET', `/api/scenarios/${scenario.id}`)).status).toBe(404);
    expect((await request<TScenario[]>(sessions.otherAdmin!, 'GET', '/api/scenarios')).body).toEqual([]);
  });

  it('computes a saved scenario with given plan levels exactly as the domain model does', async () => {
    const scenario = await create({ name: 'Givna nivåer' });
    const { status, body } = await request<TScenarioResult>(
      sessions.politiker!,
      'GET',
      `/api/scenarios/${scenario.id}/result`,
    );
    expect(status).toBe(200);
    const expected = evaluateScenario(INPUT);
    if (!expected.ok) throw new Error('the test input must be valid');
    expect(
      body.years.map(({ planLevelSource, forecastPeriod, planEffects, ...contract }) => contract),
    ).toEqual(expected.result.years);
    expect(body.ledger).toEqual(expected.result.ledger);
    expect(body.years.map((y) => y.planLevelSource)).toEqual(['given', 'given', 'given']);
    expect(body).toMatchObject({
      scenario: { id: scenario.id, name: 'Givna nivåer', version: 1 },
      plan: null,
      base: { year: 2023, revenue: 12_900_000_000, netCost: 13_000_000_000, result: -100_000_000 },
    });
  });

  it('takes the plan level from the linked plan by the scenario’s source, 0 outside the plan’s years', async () => {
    const summary = await request<TPlanSummary>(
      sessions.admin!,
      'GET',
      `/api/plans/${planId}/summary?year=2024&by=unit`,
    );
    const full2024 = summary.body.total.planned;
    expect(full2024).toBe(557_700_000);
    const linked = await create({ name: 'Med planen', planId, planSource: 'full' });
    const result = await request<TScenarioResult>(
      sessions.controller!,
      'GET',
      `/api/scenarios/${linked.id}/result`,
    );
    expect(result.status).toBe(200);
    expect(result.body.years.map((y) => [y.year, y.planLevelSource, y.planLevel])).toEqual([
      [2024, 'full', full2024],
      [2025, 'full', result.body.years[1]!.planEffects!.full],
      [2026, 'outsidePlan', 0],
    ]);
    const risk = await request<TScenario>(sessions.admin!, 'PATCH', `/api/scenarios/${linked.id}`, {
      version: linked.version,
      planSource: 'riskWeighted',
    });
    expect(risk.status).toBe(200);
    const weighted = await request<TScenarioResult>(
      sessions.admin!,
      'GET',
      `/api/scenarios/${linked.id}/result`,
    );
    expect(weighted.body.years[0]).toMatchObject({ planLevelSource: 'riskWeighted' });
    expect(weighted.body.years[0]!.planLevel).toBe(weighted.body.years[0]!.planEffects!.riskWeighted);
    expect(weighted.body.years[0]!.planLevel).toBeLessThan(full2024);
    // No reports in this tenant: the forecast falls back to the planned level, and says so.
    await request(sessions.admin!, 'PATCH', `/api/scenarios/${linked.id}`, {
      version: risk.body.version,
      planSource: 'forecast',
    });
    const forecast = await request<TScenarioResult>(
      sessions.admin!,
      'GET',
      `/api/scenarios/${linked.id}/result`,
    );
    expect(forecast.body.years[0]).toMatchObject({ planLevelSource: 'full', planLevel: full2024 });
  });

  it('refuses a stale version with 409 and the current scenario, and changes nothing', async () => {
    const scenario = await create({ name: 'Ändras' });
    const first = await request<TScenario>(sessions.admin!, 'PATCH', `/api/scenarios/${scenario.id}`, {
      version: 1,
      sourceNote: 'SKR cirkulär oktober',
    });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ version: 2, sourceNote: 'SKR cirkulär oktober', name: 'Ändras' });
    const stale = await request<ErrorBody>(sessions.controller!, 'PATCH', `/api/scenarios/${scenario.id}`, {
      version: 1,
      name: 'Gammal',
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('VERSION_CONFLICT');
    expect(stale.body.error.current).toMatchObject({ version: 2, name: 'Ändras' });
    const staleDelete = await request<ErrorBody>(
      sessions.admin!,
      'DELETE',
      `/api/scenarios/${scenario.id}?version=1`,
    );
    expect(staleDelete.status).toBe(409);
    expect(
      (await request<TScenario>(sessions.admin!, 'GET', `/api/scenarios/${scenario.id}`)).body.name,
    ).toBe('Ändras');
  });

  it('copies a scenario under a new name, and refuses a name already taken (case not counted)', async () => {
    const original = await create({ name: 'Original', planId, planSource: 'full' });
    const copy = await request<TScenario>(
      sessions.controller!,
      'POST',
      `/api/scenarios/${original.id}/copy`,
      {
        name: 'Kopia med högre löner',
      },
    );
    expect(copy.status).toBe(201);
    expect(copy.body.id).not.toBe(original.id);
    expect(copy.body).toMatchObject({
      name: 'Kopia med högre löner',
      version: 1,
      planId,
      planSource: 'full',
      input: original.input,
      sourceNote: original.sourceNote,
      createdBy: 'controller',
    });
    const taken = await request<ErrorBody>(sessions.admin!, 'POST', `/api/scenarios/${original.id}/copy`, {
      name: 'ORIGINAL',
    });
    expect(taken.status).toBe(409);
    expect(taken.body.error).toMatchObject({ code: 'CONFLICT', details: [{ field: 'name' }] });
    const renamed = await request<ErrorBody>(sessions.admin!, 'PATCH', `/api/scenarios/${copy.body.id}`, {
      version: 1,
      name: 'original',
    });
    expect(renamed.status).toBe(409);
  });

  it('compares two or more scenarios side by side, in the order asked for', async () => {
    const low = await create({ name: 'Låg lönetillväxt' });
    const highInput = {
      ...INPUT,
      years: { ...INPUT.years, '2025': year({ wageGrowth: 0.045, planLevel: 300_000_000 }) },
    };
    const high = await create({ name: 'Hög lönetillväxt', input: highInput });
    const { status, body } = await request<TScenarioComparison>(
      sessions.politiker!,
      'GET',
      `/api/scenarios/compare?ids=${high.id},${low.id}`,
    );
    expect(status).toBe(200);
    expect(body.scenarios.map((s) => s.scenario?.name)).toEqual(['Hög lönetillväxt', 'Låg lönetillväxt']);
    const [highResult, lowResult] = body.scenarios;
    // One percentage point more wage growth in 2025 raises N⁰ 2025 by N⁰ 2024 · personnelShare · 0.01 · (1 + volume)
    const netCost2024 = lowResult!.years[0]!.netCostBeforePlan;
    expect(highResult!.years[1]!.requiredPlan - lowResult!.years[1]!.requiredPlan).toBeCloseTo(
      netCost2024 * 0.5 * 0.01 * 1.005,
      -1,
    );
    const one = await request<ErrorBody>(sessions.admin!, 'GET', `/api/scenarios/compare?ids=${low.id}`);
    expect(one.status).toBe(400);
    expect(one.body.error.message).toContain('minst två');
    const twice = await request<ErrorBody>(
      sessions.admin!,
      'GET',
      `/api/scenarios/compare?ids=${low.id},${low.id}`,
    );
    expect(twice.status).toBe(400);
  });

  it('computes an unsaved scenario, with or without the plan, saving nothing', async () => {
    const before = (await request<TScenario[]>(sessions.admin!, 'GET', '/api/scenarios')).body.length;
    const given = await request<TScenarioResult>(sessions.chef!, 'POST', '/api/scenarios/compute', {
      input: INPUT,
    });
    expect(given.status).toBe(200);
    expect(given.body.scenario).toBeNull();
    expect(given.body.years[0]).toMatchObject({
      planLevel: 200_000_000,
      planLevelSource: 'given',
      planEffects: null,
    });
    const withPlan = await request<TScenarioResult>(sessions.admin!, 'POST', '/api/scenarios/compute', {
      input: INPUT,
      planId,
      planSource: 'full',
    });
    expect(withPlan.body.years[0]).toMatchObject({ planLevel: 557_700_000, planLevelSource: 'full' });
    expect(withPlan.body.plan?.id).toBe(planId);
    expect((await request<TScenario[]>(sessions.admin!, 'GET', '/api/scenarios')).body.length).toBe(before);
  });

  it('lets admins and top-level controllers edit; everyone reads; the plan’s figures need the whole organisation', async () => {
    for (const user of ['hs-controller', 'chef', 'politiker']) {
      const refused = await request<ErrorBody>(
        sessions[user]!,
        'POST',
        '/api/scenarios',
        scenarioBody({ name: user }),
      );
      expect(refused.status, user).toBe(403);
      expect(refused.body.error.code).toBe('FORBIDDEN');
    }
    const linked = await create({ name: 'Planens nivå', planId, planSource: 'full' });
    for (const user of ['hs-controller', 'chef']) {
      expect((await request(sessions[user]!, 'GET', `/api/scenarios/${linked.id}`)).status).toBe(200);
      const result = await request<ErrorBody>(sessions[user]!, 'GET', `/api/scenarios/${linked.id}/result`);
      expect(result.status).toBe(403);
      expect(result.body.error.message).toContain('hela organisationen');
      const copy = await request(sessions[user]!, 'POST', `/api/scenarios/${linked.id}/copy`, { name: 'x' });
      expect(copy.status).toBe(403);
      expect((await request(sessions[user]!, 'DELETE', `/api/scenarios/${linked.id}?version=1`)).status).toBe(
        403,
      );
    }
    expect((await request(sessions.politiker!, 'GET', `/api/scenarios/${linked.id}/result`)).status).toBe(
      200,
    );
  });

  it('refuses bad input with 400 naming the exact field, in Swedish, saving nothing', async () => {
    const bad = await request<ErrorBody>(
      sessions.admin!,
      'POST',
      '/api/scenarios',
      scenarioBody({
        name: 'Trasigt',
        input: { ...INPUT, years: { ...INPUT.years, '2025': { ...year(), wageGrowth: 'tre procent' } } },
      }),
    );
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('VALIDATION');
    expect(bad.body.error.message).toBe(
      'Ogiltiga uppgifter: body.input.years.2025.wageGrowth: måste vara ett tal',
    );
    const missing = await request<ErrorBody>(sessions.admin!, 'POST', '/api/scenarios', { name: 'Inget' });
    expect(missing.status).toBe(400);
    expect(missing.body.error.details?.[0]?.field).toBe('body.input');
    const gap = await request<ErrorBody>(sessions.admin!, 'POST', '/api/scenarios/compute', {
      input: { ...INPUT, years: { '2024': year(), '2026': year(), '2027': year() } },
    });
    expect(gap.status).toBe(400);
    expect(gap.body.error.details?.map((d) => d.field)).toContain('body.input.years.2025');
    const noPlan = await request<ErrorBody>(
      sessions.admin!,
      'POST',
      '/api/scenarios',
      scenarioBody({ name: 'Utan plan', planSource: 'full' }),
    );
    expect(noPlan.status).toBe(400);
    expect(noPlan.body.error.details).toEqual([expect.objectContaining({ field: 'planSource' })]);
    const foreign = await request<ErrorBody>(
      sessions.admin!,
      'POST',
      '/api/scenarios',
      scenarioBody({ name: 'Annans plan', planId: otherPlanId, planSource: 'full' }),
    );
    expect(foreign.status).toBe(400);
    expect(foreign.body.error.message).toBe('Ogiltiga uppgifter: planId: Planen finns inte');
    const names = (await request<TScenario[]>(sessions.admin!, 'GET', '/api/scenarios')).body.map(
      (s) => s.name,
    );
    expect(names).not.toContain('Trasigt');
    expect(names).not.toContain('Utan plan');
    expect(names).not.toContain('Annans plan');
  });

  it('answers every read as of an instant (?asOf=): before a change, and after a deletion', async () => {
    const beforeCreation = await instant();
    const scenario = await create({ name: 'Historik' });
    const known = await instant();
    const changedInput = { ...INPUT, years: { ...INPUT.years, '2024': year({ planLevel: 999_000_000 }) } };
    const changed = await request<TScenario>(sessions.admin!, 'PATCH', `/api/scenarios/${scenario.id}`, {
      version: 1,
      input: changedInput,
    });
    expect(changed.status).toBe(200);
    const asOf = `asOf=${encodeURIComponent(known)}`;
    const then = await request<TScenario>(
      sessions.politiker!,
      'GET',
      `/api/scenarios/${scenario.id}?${asOf}`,
    );
    expect(then.body).toEqual(scenario);
    const resultThen = await request<TScenarioResult>(
      sessions.politiker!,
      'GET',
      `/api/scenarios/${scenario.id}/result?${asOf}`,
    );
    expect(resultThen.body.years[0]!.planLevel).toBe(200_000_000);
    const resultNow = await request<TScenarioResult>(
      sessions.politiker!,
      'GET',
      `/api/scenarios/${scenario.id}/result`,
    );
    expect(resultNow.body.years[0]!.planLevel).toBe(999_000_000);
    const early = await request<TScenario[]>(
      sessions.politiker!,
      'GET',
      `/api/scenarios?asOf=${encodeURIComponent(beforeCreation)}`,
    );
    expect(early.body.map((s) => s.id)).not.toContain(scenario.id);

    const deleted = await request(sessions.admin!, 'DELETE', `/api/scenarios/${scenario.id}?version=2`);
    expect(deleted.status).toBe(204);
    expect((await request(sessions.admin!, 'GET', `/api/scenarios/${scenario.id}`)).status).toBe(404);
    const afterDeletion = await request<TScenario>(
      sessions.admin!,
      'GET',
      `/api/scenarios/${scenario.id}?${asOf}`,
    );
    expect(afterDeletion).toEqual({ status: 200, body: scenario });
    const audit = await request<TAuditPage>(
      sessions.admin!,
      'GET',
      `/api/audit?entity=scenario&entityId=${scenario.id}`,
    );
    expect(audit.body.items.map((entry) => entry.action)).toEqual(['delete', 'update', 'create']);
  });

  it('documents every scenario route in the OpenAPI document under Scenarier', async () => {
    const docs = await app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(docs.statusCode).toBe(200);
    const paths = (docs.json() as { paths: Record<string, Record<string, { tags?: string[] }>> }).paths;
    for (const [path, method] of [
      ['/api/scenarios', 'get'],
      ['/api/scenarios', 'post'],
      ['/api/scenarios/{id}', 'patch'],
      ['/api/scenarios/{id}/copy', 'post'],
      ['/api/scenarios/{id}/result', 'get'],
      ['/api/scenarios/compare', 'get'],
      ['/api/scenarios/compute', 'post'],
    ] as const) {
      expect(paths[path]?.[method]?.tags, `${method} ${path}`).toEqual(['Scenarier']);
    }
  });
});
