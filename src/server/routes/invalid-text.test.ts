import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BalansDatabase } from '../db/connect';
import { buildTestApp, headers, logInAs, type Session, seedExampleTenant } from '../test/test-app';
import { openTestDatabase } from '../test/test-db';

/**
 * Issue 11: a NUL byte or a lone surrogate in any text input is refused with 400 and a Swedish message naming
 * the field — never a 500 from the database. One table: every route that takes text, every text field.
 */

let database: BalansDatabase;
let app: FastifyInstance;
let session: Session;
let planId: string;
const ID = '00000000-0000-4000-8000-000000000001';

beforeAll(async () => {
  database = await openTestDatabase();
  app = await buildTestApp(database.db);
  const seeded = await seedExampleTenant(database.db, [
    { username: 'admin', role: 'admin', unitPath: 'Exempelregionen' },
  ]);
  planId = seeded.planId;
  session = await logInAs(app, seeded.tenant.slug, 'admin');
});
afterAll(async () => {
  await app.close();
  await database.close();
});

type Method = 'POST' | 'PATCH' | 'PUT';
interface BodyCase {
  method: Method;
  url: () => string;
  field: string;
  payload: (bad: string) => unknown;
}

const measure = (over: Record<string, unknown>) => ({ code: 'NY-1', title: 'Ny', orgUnitId: ID, ...over });
const decision = (over: Record<string, unknown>) => ({
  bodyId: ID,
  meetingDate: '2024-05-02',
  kind: 'decision',
  text: 'Beslut',
  ...over,
});
const user = (over: Record<string, unknown>) => ({
  username: 'ny',
  name: 'Ny',
  password: 'ett-långt-lösenord',
  ...over,
});

const BODY_CASES: BodyCase[] = [
  ...['tenant', 'username', 'password'].map((field) => ({
    method: 'POST' as const,
    url: () => '/api/auth/login',
    field,
    payload: (bad: string) => ({ tenant: 'x', username: 'x', password: 'x', [field]: bad }),
  })),
  { method: 'PATCH', url: () => '/api/tenant', field: 'name', payload: (bad) => ({ name: bad }) },
  {
    method: 'PATCH',
    url: () => '/api/tenant',
    field: 'settings.groups.0',
    payload: (bad) => ({ settings: { groups: [bad] } }),
  },
  ...['name', 'code'].map((field) => ({
    method: 'POST' as const,
    url: () => '/api/org-units',
    field,
    payload: (bad: string) => ({ parentId: ID, name: 'Ny', kind: 'department', [field]: bad }),
  })),
  {
    method: 'PATCH',
    url: () => `/api/org-units/${ID}`,
    field: 'name',
    payload: (bad) => ({ version: 1, name: bad }),
  },
  ...['username', 'name', 'email', 'password'].map((field) => ({
    method: 'POST' as const,
    url: () => '/api/users',
    field,
    payload: (bad: string) => user({ [field]: `${bad}-långt-nog-för-lösenord` }),
  })),
  ...['name', 'baselineText'].map((field) => ({
    method: 'POST' as const,
    url: () => '/api/plans',
    field,
    payload: (bad: string) => ({ name: 'Ny plan', [field]: bad }),
  })),
  {
    method: 'PATCH',
    url: () => `/api/plans/${planId}`,
    field: 'name',
    payload: (bad) => ({ version: 1, name: bad }),
  },
  ...['code', 'title', 'description', 'responsibleName', 'group', 'consequences', 'comment'].map((field) => ({
    method: 'POST' as const,
    url: () => `/api/plans/${planId}/measures`,
    field,
    payload: (bad: string) => measure({ [field]: bad }),
  })),
  {
    method: 'POST',
    url: () => `/api/plans/${planId}/measures`,
    field: 'programmes.0',
    payload: (bad) => measure({ programmes: [bad] }),
  },
  ...['title', 'followUpMetric', 'followUpMethod'].map((field) => ({
    method: 'PATCH' as const,
    url: () => `/api/measures/${ID}`,
    field,
    payload: (bad: string) => ({ version: 1, [field]: bad }),
  })),
  {
    method: 'POST',
    url: () => '/api/decision-bodies',
    field: 'name',
    payload: (bad) => ({ name: bad, orgUnitId: ID }),
  },
  ...['paragraph', 'text', 'attachmentUrl'].map((field) => ({
    method: 'POST' as const,
    url: () => '/api/decisions',
    field,
    payload: (bad: string) => decision({ [field]: bad }),
  })),
  {
    method: 'PATCH',
    url: () => `/api/decisions/${ID}`,
    field: 'text',
    payload: (bad) => ({ version: 1, text: bad }),
  },
  ...['name', 'sourceNote'].map((field) => ({
    method: 'POST' as const,
    url: () => '/api/scenarios',
    field,
    payload: (bad: string) => ({ name: 'S', input: {}, [field]: bad }),
  })),
  {
    method: 'PATCH',
    url: () => `/api/scenarios/${ID}`,
    field: 'name',
    payload: (bad) => ({ version: 1, name: bad }),
  },
  {
    method: 'POST',
    url: () => `/api/scenarios/${ID}/copy`,
    field: 'name',
    payload: (bad) => ({ name: bad }),
  },
  {
    method: 'PUT',
    url: () => `/api/measures/${ID}/reports/2024-09`,
    field: 'comment',
    payload: (bad) => ({ forecastYear: 1, outcomeYtd: 1, status: 'green', comment: bad }),
  },
  {
    method: 'POST',
    url: () => `/api/rounds/${ID}/reopen`,
    field: 'reason',
    payload: (bad) => ({ version: 1, reason: bad }),
  },
];

const BAD = [
  { what: 'a NUL byte', text: 'a\u0000b', message: 'ett NUL-tecken (U+0000)' },
  { what: 'a lone surrogate', text: 'a\uD800b', message: 'ett ensamt surrogattecken (U+D800)' },
];

describe('a NUL byte or a lone surrogate in a JSON text field', () => {
  for (const bad of BAD) {
    it.each(BODY_CASES)(`${bad.what} in $method $field is refused with 400 naming the field`, async (c) => {
      const response = await app.inject({
        method: c.method,
        url: c.url(),
        headers: headers(session),
        payload: c.payload(bad.text) as Record<string, unknown>,
      });
      expect(response.statusCode, response.body).toBe(400);
      const { error } = response.json();
      expect(error.code).toBe('VALIDATION');
      expect(error.details).toContainEqual({
        field: `body.${c.field}`,
        message: `Texten innehåller ${bad.message}, som inte är tillåtet`,
      });
    });
  }
});

describe('a NUL byte or a lone surrogate inside the assumptions of a scenario', () => {
  const year = {
    revenueGrowth: 0.04,
    wageGrowth: 0.035,
    priceGrowth: 0.025,
    personnelShare: 0.5,
    otherShare: 0.45,
    volume: 0.005,
  };
  const input = (extra: Record<string, unknown>) => ({
    baseYear: 2023,
    base: { revenue: 12_900_000_000, netCost: 13_000_000_000 },
    years: { '2024': { ...year, planLevel: 1_000_000 }, ...extra },
  });
  it.each([
    { what: 'a NUL in a key', extra: { 'a\u0000': year } },
    { what: 'a lone surrogate in a key', extra: { '\uD800': year } },
    { what: 'a NUL in a value', extra: { '2025': { ...year, volume: 'x\u0000' } } },
  ])('$what never reaches the database (400, not 500)', async ({ extra }) => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/scenarios',
      headers: headers(session),
      payload: { name: `S ${Math.random()}`, input: input(extra) },
    });
    expect(response.statusCode, response.body).toBe(400);
  });
});

describe('a NUL byte in a query or path parameter', () => {
  const cases = [
    { url: () => `/api/plans/${planId}/measures?q=a%00b`, field: 'querystring.q' },
    { url: () => `/api/plans/${planId}/measures?group=a%00b`, field: 'querystring.group' },
    { url: () => '/api/audit?entity=a%00b', field: 'querystring.entity' },
    { url: () => '/api/plans/a%00b/export', field: 'params.planId' },
  ];
  it.each(cases)('GET $field is refused with 400 naming it', async (c) => {
    const response = await app.inject({ method: 'GET', url: c.url(), headers: headers(session) });
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json().error.message).toBe(
      `Ogiltiga uppgifter: ${c.field}: Texten innehåller ett NUL-tecken (U+0000), som inte är tillåtet`,
    );
  });

  it('refuses a NUL byte in the name of an imported plan and its file name', async () => {
    for (const parameter of ['plan', 'fileName']) {
      const response = await app.inject({
        method: 'POST',
        url: `/api/imports/plan?dryRun=true&${parameter}=x%00`,
        headers: { ...headers(session), 'content-type': 'application/octet-stream' },
        payload: Buffer.from('PK'),
      });
      expect(response.statusCode, response.body).toBe(400);
      expect(response.json().error.message).toContain(
        `querystring.${parameter}: Texten innehåller ett NUL-tecken`,
      );
    }
  });
});
