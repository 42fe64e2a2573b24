import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TRound, TRoundView } from '../../shared/schemas/round';
import { systemActor } from '../actor';
import type { BalansDatabase } from '../db/connect';
import { withTenant } from '../db/tenant-scope';
import { buildTestApp, headers, logInAs, type Session, seedExampleTenant } from '../test/test-app';
import { openTestDatabase } from '../test/test-db';
import { getRoundView } from '../use-cases/rounds/get-round-view';

const ROOT = 'Exempelregionen';
const KT = `${ROOT} / Kollektivtrafik`;
let database: BalansDatabase;
let app: FastifyInstance;
let planId: string;
let tenantId: string;
let unitIds: Map<string, string>;
let foreignPlanId: string;
const as: Record<string, Session> = {};
let round: TRound;

beforeAll(async () => {
  database = await openTestDatabase();
  app = await buildTestApp(database.db);
  const seeded = await seedExampleTenant(database.db, [
    { username: 'admin', role: 'admin', unitPath: ROOT },
    { username: 'hs-controller', role: 'controller', unitPath: `${ROOT} / Hälso- och sjukvård` },
    { username: 'kt-chef', name: 'Förvaltningschef Kollektivtrafik', role: 'manager', unitPath: KT },
    { username: 'politiker', role: 'reader', unitPath: ROOT },
  ]);
  ({ planId, unitIds } = seeded);
  tenantId = seeded.tenant.id;
  foreignPlanId = (await seedExampleTenant(database.db, [])).planId;
  for (const user of ['admin', 'hs-controller', 'kt-chef', 'politiker'])
    as[user] = await logInAs(app, seeded.tenant.slug, user);
});
afterAll(async () => {
  await app.close();
  await database.close();
});

function call(user: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) {
  return app.inject({ method, url, headers: headers(as[user]!), ...(payload ? { payload } : {}) });
}
const open = (user: string, body: object) => call(user, 'POST', `/api/plans/${planId}/rounds`, body);
const errorOf = (response: { json: () => unknown }) =>
  (response.json() as { error: { code: string; message: string; details?: { field: string }[] } }).error;

describe('reporting rounds', () => {
  it('checks who opens what, the period and the deadline', async () => {
    const body = { period: '2024-09', orgUnitId: unitIds.get(KT)!, deadline: '2024-10-15' };
    expect((await open('hs-controller', body)).statusCode).toBe(403);
    expect((await open('kt-chef', body)).statusCode).toBe(403);
    expect((await open('politiker', body)).statusCode).toBe(403);
    const early = await open('admin', { ...body, deadline: '2024-08-31' });
    expect(errorOf(early).details).toEqual([expect.objectContaining({ field: 'deadline' })]);
    const outside = await open('admin', { ...body, period: '2031-01', deadline: '2031-02-10' });
    expect(errorOf(outside).details).toEqual([expect.objectContaining({ field: 'period' })]);
    const badMonth = await open('admin', { ...body, period: '2024-13' });
    expect(errorOf(badMonth).details?.[0]?.field).toBe('body.period');
    const foreign = await call('admin', 'POST', `/api/plans/${foreignPlanId}/rounds`, body);
    expect(foreign.statusCode).toBe(404);
    const opened = await open('admin', body);
    expect(opened.statusCode).toBe(201);
    round = opened.json() as TRound;
    const audit = await withTenant(database.db, tenantId, (trx) =>
      trx.selectFrom('auditLog').select('action').where('entityId', '=', round.id).execute(),
    );
    expect(audit).toEqual([{ action: 'create' }]);
  });

  it('shows the round to those who can read its unit or work inside it, and to no one else', async () => {
    const list = async (user: string) =>
      ((await call(user, 'GET', `/api/plans/${planId}/rounds`)).json() as TRound[]).map((r) => r.id);
    expect(await list('politiker')).toEqual([round.id]);
    expect(await list('kt-chef')).toEqual([round.id]);
    expect(await list('hs-controller')).toEqual([]);
    expect((await call('hs-controller', 'GET', `/api/rounds/${round.id}`)).statusCode).toBe(403);
  });

  it('marks what is not reported after the deadline as overdue, per unit and person', async () => {
    const view = (await call('politiker', 'GET', `/api/rounds/${round.id}`)).json() as TRoundView;
    expect(view.isPastDeadline).toBe(true);
    expect(view.round.canManage).toBe(false);
    expect(view.totals).toEqual({ due: 3, reported: 0, drafts: 0, notReported: 3, overdue: 3 });
    expect(view.measures.map((m) => m.state)).toEqual(['overdue', 'overdue', 'overdue']);
    expect(view.units).toEqual([
      {
        orgUnitId: unitIds.get(KT),
        parentId: unitIds.get(ROOT),
        orgUnitPath: KT,
        due: 3,
        reported: 0,
        drafts: 0,
        notReported: 3,
        overdue: 3,
      },
    ]);
    expect(view.remind).toEqual([
      {
        responsible: { userId: expect.any(String), name: 'Förvaltningschef Kollektivtrafik' },
        measureCodes: ['KT-01', 'KT-02', 'KT-03'],
      },
    ]);
    const before = await withTenant(database.db, tenantId, (trx) =>
      getRoundView(trx, systemActor(tenantId, 'test'), round.id, '2024-10-15'),
    );
    expect(before.isPastDeadline).toBe(false);
    expect(before.totals).toMatchObject({ notReported: 3, overdue: 0 });
    expect(before.measures.every((m) => m.state === 'notReported')).toBe(true);
  });

  it('refuses to open a period already frozen for a measure of the subtree', async () => {
    const closed = await call('admin', 'POST', `/api/rounds/${round.id}/close`, { version: 1 });
    expect(closed.json()).toMatchObject({ status: 'closed' });
    expect(errorOf(await call('admin', 'POST', `/api/rounds/${round.id}/close`, { version: 2 })).code).toBe(
      'CONFLICT',
    );
    // A measure moved after the close keeps its frozen period wherever it goes.
    const tandvard = unitIds.get(`${ROOT} / Tandvård`)!;
    await withTenant(database.db, tenantId, (trx) =>
      trx.updateTable('measures').set({ orgUnitId: tandvard }).where('code', '=', 'KT-01').execute(),
    );
    const refused = await open('admin', { period: '2024-09', orgUnitId: tandvard, deadline: '2024-10-15' });
    expect(refused.statusCode).toBe(409);
    expect(errorOf(refused).message).toBe(
      `Perioden 2024-09 är redan stängd för 1 åtgärd i ${ROOT} / Tandvård`,
    );
    const whole = await open('admin', {
      period: '2024-09',
      orgUnitId: unitIds.get(ROOT)!,
      deadline: '2024-10-15',
    });
    expect(errorOf(whole).message).toContain('överlappa');
    expect(
      (await call('politiker', 'POST', `/api/rounds/${round.id}/reopen`, { version: 2, reason: 'x' }))
        .statusCode,
    ).toBe(403);
  });
});
