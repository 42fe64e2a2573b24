import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TAuditPage } from '../../shared/schemas/audit';
import type { TDecision, TMeasureWithoutDecision } from '../../shared/schemas/decision';
import type { TMeasure } from '../../shared/schemas/measure';
import type { BalansDatabase } from '../db/connect';
import { buildTestApp, headers, logInAs, type Session, seedExampleTenant } from '../test/test-app';
import { openTestDatabase } from '../test/test-db';

let database: BalansDatabase;
let app: FastifyInstance;
let planId: string;
let otherTenant: { planId: string; measureIds: Map<string, string> };
let measureIds: Map<string, string>;
const bodyIds: Record<string, string> = {};
const sessions: Record<string, Session> = {};

interface ErrorBody {
  error: {
    code: string;
    message: string;
    details?: { field: string; message: string }[];
    current?: TDecision;
  };
}

async function measureIdsByCode(session: Session, plan: string): Promise<Map<string, string>> {
  const response = await app.inject({
    method: 'GET',
    url: `/api/plans/${plan}/measures?limit=1000`,
    headers: headers(session),
  });
  return new Map((response.json() as { items: TMeasure[] }).items.map((m) => [m.code, m.id]));
}

function decisionInput(overrides: Record<string, unknown> = {}) {
  return {
    bodyId: bodyIds.rs,
    meetingDate: '2023-03-14',
    paragraph: '§ 45',
    kind: 'decision',
    text: 'Regionstyrelsen beslutar att genomföra åtgärderna i handlingsplanen.',
    planId,
    ...overrides,
  };
}

async function listDecisions(session: Session, query = ''): Promise<TDecision[]> {
  const response = await app.inject({
    method: 'GET',
    url: `/api/decisions${query}`,
    headers: headers(session),
  });
  expect(response.statusCode).toBe(200);
  return response.json() as TDecision[];
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
      name: 'Divisionschef Kirurgi',
      role: 'manager',
      unitPath: 'Exempelregionen / Hälso- och sjukvård / Division Kirurgi',
    },
    { username: 'politiker', role: 'reader', unitPath: 'Exempelregionen' },
  ]);
  planId = seeded.planId;
  const other = await seedExampleTenant(database.db, [
    { username: 'admin', role: 'admin', unitPath: 'Exempelregionen' },
  ]);
  for (const user of ['admin', 'controller', 'hs-controller', 'chef', 'politiker']) {
    sessions[user] = await logInAs(app, seeded.tenant.slug, user);
  }
  const otherAdmin = await logInAs(app, other.tenant.slug, 'admin');
  otherTenant = { planId: other.planId, measureIds: await measureIdsByCode(otherAdmin, other.planId) };
  measureIds = await measureIdsByCode(sessions.admin!, planId);
  for (const [key, name, unitPath] of [
    ['rs', 'Regionstyrelsen', 'Exempelregionen'],
    ['hsn', 'Hälso- och sjukvårdsnämnden', 'Exempelregionen / Hälso- och sjukvård'],
  ] as const) {
    const created = await app.inject({
      method: 'POST',
      url: '/api/decision-bodies',
      headers: headers(sessions.admin!),
      payload: { name, orgUnitId: seeded.unitIds.get(unitPath) },
    });
    expect(created.statusCode, created.body).toBe(201);
    bodyIds[key] = (created.json() as { id: string }).id;
  }
});
afterAll(async () => {
  await app.close();
  await database.close();
});

describe('decisions API', () => {
  it('creates, lists, updates and deletes a decision with linked measures, keeping each change in the audit log', async () => {
    const hs07 = measureIds.get('HS-07')!;
    const kt02 = measureIds.get('KT-02')!;
    const created = await app.inject({
      method: 'POST',
      url: '/api/decisions',
      headers: headers(sessions.admin!),
      payload: decisionInput({ measureIds: [kt02, hs07] }),
    });
    expect(created.statusCode).toBe(201);
    const decision = created.json() as TDecision;
    expect(decision).toMatchObject({
      body: 'Regionstyrelsen',
      meetingDate: '2023-03-14',
      paragraph: '§ 45',
      kind: 'decision',
      dueOn: null,
      planId,
      version: 1,
    });
    // Linked measures come back in code order.
    expect(decision.measureIds).toEqual([hs07, kt02]);

    expect((await listDecisions(sessions.politiker!, `?planId=${planId}`)).map((d) => d.id)).toContain(
      decision.id,
    );
    expect((await listDecisions(sessions.politiker!, `?measureId=${hs07}`)).map((d) => d.id)).toEqual([
      decision.id,
    ]);
    expect(await listDecisions(sessions.politiker!, `?measureId=${measureIds.get('RS-01')}`)).toEqual([]);
    const read = await app.inject({
      method: 'GET',
      url: `/api/decisions/${decision.id}`,
      headers: headers(sessions.chef!),
    });
    expect(read.statusCode).toBe(200);
    expect((read.json() as TDecision).text).toBe(
      'Regionstyrelsen beslutar att genomföra åtgärderna i handlingsplanen.',
    );

    const patched = await app.inject({
      method: 'PATCH',
      url: `/api/decisions/${decision.id}`,
      headers: headers(sessions.admin!),
      payload: { version: 1, paragraph: '§ 46', measureIds: [hs07] },
    });
    expect(patched.statusCode).toBe(200);
    expect(patched.json()).toMatchObject({
      version: 2,
      paragraph: '§ 46',
      measureIds: [hs07],
      body: 'Regionstyrelsen',
    });
    expect(await listDecisions(sessions.admin!, `?measureId=${kt02}`)).toEqual([]);

    const stale = await app.inject({
      method: 'PATCH',
      url: `/api/decisions/${decision.id}`,
      headers: headers(sessions.admin!),
      payload: { version: 1, paragraph: '§ 99' },
    });
    expect(stale.statusCode).toBe(409);
    const conflict = stale.json() as ErrorBody;
    expect(conflict.error.code).toBe('VERSION_CONFLICT');
    expect(conflict.error.current).toMatchObject({ version: 2, paragraph: '§ 46' });

    const staleDelete = await app.inject({
      method: 'DELETE',
      url: `/api/decisions/${decision.id}?version=1`,
      headers: headers(sessions.admin!),
    });
    expect(staleDelete.statusCode).toBe(409);
    const deleted = await app.inject({
      method: 'DELETE',
      url: `/api/decisions/${decision.id}?version=2`,
      headers: headers(sessions.admin!),
    });
    expect(deleted.statusCode).toBe(204);
    const gone = await app.inject({
      method: 'GET',
      url: `/api/decisions/${decision.id}`,
      headers: headers(sessions.admin!),
    });
    expect(gone.statusCode).toBe(404);
    expect((gone.json() as ErrorBody).error.message).toBe('Beslutet finns inte');

    const audit = await app.inject({
      method: 'GET',
      url: `/api/audit?entity=decision&entityId=${decision.id}`,
      headers: headers(sessions.admin!),
    });
    const entries = (audit.json() as TAuditPage).items;
    expect(entries.map((entry) => entry.action)).toEqual(['delete', 'update', 'create']);
    expect(entries[1]!.before).toMatchObject({ paragraph: '§ 45', measureIds: [hs07, kt02] });
    expect(entries[1]!.after).toMatchObject({ paragraph: '§ 46', measureIds: [hs07] });
    expect(entries[0]!.after).toBeNull();
  });

  it('refuses a measure of another tenant with 400 naming the field, and saves nothing', async () => {
    const before = await listDecisions(sessions.admin!);
    const forged = await app.inject({
      method: 'POST',
      url: '/api/decisions',
      headers: headers(sessions.admin!),
      payload: decisionInput({
        planId: null,
        measureIds: [measureIds.get('HS-01')!, otherTenant.measureIds.get('HS-01')!],
      }),
    });
    expect(forged.statusCode).toBe(400);
    const body = forged.json() as ErrorBody;
    expect(body.error.code).toBe('VALIDATION');
    expect(body.error.details).toEqual([{ field: 'measureIds.1', message: 'Åtgärden finns inte' }]);
    expect(await listDecisions(sessions.admin!)).toEqual(before);

    const foreignPlan = await app.inject({
      method: 'POST',
      url: '/api/decisions',
      headers: headers(sessions.admin!),
      payload: decisionInput({ planId: otherTenant.planId }),
    });
    expect(foreignPlan.statusCode).toBe(400);
    expect((foreignPlan.json() as ErrorBody).error.details).toEqual([
      { field: 'planId', message: 'Planen finns inte' },
    ]);
  });

  it('refuses an assignment due before its meeting', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/decisions',
      headers: headers(sessions.admin!),
      payload: decisionInput({ kind: 'assignment', dueOn: '2023-03-01' }),
    });
    expect(response.statusCode).toBe(400);
    expect((response.json() as ErrorBody).error.details).toEqual([
      { field: 'dueOn', message: 'Slutdatumet ligger före sammanträdesdagen' },
    ]);
  });

  it('lets only an admin or a controller for the whole organisation record decisions', async () => {
    for (const user of ['politiker', 'hs-controller', 'chef']) {
      const refused = await app.inject({
        method: 'POST',
        url: '/api/decisions',
        headers: headers(sessions[user]!),
        payload: decisionInput(),
      });
      expect(refused.statusCode).toBe(403);
      expect((refused.json() as ErrorBody).error.code).toBe('FORBIDDEN');
    }
    const created = await app.inject({
      method: 'POST',
      url: '/api/decisions',
      headers: headers(sessions.controller!),
      payload: decisionInput({ kind: 'noted', bodyId: bodyIds.hsn, paragraph: null }),
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      kind: 'noted',
      body: 'Hälso- och sjukvårdsnämnden',
      measureIds: [],
    });
  });

  it('lists the measures no active decision covers, within what the actor may read', async () => {
    const link = async (kind: string, codes: string[], dueOn: string | null = null) => {
      const response = await app.inject({
        method: 'POST',
        url: '/api/decisions',
        headers: headers(sessions.admin!),
        payload: decisionInput({ kind, dueOn, measureIds: codes.map((code) => measureIds.get(code)!) }),
      });
      expect(response.statusCode).toBe(201);
    };
    await link('decision', ['HS-01', 'HS-11']);
    await link('assignment', ['HS-07'], '2023-06-30');
    await link('noted', ['KT-01']);

    const forAdmin = await app.inject({
      method: 'GET',
      url: `/api/plans/${planId}/measures-without-decision`,
      headers: headers(sessions.admin!),
    });
    expect(forAdmin.statusCode).toBe(200);
    const codes = (forAdmin.json() as TMeasureWithoutDecision[]).map((m) => m.code);
    expect(codes).toHaveLength(27);
    expect(codes).not.toContain('HS-01');
    expect(codes).not.toContain('HS-11');
    expect(codes).toContain('HS-07');
    expect(codes).toContain('KT-01');

    const forManager = await app.inject({
      method: 'GET',
      url: `/api/plans/${planId}/measures-without-decision`,
      headers: headers(sessions.chef!),
    });
    expect(forManager.json()).toEqual([
      { id: measureIds.get('HS-07'), code: 'HS-07', title: 'Produktions- och kapacitetsstyrning' },
    ]);

    const foreign = await app.inject({
      method: 'GET',
      url: `/api/plans/${otherTenant.planId}/measures-without-decision`,
      headers: headers(sessions.admin!),
    });
    expect(foreign.statusCode).toBe(404);
  });
});
