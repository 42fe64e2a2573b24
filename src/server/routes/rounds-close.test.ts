import { readFile } from 'node:fs/promises';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TMyReports, TReport } from '../../shared/schemas/report';
import type { TRound, TRoundView } from '../../shared/schemas/round';
import { systemActor } from '../actor';
import type { BalansDatabase } from '../db/connect';
import { withTenant } from '../db/tenant-scope';
import { buildTestApp, headers, logInAs, type Session, seedExampleTenant } from '../test/test-app';
import { openTestDatabase } from '../test/test-db';
import { importReports } from '../use-cases/reports/import-reports';

/** Closing a round freezes its period for good (until a reasoned reopen); drafts must be settled first. */

const HS = 'Exempelregionen / Hälso- och sjukvård';
let database: BalansDatabase;
let app: FastifyInstance;
let planId: string;
let tenantId: string;
const as: Record<string, Session> = {};
let round: TRound;
let mine: TMyReports;

beforeAll(async () => {
  database = await openTestDatabase();
  app = await buildTestApp(database.db);
  const seeded = await seedExampleTenant(database.db, [
    { username: 'controller', role: 'controller', unitPath: 'Exempelregionen' },
    {
      username: 'chef',
      name: 'Divisionschef Kirurgi',
      role: 'manager',
      unitPath: `${HS} / Division Kirurgi`,
    },
  ]);
  planId = seeded.planId;
  tenantId = seeded.tenant.id;
  const csv = await readFile('demo/exempel-uppfoljning-2024.csv', 'utf8');
  await importReports(database.db, systemActor(tenantId, 'test'), csv, { planId });
  for (const user of ['controller', 'chef']) as[user] = await logInAs(app, seeded.tenant.slug, user);
  const body = { period: '2024-09', orgUnitId: seeded.unitIds.get(HS)!, deadline: '2099-12-31' };
  round = (await call('controller', 'POST', `/api/plans/${planId}/rounds`, body)).json() as TRound;
  mine = (await call('chef', 'GET', `/api/rounds/${round.id}/my-reports`)).json() as TMyReports;
});
afterAll(async () => {
  await app.close();
  await database.close();
});

function call(user: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) {
  return app.inject({ method, url, headers: headers(as[user]!), ...(payload ? { payload } : {}) });
}
const item = (code: string) => mine.items.find((i) => i.code === code)!;
const reportUrl = (code: string) => `/api/measures/${item(code).measureId}/reports/2024-09`;
const errorOf = (response: { json: () => unknown }) =>
  (response.json() as { error: { code: string; message: string; details?: { field: string }[] } }).error;

describe('closing and reopening a round', () => {
  it('a round with a draft cannot close; the controller confirms the rest, then closes', async () => {
    const view = (await call('controller', 'GET', `/api/rounds/${round.id}`)).json() as TRoundView;
    const hs01 = view.measures.find((m) => m.code === 'HS-01')!;
    const hs01Url = `/api/measures/${hs01.measureId}/reports/2024-09`;
    const draft = { forecastYear: 1_000_000, status: 'yellow', isDraft: true };
    expect((await call('controller', 'PUT', hs01Url, draft)).statusCode).toBe(200);
    // A repeated red or deviating report needs a comment (issue 11): one per measure.
    const comments = Object.fromEntries(view.measures.map((m) => [m.measureId, 'Oförändrat sedan augusti']));
    const all = (await call('controller', 'POST', `/api/rounds/${round.id}/unchanged`, { comments })).json();
    expect(all).toMatchObject({ confirmed: 12, skipped: [{ code: 'HS-01', reason: 'draft' }] });
    const refused = await call('controller', 'POST', `/api/rounds/${round.id}/close`, { version: 1 });
    expect(refused.statusCode).toBe(409);
    expect(errorOf(refused).details).toEqual([expect.objectContaining({ field: 'drafts' })]);
    const hs01Unchanged = { version: 1, comment: 'Oförändrat' };
    expect((await call('controller', 'POST', `${hs01Url}/unchanged`, hs01Unchanged)).statusCode).toBe(200);
    const closed = await call('controller', 'POST', `/api/rounds/${round.id}/close`, { version: 1 });
    expect(closed.statusCode).toBe(200);
    round = closed.json() as TRound;
    expect(round).toMatchObject({ status: 'closed', version: 2 });
    expect(round.closedAt).not.toBeNull();
  });

  it('a closed period is immutable: PUT, unchanged, import and the database itself refuse', async () => {
    const put = await call('chef', 'PUT', reportUrl('HS-07'), {
      forecastYear: 1,
      status: 'green',
      comment: 'sent',
      isDraft: false,
      version: 1,
    });
    expect(put.statusCode).toBe(409);
    expect(errorOf(put).message).toBe('Perioden 2024-09 är stängd för HS-07');
    expect((await call('chef', 'POST', `${reportUrl('HS-11')}/unchanged`, { version: 1 })).statusCode).toBe(
      409,
    );
    expect((await call('chef', 'POST', `/api/rounds/${round.id}/unchanged`, {})).statusCode).toBe(409);
    const csv = 'Kod;Period;Utfall (tkr);Prognos (tkr);Status;Kommentar\nHS-07;2024-09;1;2;grön;';
    const imported = await importReports(database.db, systemActor(tenantId, 'test'), csv, { planId });
    expect(imported.errors).toEqual([{ line: 2, message: 'Perioden 2024-09 är stängd för HS-07' }]);
    const hs07 = item('HS-07').measureId;
    const direct = withTenant(database.db, tenantId, (trx) =>
      trx
        .updateTable('measureReports')
        .set({ forecastYear: 1 })
        .where('measureId', '=', hs07)
        .where('period', '=', '2024-09')
        .execute(),
    );
    await expect(direct).rejects.toThrow(/closed/);
    const remove = withTenant(database.db, tenantId, (trx) =>
      trx
        .deleteFrom('measureReports')
        .where('measureId', '=', hs07)
        .where('period', '=', '2024-09')
        .execute(),
    );
    await expect(remove).rejects.toThrow(/closed/);
    mine = (await call('chef', 'GET', `/api/rounds/${round.id}/my-reports`)).json() as TMyReports;
    expect(mine.items.every((i) => i.isFrozen && !i.canConfirmUnchanged)).toBe(true);
  });

  it('reopening needs a reason, is audited, and lets reports change again', async () => {
    const empty = await call('controller', 'POST', `/api/rounds/${round.id}/reopen`, {
      version: 2,
      reason: '  ',
    });
    expect(empty.statusCode).toBe(400);
    expect(errorOf(empty).details).toEqual([
      { field: 'body.reason', message: 'Ange varför omgången öppnas igen' },
    ]);
    const stale = await call('controller', 'POST', `/api/rounds/${round.id}/reopen`, {
      version: 1,
      reason: 'x',
    });
    expect(stale.statusCode).toBe(409);
    const reason = 'Fel prognos för HS-07 enligt divisionen';
    const reopened = await call('controller', 'POST', `/api/rounds/${round.id}/reopen`, {
      version: 2,
      reason,
    });
    expect(reopened.json()).toMatchObject({ status: 'open', version: 3, closedAt: null });
    const audit = await withTenant(database.db, tenantId, (trx) =>
      trx
        .selectFrom('auditLog')
        .select(['action', 'after'])
        .where('entity', '=', 'reportingRound')
        .where('entityId', '=', round.id)
        .orderBy('id')
        .execute(),
    );
    expect(audit.map((a) => a.action)).toEqual(['create', 'update', 'update']);
    expect(audit[2]!.after).toMatchObject({ reason, status: 'open', releasedMeasures: 13 });
    const put = await call('chef', 'PUT', reportUrl('HS-07'), {
      forecastYear: item('HS-07').plannedLevel,
      outcomeYtd: 16_000_000,
      status: 'green',
      isDraft: false,
      version: 1,
    });
    expect(put.statusCode).toBe(200);
    const reports = await withTenant(database.db, tenantId, (trx) =>
      trx
        .selectFrom('auditLog')
        .select('action')
        .where('entity', '=', 'measureReport')
        .where('entityId', '=', (put.json() as TReport).id)
        .execute(),
    );
    expect(reports.map((r) => r.action)).toEqual(['create', 'update']);
  });
});
