import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BalansDatabase } from '../db/connect';
import { withTenant } from '../db/tenant-scope';
import { updateUser } from '../repositories/user-repository';
import {
  buildTestApp,
  headers,
  logInAs,
  type Session,
  seedExampleTenant,
  TEST_PASSWORD,
} from '../test/test-app';
import { openTestDatabase } from '../test/test-db';

/**
 * Issue 11 (item 21): a user whose grants are all revoked reads nothing (403 everywhere but his session); a
 * deactivated user cannot log in and his sessions end.
 */

let database: BalansDatabase;
let app: FastifyInstance;
let slug: string;
let tenantId: string;
let planId: string;
let admin: Session;
let revoked: Session;
const NO_GRANT =
  'Du har ingen behörighet i Balans: ingen roll på någon enhet. Be en administratör om behörighet.';
const ID = '00000000-0000-4000-8000-000000000001';

interface ListedUser {
  id: string;
  username: string;
  grants: { id: string }[];
}

async function usersAsAdmin(): Promise<ListedUser[]> {
  return (await app.inject({ method: 'GET', url: '/api/users', headers: headers(admin) })).json();
}

beforeAll(async () => {
  database = await openTestDatabase();
  app = await buildTestApp(database.db);
  const seeded = await seedExampleTenant(database.db, [
    { username: 'admin', role: 'admin', unitPath: 'Exempelregionen' },
    { username: 'forre', role: 'controller', unitPath: 'Exempelregionen' },
    { username: 'slutat', role: 'reader', unitPath: 'Exempelregionen' },
  ]);
  slug = seeded.tenant.slug;
  tenantId = seeded.tenant.id;
  planId = seeded.planId;
  admin = await logInAs(app, slug, 'admin');
  // Logged in while he still had his role; then the admin revokes it.
  revoked = await logInAs(app, slug, 'forre');
  const user = (await usersAsAdmin()).find((u) => u.username === 'forre')!;
  for (const grant of user.grants) {
    const response = await app.inject({
      method: 'DELETE',
      url: `/api/users/${user.id}/grants/${grant.id}`,
      headers: headers(admin),
    });
    expect(response.statusCode, response.body).toBe(200);
  }
});
afterAll(async () => {
  await app.close();
  await database.close();
});

describe('a user without any grant', () => {
  const reads = [
    '/api/users',
    '/api/tenant',
    '/api/org-units',
    '/api/plans',
    () => `/api/plans/${planId}`,
    () => `/api/plans/${planId}/measures`,
    () => `/api/plans/${planId}/summary?year=2024`,
    () => `/api/plans/${planId}/forecast-history?year=2024`,
    () => `/api/plans/${planId}/stale-measures?year=2024&period=2024-09`,
    () => `/api/plans/${planId}/rounds`,
    () => `/api/plans/${planId}/commitments`,
    () => `/api/plans/${planId}/measures-without-decision`,
    () => `/api/plans/${planId}/export`,
    '/api/decisions',
    '/api/decisions/noted',
    '/api/decisions/assignments-past-due',
    '/api/decision-bodies',
    `/api/decisions/${ID}`,
    '/api/scenarios',
    `/api/scenarios/${ID}`,
    `/api/scenarios/${ID}/result`,
    `/api/measures/${ID}`,
    `/api/measures/${ID}/history`,
    `/api/rounds/${ID}`,
    `/api/rounds/${ID}/my-reports`,
    '/api/audit',
  ];
  it.each(reads.map((url) => ({ url })))('reads nothing: GET $url answers 403', async ({ url }) => {
    const path = typeof url === 'function' ? url() : url;
    const response = await app.inject({ method: 'GET', url: path, headers: headers(revoked) });
    expect(response.statusCode, response.body).toBe(403);
    expect(response.json().error).toMatchObject({ code: 'FORBIDDEN', message: NO_GRANT });
  });

  it('changes nothing either', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/plans',
      headers: headers(revoked),
      payload: { name: 'Smygplan', firstYear: 2025, lastYear: 2025, convention: 'level' },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.message).toBe(NO_GRANT);
  });

  it('still has his session, with no grants, so that the web can say why; and can log out', async () => {
    const session = await app.inject({ method: 'GET', url: '/api/auth/session', headers: headers(revoked) });
    expect(session.statusCode).toBe(200);
    expect(session.json()).toMatchObject({ user: { name: 'forre' }, grants: [] });
    const fresh = await logInAs(app, slug, 'forre');
    const out = await app.inject({ method: 'POST', url: '/api/auth/logout', headers: headers(fresh) });
    expect(out.statusCode).toBe(204);
  });
});

describe('a deactivated user', () => {
  it('loses his open session at the next request and cannot log in again', async () => {
    const session = await logInAs(app, slug, 'slutat');
    expect(
      (await app.inject({ method: 'GET', url: '/api/plans', headers: headers(session) })).statusCode,
    ).toBe(200);
    const user = (await usersAsAdmin()).find((u) => u.username === 'slutat')!;
    await withTenant(database.db, tenantId, (trx) => updateUser(trx, user.id, { isActive: false }));
    for (const url of ['/api/plans', '/api/auth/session']) {
      const response = await app.inject({ method: 'GET', url, headers: headers(session) });
      expect(response.statusCode, url).toBe(401);
    }
    const again = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { tenant: slug, username: 'slutat', password: TEST_PASSWORD },
    });
    expect(again.statusCode).toBe(401);
    expect(again.json().error.message).toBe('Fel organisation, användarnamn eller lösenord');
  });
});
