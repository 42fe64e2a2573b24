import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from './app';
import { resolveConfig } from './config';
import type { BalansDatabase } from './db/connect';
import { buildTestApp, seedExampleTenant, TEST_PASSWORD } from './test/test-app';
import { openTestDatabase } from './test/test-db';

/** Issue 11: security headers on every answer, a request log without secrets, a request id in every error. */

let database: BalansDatabase;
let app: FastifyInstance;
let slug: string;
const log: string[] = [];

beforeAll(async () => {
  database = await openTestDatabase();
  app = await buildTestApp(database.db, { logStream: { write: (line) => log.push(line) } });
  // A route that fails as a bug would: the generic 500 path.
  app.get('/api/test/boom', async () => {
    throw new Error('Avsiktligt fel i testet');
  });
  slug = (
    await seedExampleTenant(database.db, [{ username: 'admin', role: 'admin', unitPath: 'Exempelregionen' }])
  ).tenant.slug;
});
afterAll(async () => {
  await app.close();
  await database.close();
});

const logLines = () => log.map((line) => JSON.parse(line) as Record<string, unknown>);

function expectSecurityHeaders(headers: Record<string, unknown>) {
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['referrer-policy']).toBe('same-origin');
  expect(headers['cross-origin-opener-policy']).toBe('same-origin');
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
}

describe('security headers', () => {
  it('are on an API answer, which is never stored', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(200);
    expectSecurityHeaders(response.headers);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.headers['strict-transport-security']).toBeUndefined();
  });

  it('are on a 404, whose error names the request id of its header', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/finns-inte' });
    expect(response.statusCode).toBe(404);
    expectSecurityHeaders(response.headers);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.json().error).toEqual({
      code: 'NOT_FOUND',
      message: 'Adressen GET /api/finns-inte finns inte',
      requestId: response.headers['x-request-id'],
    });
  });

  it('are on a web page, and on an error answer of a route with a declared error schema', async () => {
    const page = await app.inject({ method: 'GET', url: '/' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expectSecurityHeaders(page.headers);
    const unauthenticated = await app.inject({ method: 'GET', url: '/api/auth/session' });
    expect(unauthenticated.statusCode).toBe(401);
    expectSecurityHeaders(unauthenticated.headers);
    expect(unauthenticated.json().error.requestId).toBe(unauthenticated.headers['x-request-id']);
    const invalid = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { tenant: '' } });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().error.requestId).toBe(invalid.headers['x-request-id']);
  });

  it('include HSTS in production', async () => {
    const config = {
      ...resolveConfig({ data: '/nonexistent' }, { NODE_ENV: 'production' }),
      logLevel: 'silent',
    };
    const production = await buildApp({ db: database.db, config });
    const response = await production.inject({ method: 'GET', url: '/api/health' });
    await production.close();
    expect(response.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
  });
});

describe('the request log and the request id', () => {
  it('logs a 500 with the request id the answer shows, and no stack in the answer', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/test/boom' });
    expect(response.statusCode).toBe(500);
    const { error } = response.json();
    expect(error).toEqual({
      code: 'INTERNAL',
      message: 'Ett oväntat fel inträffade. Inget har sparats.',
      requestId: response.headers['x-request-id'],
    });
    const logged = logLines().find((line) => line.level === 50 && line.reqId === error.requestId);
    expect(logged).toBeDefined();
    expect(JSON.stringify(logged)).toContain('Avsiktligt fel i testet');
  });

  it('honours a sane incoming X-Request-Id and replaces one that could forge a log line', async () => {
    const sane = await app.inject({
      method: 'GET',
      url: '/api/health',
      headers: { 'x-request-id': 'lb-42.abc' },
    });
    expect(sane.headers['x-request-id']).toBe('lb-42.abc');
    for (const bad of ['två ord', 'x'.repeat(65), 'a"}{"level":60']) {
      const response = await app.inject({
        method: 'GET',
        url: '/api/health',
        headers: { 'x-request-id': bad },
      });
      expect(response.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    }
  });

  it('holds no password, session cookie or CSRF token after a login', async () => {
    log.length = 0;
    const response = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { tenant: slug, username: 'admin', password: TEST_PASSWORD },
    });
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === 'balans_session')!.value;
    await app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie: `balans_session=${cookie}`, 'x-csrf-token': response.json().csrfToken },
    });
    const text = log.join('');
    expect(logLines().some((line) => line.reqId === response.headers['x-request-id'])).toBe(true);
    expect(text).not.toContain(TEST_PASSWORD);
    expect(text).not.toContain(cookie);
    expect(text).not.toContain(response.json().csrfToken);
  });
});
