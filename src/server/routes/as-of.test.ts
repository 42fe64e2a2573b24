import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TMeasure } from '../../shared/schemas/measure';
import type { TPlanSummary } from '../../shared/schemas/summary';
import type { BalansDatabase } from '../db/connect';
import { buildTestApp, headers, logInAs, type Session, seedExampleTenant } from '../test/test-app';
import { openTestDatabase } from '../test/test-db';

let database: BalansDatabase;
let app: FastifyInstance;
let planId: string;
let session: Session;

beforeAll(async () => {
  database = await openTestDatabase();
  app = await buildTestApp(database.db);
  const seeded = await seedExampleTenant(database.db, [
    { username: 'controller', role: 'controller', unitPath: 'Exempelregionen' },
  ]);
  planId = seeded.planId;
  session = await logInAs(app, seeded.tenant.slug, 'controller');
});
afterAll(async () => {
  await app.close();
  await database.close();
});

/** An instant between two requests (PGlite's clock counts milliseconds: keep a few to either side). */
async function instant(): Promise<string> {
  await new Promise((resolve) => setTimeout(resolve, 3));
  const at = new Date().toISOString();
  await new Promise((resolve) => setTimeout(resolve, 3));
  return at;
}

async function get<T>(url: string): Promise<T> {
  const response = await app.inject({ method: 'GET', url, headers: headers(session) });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as T;
}

async function measureByCode(code: string, asOf?: string): Promise<TMeasure> {
  const query = `q=${code}${asOf ? `&asOf=${encodeURIComponent(asOf)}` : ''}`;
  const list = await get<{ items: TMeasure[] }>(`/api/plans/${planId}/measures?${query}`);
  return list.items.find((m) => m.code === code)!;
}

describe('as of an instant (?asOf=)', () => {
  it('answers every read with what was known then, after a measure was changed through the API', async () => {
    const before = await measureByCode('HS-07');
    const known = await instant();
    const summaryUrl = `/api/plans/${planId}/summary?year=2024&by=unit`;
    const summaryBefore = await get<TPlanSummary>(summaryUrl);
    const effects = before.effects.map((e) =>
      e.year === 2024 && e.costType === before.effects.find((x) => x.year === 2024)!.costType
        ? { ...e, amount: e.amount + 1_000_000 }
        : e,
    );
    const patched = await app.inject({
      method: 'PATCH',
      url: `/api/measures/${before.id}`,
      headers: headers(session),
      payload: { version: before.version, title: 'Ny rubrik', effects },
    });
    expect(patched.statusCode, patched.body).toBe(200);

    const summaryNow = await get<TPlanSummary>(summaryUrl);
    expect(summaryNow.total.planned).toBe(summaryBefore.total.planned + 1_000_000);
    const asOf = `&asOf=${encodeURIComponent(known)}`;
    expect(await get<TPlanSummary>(`${summaryUrl}${asOf}`)).toEqual(summaryBefore);

    expect((await measureByCode('HS-07')).title).toBe('Ny rubrik');
    expect(await measureByCode('HS-07', known)).toEqual(before);
    expect(await get<TMeasure>(`/api/measures/${before.id}?asOf=${encodeURIComponent(known)}`)).toEqual(
      before,
    );
  });

  it('shows nothing from before the plan existed, and refuses a day that does not exist with a Swedish message', async () => {
    const early = await app.inject({
      method: 'GET',
      url: `/api/plans/${planId}/summary?year=2024&asOf=2001-01-01`,
      headers: headers(session),
    });
    expect(early.statusCode).toBe(404);
    expect((await get<unknown[]>('/api/plans?asOf=2001-01-01')).length).toBe(0);
    const bad = await app.inject({
      method: 'GET',
      url: `/api/plans/${planId}/summary?year=2024&asOf=2024-02-30`,
      headers: headers(session),
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('ÅÅÅÅ-MM-DD');
  });
});
