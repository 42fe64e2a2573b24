import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TMeasure } from '../../shared/schemas/measure';
import type { TUser } from '../../shared/schemas/user';
import { systemActor } from '../actor';
import type { BalansDatabase } from '../db/connect';
import { handMadeWorkbook } from '../test/hand-made-workbook';
import { buildTestApp, headers, logInAs, type Session, seedExampleTenant } from '../test/test-app';
import { openTestDatabase } from '../test/test-db';
import { importPlan } from '../use-cases/import-plan';

/** Issue 11, item 22: deciding is a controller's step, and a measure's responsible person can act on it. */

const KIRURGI = 'Exempelregionen / Hälso- och sjukvård / Division Kirurgi';
let database: BalansDatabase;
let app: FastifyInstance;
let planId: string;
let tenantId: string;
const as: Record<string, Session> = {};
const userIds: Record<string, string> = {};

beforeAll(async () => {
  database = await openTestDatabase();
  app = await buildTestApp(database.db);
  const seeded = await seedExampleTenant(database.db, [
    { username: 'admin', role: 'admin', unitPath: 'Exempelregionen' },
    { username: 'hs-controller', role: 'controller', unitPath: 'Exempelregionen / Hälso- och sjukvård' },
    { username: 'chef', name: 'Divisionschef Kirurgi', role: 'manager', unitPath: KIRURGI },
    { username: 'chef2', name: 'Biträdande chef Kirurgi', role: 'manager', unitPath: KIRURGI },
    { username: 'politiker', name: 'Politikern', role: 'reader', unitPath: 'Exempelregionen' },
  ]);
  planId = seeded.planId;
  tenantId = seeded.tenant.id;
  for (const user of ['admin', 'hs-controller', 'chef', 'politiker'])
    as[user] = await logInAs(app, seeded.tenant.slug, user);
  const users = (await call('admin', 'GET', '/api/users')).json() as TUser[];
  for (const user of users) userIds[user.username] = user.id;
});
afterAll(async () => {
  await app.close();
  await database.close();
});

function call(user: string, method: 'GET' | 'PATCH' | 'POST', url: string, payload?: object) {
  return app.inject({ method, url, headers: headers(as[user]!), ...(payload ? { payload } : {}) });
}
async function measure(code: string): Promise<TMeasure> {
  const response = await call('admin', 'GET', `/api/plans/${planId}/measures?q=${code}`);
  return (response.json() as { items: TMeasure[] }).items.find((m) => m.code === code)!;
}
const patch = async (user: string, code: string, change: object) => {
  const current = await measure(code);
  return call(user, 'PATCH', `/api/measures/${current.id}`, { version: current.version, ...change });
};
const messageOf = (response: { json: () => unknown }) =>
  (response.json() as { error: { message: string } }).error.message;

describe('decisions in a measure’s lifecycle', () => {
  it('refuses a manager who sets his own measure to beslutad or utgår, with a Swedish message', async () => {
    const own = await measure('HS-07');
    expect(own.responsibleUserId).toBe(userIds.chef);
    await patch('hs-controller', 'HS-07', { status: 'prepared' });
    for (const status of ['decided', 'cancelled']) {
      const refused = await patch('chef', 'HS-07', { status });
      expect(refused.statusCode).toBe(403);
      expect(messageOf(refused)).toContain('är ett beslut; det kan bara en controller eller administratör');
    }
    expect((await measure('HS-07')).status).toBe('prepared');
    expect((await patch('chef', 'HS-07', { status: 'proposed', comment: 'Omarbetas' })).statusCode).toBe(200);
  });

  it('lets the controller register the decision, the manager carry it out, and only the controller take it back', async () => {
    // Issue 12: beslutad and utgår come only through "Registrera beslut", by a body that may decide it.
    const byHand = await patch('hs-controller', 'HS-07', { status: 'decided' });
    expect(byHand.statusCode).toBe(422);
    expect(messageOf(byHand)).toMatch(/^Registrera beslutet först/);
    const units = (await call('admin', 'GET', '/api/org-units')).json() as { id: string; parentId: null }[];
    const body = await call('admin', 'POST', '/api/decision-bodies', {
      name: 'Regionstyrelsen',
      orgUnitId: units.find((unit) => unit.parentId === null)!.id,
    });
    const bodyId = (body.json() as { id: string }).id;
    const register = async (measureStatus: string) => {
      const response = await call('admin', 'POST', '/api/decisions', {
        bodyId,
        meetingDate: '2024-03-12',
        kind: 'decision',
        text: `Åtgärden blir ${measureStatus}`,
        measureIds: [(await measure('HS-07')).id],
        measureStatus,
      });
      expect(response.statusCode, response.body).toBe(201);
    };
    await register('decided');
    expect((await measure('HS-07')).status).toBe('decided');
    expect((await patch('chef', 'HS-07', { status: 'inProgress' })).statusCode).toBe(200);
    expect((await patch('chef', 'HS-07', { status: 'done' })).statusCode).toBe(200);
    const undo = await patch('chef', 'HS-07', { status: 'proposed' });
    expect(undo.statusCode).toBe(403);
    expect(messageOf(undo)).toContain('från genomförd till förslag');
    await register('cancelled');
    expect((await patch('chef', 'HS-07', { status: 'proposed' })).statusCode).toBe(403);
    expect((await measure('HS-07')).status).toBe('cancelled');
  });
});

describe('the responsible person', () => {
  it('cannot be a reader, for a manager or a controller', async () => {
    for (const user of ['chef', 'hs-controller']) {
      const refused = await patch(user, 'HS-11', { responsibleUserId: userIds.politiker });
      expect(refused.statusCode).toBe(400);
      expect(messageOf(refused)).toContain(
        'Politikern kan inte vara ansvarig: den ansvariga måste vara chef, controller eller administratör för åtgärdens enhet',
      );
    }
    expect((await measure('HS-11')).responsibleUserId).toBe(userIds.chef);
  });

  it('can be another manager of the unit, or a controller above it', async () => {
    expect((await patch('hs-controller', 'HS-11', { responsibleUserId: userIds.chef2 })).statusCode).toBe(
      200,
    );
    const controller = await patch('hs-controller', 'HS-11', { responsibleUserId: userIds['hs-controller'] });
    expect(controller.statusCode).toBe(200);
  });

  it('named in an import as a reader: kept as a name only, with a warning at the cell', async () => {
    const bytes = await handMadeWorkbook({
      Åtgärder: [
        ['Kod', 'Åtgärd', 'Enhet', 'Ansvarig', 'Personal 2024 (tkr)'],
        ['ANS-1', 'Läsarens åtgärd', KIRURGI, 'Politikern', 100],
        ['ANS-2', 'Chefens åtgärd', KIRURGI, 'Biträdande chef Kirurgi', 100],
      ],
    });
    const result = await importPlan(database.db, systemActor(tenantId, 'test'), {
      bytes,
      fileName: 'ansvar.xlsx',
    });
    expect(result.errors).toEqual([]);
    expect(result.warnings).toContainEqual({
      cell: 'Åtgärder!D2',
      message: expect.stringContaining('Politikern kan inte vara ansvarig för åtgärden'),
    });
    const items = (
      (await call('admin', 'GET', `/api/plans/${result.plan!.id}/measures`)).json() as { items: TMeasure[] }
    ).items;
    const byCode = new Map(items.map((m) => [m.code, m]));
    expect(byCode.get('ANS-1')).toMatchObject({ responsibleUserId: null, responsibleName: 'Politikern' });
    expect(byCode.get('ANS-2')).toMatchObject({ responsibleUserId: userIds.chef2 });
  });
});
