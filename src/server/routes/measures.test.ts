import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TMeasure } from '../../shared/schemas/measure';
import type { BalansDatabase } from '../db/connect';
import { buildTestApp, headers, logInAs, type Session, seedExampleTenant } from '../test/test-app';
import { openTestDatabase } from '../test/test-db';

let database: BalansDatabase;
let app: FastifyInstance;
let planId: string;
let slug: string;
let unitIds: Map<string, string>;
let otherTenant: { slug: string; planId: string; unitIds: Map<string, string> };
const sessions: Record<string, Session> = {};

beforeAll(async () => {
  database = await openTestDatabase();
  app = await buildTestApp(database.db);
  const seeded = await seedExampleTenant(database.db, [
    { username: 'admin', role: 'admin', unitPath: 'Exempelregionen' },
    { username: 'hs-controller', role: 'controller', unitPath: 'Exempelregionen / Hälso- och sjukvård' },
    {
      username: 'chef',
      name: 'Divisionschef Kirurgi',
      role: 'manager',
      unitPath: 'Exempelregionen / Hälso- och sjukvård / Division Kirurgi',
    },
    { username: 'politiker', role: 'reader', unitPath: 'Exempelregionen' },
  ]);
  ({ planId, unitIds } = seeded);
  slug = seeded.tenant.slug;
  const other = await seedExampleTenant(database.db, [
    { username: 'admin', role: 'admin', unitPath: 'Exempelregionen' },
  ]);
  otherTenant = { slug: other.tenant.slug, planId: other.planId, unitIds: other.unitIds };
  for (const user of ['admin', 'hs-controller', 'chef', 'politiker'])
    sessions[user] = await logInAs(app, slug, user);
});
afterAll(async () => {
  await app.close();
  await database.close();
});

async function measureByCode(session: Session, code: string): Promise<TMeasure> {
  const response = await app.inject({
    method: 'GET',
    url: `/api/plans/${planId}/measures?q=${code}`,
    headers: headers(session),
  });
  return (response.json() as { items: TMeasure[] }).items.find((m) => m.code === code)!;
}

describe('measures API', () => {
  it('lists with filters and paging', async () => {
    const page = await app.inject({
      method: 'GET',
      url: `/api/plans/${planId}/measures?limit=10&offset=0&sort=code`,
      headers: headers(sessions.admin!),
    });
    expect(page.statusCode).toBe(200);
    const body = page.json() as { items: TMeasure[]; total: number };
    expect(body.total).toBe(29);
    expect(body.items).toHaveLength(10);
    const filtered = await app.inject({
      method: 'GET',
      url: `/api/plans/${planId}/measures?savingsType=generalCut`,
      headers: headers(sessions.admin!),
    });
    expect((filtered.json() as { items: TMeasure[] }).items.map((m) => m.code).sort()).toEqual([
      'KB-01',
      'RS-03',
    ]);
  });

  it('refuses a stale version with 409, changing nothing', async () => {
    const measure = await measureByCode(sessions.admin!, 'KT-02');
    const first = await app.inject({
      method: 'PATCH',
      url: `/api/measures/${measure.id}`,
      headers: headers(sessions.admin!),
      payload: { version: measure.version, title: 'Indragning av turer (reviderad)' },
    });
    expect(first.statusCode).toBe(200);
    const stale = await app.inject({
      method: 'PATCH',
      url: `/api/measures/${measure.id}`,
      headers: headers(sessions.admin!),
      payload: { version: measure.version, title: 'Skriver över' },
    });
    expect(stale.statusCode).toBe(409);
    const body = stale.json() as { error: { code: string; message: string; current: { measure: TMeasure } } };
    expect(body.error.code).toBe('VERSION_CONFLICT');
    expect(body.error.current.measure.title).toBe('Indragning av turer (reviderad)');
    expect((await measureByCode(sessions.admin!, 'KT-02')).title).toBe('Indragning av turer (reviderad)');
  });

  it('lets a manager edit only his or her own measures, and a reader none', async () => {
    const own = await measureByCode(sessions.chef!, 'HS-07');
    expect(own.responsibleName).toBe('Divisionschef Kirurgi');
    const ok = await app.inject({
      method: 'PATCH',
      url: `/api/measures/${own.id}`,
      headers: headers(sessions.chef!),
      payload: { version: own.version, comment: 'Enligt plan' },
    });
    expect(ok.statusCode).toBe(200);
    const other = await measureByCode(sessions.admin!, 'HS-01');
    const refused = await app.inject({
      method: 'PATCH',
      url: `/api/measures/${other.id}`,
      headers: headers(sessions.chef!),
      payload: { version: other.version, comment: 'x' },
    });
    expect(refused.statusCode).toBe(403);
    const reader = await app.inject({
      method: 'PATCH',
      url: `/api/measures/${own.id}`,
      headers: headers(sessions.politiker!),
      payload: { version: own.version + 1, comment: 'x' },
    });
    expect(reader.statusCode).toBe(403);
    expect((reader.json() as { error: { code: string } }).error.code).toBe('FORBIDDEN');
  });

  it('keeps a controller within his or her subtree', async () => {
    const outside = await measureByCode(sessions.admin!, 'KT-01');
    const response = await app.inject({
      method: 'PATCH',
      url: `/api/measures/${outside.id}`,
      headers: headers(sessions['hs-controller']!),
      payload: { version: outside.version, comment: 'x' },
    });
    expect(response.statusCode).toBe(403);
    const hidden = await app.inject({
      method: 'GET',
      url: `/api/plans/${planId}/measures?limit=100`,
      headers: headers(sessions['hs-controller']!),
    });
    const codes = (hidden.json() as { items: TMeasure[] }).items.map((m) => m.code);
    expect(codes).toHaveLength(13);
    expect(codes.every((code) => code.startsWith('HS-'))).toBe(true);
  });

  it('creates a measure with effects and a status rule, and refuses to jump to done', async () => {
    const unit = unitIds.get('Exempelregionen / Hälso- och sjukvård / Division Kirurgi')!;
    const created = await app.inject({
      method: 'POST',
      url: `/api/plans/${planId}/measures`,
      headers: headers(sessions['hs-controller']!),
      payload: {
        code: 'HS-99',
        title: 'Ny åtgärd',
        orgUnitId: unit,
        effects: [
          { year: 2024, costType: 'personnel', amount: 1_000_000 },
          { year: 2024, costType: 'operating', amount: 250_000 },
        ],
      },
    });
    expect(created.statusCode).toBe(201);
    const measure = created.json() as TMeasure;
    expect(measure.status).toBe('proposed');
    const done = await app.inject({
      method: 'PATCH',
      url: `/api/measures/${measure.id}`,
      headers: headers(sessions['hs-controller']!),
      payload: { version: measure.version, status: 'done' },
    });
    expect(done.statusCode).toBe(400);
    expect((done.json() as { error: { message: string } }).error.message).toContain('beslutad');
    const summary = await app.inject({
      method: 'GET',
      url: `/api/plans/${planId}/summary?year=2024&by=unit`,
      headers: headers(sessions.admin!),
    });
    expect((summary.json() as { total: { planned: number } }).total.planned).toBe(557_700_000 + 1_250_000);
  });

  it('refuses ids of another tenant and never shows its rows', async () => {
    const foreignUnit = otherTenant.unitIds.get('Exempelregionen')!;
    const forged = await app.inject({
      method: 'POST',
      url: `/api/plans/${planId}/measures`,
      headers: headers(sessions.admin!),
      payload: { code: 'X-1', title: 'Intrång', orgUnitId: foreignUnit },
    });
    expect(forged.statusCode).toBe(403);
    const foreignPlan = await app.inject({
      method: 'GET',
      url: `/api/plans/${otherTenant.planId}/measures`,
      headers: headers(sessions.admin!),
    });
    expect(foreignPlan.statusCode).toBe(404);
  });

  it('answers bad input with a Swedish message naming the field, and no stack trace', async () => {
    const measure = await measureByCode(sessions.admin!, 'RS-01');
    const response = await app.inject({
      method: 'PATCH',
      url: `/api/measures/${measure.id}`,
      headers: headers(sessions.admin!),
      payload: { version: measure.version, effects: [{ year: 2024, costType: 'operating', amount: 12.5 }] },
    });
    expect(response.statusCode).toBe(400);
    const body = response.json() as {
      error: { code: string; message: string; details: { field: string }[] };
    };
    expect(body.error.code).toBe('VALIDATION');
    expect(body.error.details[0]?.field).toBe('body.effects.0.amount');
    expect(body.error.message).toContain('helt antal kronor');
    expect(response.body).not.toMatch(/at .*\.ts:\d+/);
    const absurd = await app.inject({
      method: 'PATCH',
      url: `/api/measures/${measure.id}`,
      headers: headers(sessions.admin!),
      payload: { version: measure.version, effects: [{ year: 2024, costType: 'operating', amount: 1e18 }] },
    });
    expect(absurd.statusCode).toBe(400);
    expect((absurd.json() as { error: { message: string } }).error.message).toContain('orimligt');
  });
});
