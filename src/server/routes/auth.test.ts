import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BalansDatabase } from '../db/connect';
import { buildTestApp, headers, logInAs, seedExampleTenant, TEST_PASSWORD } from '../test/test-app';
import { openTestDatabase } from '../test/test-db';

let database: BalansDatabase;
let app: FastifyInstance;
let slug: string;
let planId: string;

beforeAll(async () => {
  database = await openTestDatabase();
  app = await buildTestApp(database.db);
  const seeded = await seedExampleTenant(database.db, [
    { username: 'admin', role: 'admin', unitPath: 'Exempelregionen' },
    { username: 'tandvard', role: 'controller', unitPath: 'Exempelregionen / Tandvård' },
  ]);
  slug = seeded.tenant.slug;
  planId = seeded.planId;
});
afterAll(async () => {
  await app.close();
  await database.close();
});

describe('login, sessions and CSRF', () => {
  it('answers a wrong password with 401 and the same message as an unknown user', async () => {
    const wrong = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { tenant: slug, username: 'admin', password: 'fel-lösenord' },
    });
    const unknown = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { tenant: slug, username: 'ingen', password: TEST_PASSWORD },
    });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    // The same answer but for the request id each answer names.
    expect({ ...wrong.json().error, requestId: 0 }).toEqual({ ...unknown.json().error, requestId: 0 });
    expect(wrong.cookies).toHaveLength(0);
  });

  it('sets an HttpOnly SameSite session cookie and knows the user afterwards', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { tenant: slug, username: 'admin', password: TEST_PASSWORD },
    });
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === 'balans_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Strict');
    const session = await app.inject({
      method: 'GET',
      url: '/api/auth/session',
      cookies: { balans_session: cookie.value },
    });
    expect(session.statusCode).toBe(200);
    expect((session.json() as { grants: { role: string }[] }).grants[0]?.role).toBe('admin');
  });

  it('refuses a state-changing request without the CSRF token', async () => {
    const session = await logInAs(app, slug, 'admin');
    const withoutToken = await app.inject({
      method: 'PUT',
      url: `/api/plans/${planId}/targets`,
      headers: { cookie: session.cookie },
      payload: { targets: [{ orgUnitId: null, year: 2024, amount: 500_000_000 }] },
    });
    expect(withoutToken.statusCode).toBe(403);
    expect((withoutToken.json() as { error: { code: string } }).error.code).toBe('CSRF');
    const withToken = await app.inject({
      method: 'PUT',
      url: `/api/plans/${planId}/targets`,
      headers: headers(session),
      payload: { targets: [{ orgUnitId: null, year: 2024, amount: 500_000_000 }] },
    });
    expect(withToken.statusCode).toBe(200);
    const summary = await app.inject({
      method: 'GET',
      url: `/api/plans/${planId}/summary?year=2024`,
      headers: headers(session),
    });
    expect((summary.json() as { total: { target: number } }).total.target).toBe(500_000_000);
  });

  it('ends the session at logout', async () => {
    const session = await logInAs(app, slug, 'admin');
    const out = await app.inject({ method: 'POST', url: '/api/auth/logout', headers: headers(session) });
    expect(out.statusCode).toBe(204);
    const after = await app.inject({ method: 'GET', url: '/api/plans', headers: headers(session) });
    expect(after.statusCode).toBe(401);
  });

  it('limits summaries to what the user may see', async () => {
    const session = await logInAs(app, slug, 'tandvard');
    const whole = await app.inject({
      method: 'GET',
      url: `/api/plans/${planId}/summary?year=2024`,
      headers: headers(session),
    });
    expect(whole.statusCode).toBe(403);
    const units = await app.inject({ method: 'GET', url: '/api/org-units', headers: headers(session) });
    const tandvard = (units.json() as { id: string; path: string }[]).find(
      (u) => u.path === 'Exempelregionen / Tandvård',
    )!;
    const own = await app.inject({
      method: 'GET',
      url: `/api/plans/${planId}/summary?year=2024&by=unit&orgUnitId=${tandvard.id}`,
      headers: headers(session),
    });
    expect(own.statusCode).toBe(200);
    expect((own.json() as { total: { planned: number } }).total.planned).toBe(14_500_000);
  });

  it('states the plausibility limit in force: 10 % of the planned level (557,7 mnkr) by default', async () => {
    const reader = await logInAs(app, slug, 'admin');
    const tenant = await app.inject({ method: 'GET', url: '/api/tenant', headers: headers(reader) });
    expect((tenant.json() as { plausibilityLimit: number }).plausibilityLimit).toBe(55_770_000);
  });

  it('lets only an admin change the organisation settings, and logs it', async () => {
    const controller = await logInAs(app, slug, 'tandvard');
    const refused = await app.inject({
      method: 'PATCH',
      url: '/api/tenant',
      headers: headers(controller),
      payload: { settings: { groups: ['utbud'] } },
    });
    expect(refused.statusCode).toBe(403);
    const admin = await logInAs(app, slug, 'admin');
    const changed = await app.inject({
      method: 'PATCH',
      url: '/api/tenant',
      headers: headers(admin),
      payload: { settings: { feasibilityWeights: { 1: 0.95, 2: 0.5, 3: 0.2 } } },
    });
    expect(changed.statusCode).toBe(200);
    expect((changed.json() as { settings: unknown }).settings).toEqual({
      feasibilityWeights: { 1: 0.95, 2: 0.5, 3: 0.2 },
    });
    const invalid = await app.inject({
      method: 'PATCH',
      url: '/api/tenant',
      headers: headers(admin),
      payload: { settings: { feasibilityWeights: { 1: 1.5, 2: 0.5, 3: 0.2 } } },
    });
    expect(invalid.statusCode).toBe(400);
    const limited = await app.inject({
      method: 'PATCH',
      url: '/api/tenant',
      headers: headers(admin),
      payload: { settings: { plausibilityLimit: 20_000_000 } },
    });
    expect((limited.json() as { plausibilityLimit: number }).plausibilityLimit).toBe(20_000_000);
    const audit = await app.inject({
      method: 'GET',
      url: '/api/audit?entity=tenant',
      headers: headers(admin),
    });
    expect((audit.json() as { items: { action: string }[] }).items[0]?.action).toBe('update');
    const notAudit = await app.inject({ method: 'GET', url: '/api/audit', headers: headers(controller) });
    expect(notAudit.statusCode).toBe(403);
  });

  it('answers malformed JSON with a Swedish error and no stack trace', async () => {
    const session = await logInAs(app, slug, 'admin');
    const response = await app.inject({
      method: 'POST',
      url: '/api/plans',
      headers: { ...headers(session), 'content-type': 'application/json' },
      payload: '{"name": "Trasig',
    });
    expect(response.statusCode).toBe(400);
    const body = response.json() as { error: { code: string; message: string } };
    expect(body.error.code).toBe('VALIDATION');
    expect(body.error.message).toContain('kunde inte tolkas');
    expect(response.body).not.toContain('at ');
  });

  it('serves the OpenAPI document and JSON errors for unknown addresses', async () => {
    const docs = await app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(docs.statusCode).toBe(200);
    const paths = Object.keys((docs.json() as { paths: Record<string, unknown> }).paths);
    expect(paths).toContain('/api/plans/{planId}/measures');
    expect(paths).not.toContain('/api/internal/cli');
    const missing = await app.inject({ method: 'GET', url: '/api/finns-inte' });
    expect(missing.statusCode).toBe(404);
    expect((missing.json() as { error: { code: string } }).error.code).toBe('NOT_FOUND');
  });
});
