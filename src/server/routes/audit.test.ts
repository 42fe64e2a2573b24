import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TAuditPage } from '../../shared/schemas/audit';
import type { TMeasure } from '../../shared/schemas/measure';
import type { BalansDatabase } from '../db/connect';
import { buildTestApp, headers, logInAs, type Session, seedExampleTenant } from '../test/test-app';
import { openTestDatabase } from '../test/test-db';

let database: BalansDatabase;
let app: FastifyInstance;
let planId: string;
let otherMeasureId: string;
const sessions: Record<string, Session> = {};

async function measureByCode(session: Session, plan: string, code: string): Promise<TMeasure> {
  const response = await app.inject({
    method: 'GET',
    url: `/api/plans/${plan}/measures?q=${code}`,
    headers: headers(session),
  });
  return (response.json() as { items: TMeasure[] }).items.find((m) => m.code === code)!;
}

beforeAll(async () => {
  database = await openTestDatabase();
  app = await buildTestApp(database.db);
  const seeded = await seedExampleTenant(database.db, [
    { username: 'admin', name: 'Ekonomidirektör', role: 'admin', unitPath: 'Exempelregionen' },
    { username: 'revisor', role: 'auditor', unitPath: 'Exempelregionen' },
    { username: 'politiker', role: 'reader', unitPath: 'Exempelregionen' },
    {
      username: 'chef',
      name: 'Divisionschef Kirurgi',
      role: 'manager',
      unitPath: 'Exempelregionen / Hälso- och sjukvård / Division Kirurgi',
    },
  ]);
  planId = seeded.planId;
  for (const user of ['admin', 'revisor', 'politiker', 'chef']) {
    sessions[user] = await logInAs(app, seeded.tenant.slug, user);
  }
  const other = await seedExampleTenant(database.db, [
    { username: 'admin', role: 'admin', unitPath: 'Exempelregionen' },
  ]);
  const otherAdmin = await logInAs(app, other.tenant.slug, 'admin');
  otherMeasureId = (await measureByCode(otherAdmin, other.planId, 'HS-07')).id;
});
afterAll(async () => {
  await app.close();
  await database.close();
});

describe('audit API', () => {
  it('shows a measure update with before and after in its history, to everyone who may read the measure', async () => {
    const measure = await measureByCode(sessions.admin!, planId, 'HS-07');
    const patched = await app.inject({
      method: 'PATCH',
      url: `/api/measures/${measure.id}`,
      headers: headers(sessions.admin!),
      payload: {
        version: measure.version,
        title: 'Produktions- och kapacitetsstyrning (reviderad)',
        feasibility: 1,
      },
    });
    expect(patched.statusCode).toBe(200);

    for (const user of ['politiker', 'chef', 'revisor']) {
      const history = await app.inject({
        method: 'GET',
        url: `/api/measures/${measure.id}/history`,
        headers: headers(sessions[user]!),
      });
      expect(history.statusCode).toBe(200);
      const { items } = history.json() as TAuditPage;
      const latest = items[0]!;
      expect(latest).toMatchObject({
        entity: 'measure',
        entityId: measure.id,
        action: 'update',
        actor: 'Ekonomidirektör',
      });
      expect(latest.at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
      expect(latest.before).toMatchObject({
        title: 'Produktions- och kapacitetsstyrning',
        feasibility: 2,
        version: measure.version,
      });
      expect(latest.after).toMatchObject({
        title: 'Produktions- och kapacitetsstyrning (reviderad)',
        feasibility: 1,
        version: measure.version + 1,
      });
      expect(items.at(-1)).toMatchObject({ action: 'create', actor: 'test', before: null });
      expect(items.every((item) => item.entityId === measure.id)).toBe(true);
    }

    const outside = await measureByCode(sessions.admin!, planId, 'KT-02');
    const refused = await app.inject({
      method: 'GET',
      url: `/api/measures/${outside.id}/history`,
      headers: headers(sessions.chef!),
    });
    expect(refused.statusCode).toBe(403);
    const foreign = await app.inject({
      method: 'GET',
      url: `/api/measures/${otherMeasureId}/history`,
      headers: headers(sessions.admin!),
    });
    expect(foreign.statusCode).toBe(404);
  });

  it('shows the audit log, newest first and page by page, to auditors and admins only', async () => {
    const first = await app.inject({
      method: 'GET',
      url: '/api/audit?limit=2',
      headers: headers(sessions.revisor!),
    });
    expect(first.statusCode).toBe(200);
    const page = first.json() as TAuditPage;
    expect(page.items).toHaveLength(2);
    expect(page.items[0]!.id).toBeGreaterThan(page.items[1]!.id);
    expect(page.items[0]).toMatchObject({ entity: 'measure', action: 'update', actor: 'Ekonomidirektör' });
    expect(page.nextBeforeId).toBe(page.items[1]!.id);

    const next = await app.inject({
      method: 'GET',
      url: `/api/audit?limit=2&beforeId=${page.nextBeforeId}`,
      headers: headers(sessions.revisor!),
    });
    const nextPage = next.json() as TAuditPage;
    expect(nextPage.items).toHaveLength(2);
    expect(nextPage.items[0]!.id).toBeLessThan(page.items[1]!.id);

    const measures = await app.inject({
      method: 'GET',
      url: '/api/audit?entity=measure&limit=1000',
      headers: headers(sessions.admin!),
    });
    const measureEntries = (measures.json() as TAuditPage).items;
    // 29 measures created by the import, then the update of the previous test.
    expect(measureEntries.filter((entry) => entry.action === 'create')).toHaveLength(29);
    expect(measureEntries.every((entry) => entry.entity === 'measure')).toBe(true);
    expect((measures.json() as TAuditPage).nextBeforeId).toBeNull();

    for (const user of ['politiker', 'chef']) {
      const refused = await app.inject({
        method: 'GET',
        url: '/api/audit',
        headers: headers(sessions[user]!),
      });
      expect(refused.statusCode).toBe(403);
      expect((refused.json() as { error: { code: string; message: string } }).error).toMatchObject({
        code: 'FORBIDDEN',
        message: 'Bara revisorer och administratörer kan läsa ändringsloggen',
      });
    }
  });

  it('documents the routes of decisions, commitments and the audit log in OpenAPI', async () => {
    const docs = await app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(docs.statusCode).toBe(200);
    const spec = docs.json() as { paths: Record<string, Record<string, { tags: string[] }>> };
    expect(spec.paths['/api/audit']?.get?.tags).toEqual(['Ändringslogg']);
    expect(spec.paths['/api/measures/{id}/history']?.get?.tags).toEqual(['Ändringslogg']);
    expect(Object.keys(spec.paths['/api/decisions/{id}'] ?? {}).sort()).toEqual(['delete', 'get', 'patch']);
    expect(spec.paths['/api/plans/{planId}/measures-without-decision']?.get?.tags).toEqual(['Beslut']);
    expect(Object.keys(spec.paths['/api/plans/{planId}/commitments'] ?? {}).sort()).toEqual(['get', 'put']);
    expect(spec.paths['/api/commitments/{id}/accept']?.post?.tags).toEqual(['Åtgärdsbeting']);
  });
});
