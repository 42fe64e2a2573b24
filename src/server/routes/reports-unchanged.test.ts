import { readFile } from 'node:fs/promises';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TAllUnchangedResult, TMyReports, TUndoUnchangedResult } from '../../shared/schemas/report';
import type { TRound } from '../../shared/schemas/round';
import { systemActor } from '../actor';
import type { BalansDatabase } from '../db/connect';
import { withTenant } from '../db/tenant-scope';
import { buildTestApp, headers, logInAs, type Session, seedExampleTenant } from '../test/test-app';
import { openTestDatabase } from '../test/test-db';
import { importReports } from '../use-cases/reports/import-reports';

/** Issue 11, item 18: "Alla oförändrade" still asks for the comment a red or deviating report needs, and can be undone. */

const HS = 'Exempelregionen / Hälso- och sjukvård';
let database: BalansDatabase;
let app: FastifyInstance;
let tenantId: string;
let round: TRound;
let mine: TMyReports;
const as: Record<string, Session> = {};

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
  tenantId = seeded.tenant.id;
  const csv = await readFile('demo/exempel-uppfoljning-2024.csv', 'utf8');
  const planId = seeded.planId;
  expect((await importReports(database.db, systemActor(tenantId, 'test'), csv, { planId })).errors).toEqual(
    [],
  );
  for (const user of ['controller', 'chef']) as[user] = await logInAs(app, seeded.tenant.slug, user);
  const body = { period: '2024-09', orgUnitId: seeded.unitIds.get(HS)!, deadline: '2099-12-31' };
  round = (await call('controller', 'POST', `/api/plans/${planId}/rounds`, body)).json() as TRound;
  mine = (await call('chef', 'GET', `/api/rounds/${round.id}/my-reports`)).json() as TMyReports;
});
afterAll(async () => {
  await app.close();
  await database.close();
});

function call(user: string, method: 'GET' | 'POST', url: string, payload?: object) {
  return app.inject({ method, url, headers: headers(as[user]!), ...(payload ? { payload } : {}) });
}
const item = (code: string) => mine.items.find((i) => i.code === code)!;
const refresh = async () => {
  mine = (await call('chef', 'GET', `/api/rounds/${round.id}/my-reports`)).json() as TMyReports;
};

describe('"Alla oförändrade" and its comments', () => {
  it('skips a repeated red report without a comment, and a single "Oförändrad" asks for one at the field', async () => {
    expect(item('HS-07').previous?.status).toBe('red');
    expect(item('HS-11').previous?.status).toBe('red');
    const all = (
      await call('chef', 'POST', `/api/rounds/${round.id}/unchanged`, {})
    ).json() as TAllUnchangedResult;
    expect(all.confirmed).toBe(0);
    expect(all.skipped.map((s) => [s.code, s.reason])).toEqual([
      ['HS-07', 'commentRequired'],
      ['HS-11', 'commentRequired'],
    ]);
    const one = await call(
      'chef',
      'POST',
      `/api/measures/${item('HS-07').measureId}/reports/2024-09/unchanged`,
      {},
    );
    expect(one.statusCode).toBe(400);
    const error = (
      one.json() as { error: { message: string; details: { field: string; message: string }[] } }
    ).error;
    expect(error.message).toMatch(/^HS-07: Status röd kräver en kommentar\. Prognosen avviker mer än 10 %/);
    expect(error.details.map((d) => d.field)).toEqual(['comment', 'comment']);
  });

  it('confirms with the comment given per measure; the report keeps it', async () => {
    const comments = { [item('HS-07').measureId]: 'Fortfarande försenad rekrytering' };
    const all = (
      await call('chef', 'POST', `/api/rounds/${round.id}/unchanged`, { comments })
    ).json() as TAllUnchangedResult;
    expect(all.confirmed).toBe(1);
    expect(all.reports[0]).toMatchObject({ comment: 'Fortfarande försenad rekrytering', isUnchanged: true });
    expect(all.skipped).toEqual([expect.objectContaining({ code: 'HS-11', reason: 'commentRequired' })]);
    const one = await call(
      'chef',
      'POST',
      `/api/measures/${item('HS-11').measureId}/reports/2024-09/unchanged`,
      {
        comment: 'Som förra perioden',
      },
    );
    expect(one.statusCode).toBe(200);
    expect(one.json()).toMatchObject({ comment: 'Som förra perioden', isUnchanged: true, status: 'red' });
  });
});

describe('undoing "Alla oförändrade" while the round is open', () => {
  it('withdraws the confirmations still as written: the measures are unreported again, and the log says so', async () => {
    await refresh();
    // The page learns from the server that "Ångra" is possible, so it survives a reload.
    expect(mine.items.filter((i) => i.canUndoUnchanged).map((i) => i.code)).toEqual(['HS-07', 'HS-11']);
    const reports = ['HS-07', 'HS-11'].map((code) => ({
      measureId: item(code).measureId,
      version: item(code).current!.version,
    }));
    const undone = await call('chef', 'POST', `/api/rounds/${round.id}/unchanged/undo`, { reports });
    expect(undone.statusCode).toBe(200);
    expect(undone.json()).toEqual({ undone: 2, skipped: [] } satisfies TUndoUnchangedResult);
    await refresh();
    expect(item('HS-07')).toMatchObject({ current: null, canConfirmUnchanged: true });
    expect(item('HS-11')).toMatchObject({ current: null, canConfirmUnchanged: true });
    expect(mine.items.some((i) => i.canUndoUnchanged)).toBe(false);
    const log = await withTenant(database.db, tenantId, (trx) =>
      trx
        .selectFrom('auditLog')
        .select(['action', 'before', 'after'])
        .where('entity', '=', 'measureReport')
        .where('action', '=', 'delete')
        .execute(),
    );
    expect(log).toHaveLength(2);
    expect(log[0]!.after).toBeNull();
  });

  it('leaves a report changed since, and refuses once the round is closed', async () => {
    const comments = { [item('HS-07').measureId]: 'a', [item('HS-11').measureId]: 'b' };
    const all = (
      await call('chef', 'POST', `/api/rounds/${round.id}/unchanged`, { comments })
    ).json() as TAllUnchangedResult;
    expect(all.confirmed).toBe(2);
    const hs07 = all.reports.find((r) => r.measureId === item('HS-07').measureId)!;
    const resubmitted = await app.inject({
      method: 'PUT',
      url: `/api/measures/${hs07.measureId}/reports/2024-09`,
      headers: headers(as.chef!),
      payload: { ...hs07, comment: 'Ny bedömning', isDraft: false, version: hs07.version },
    });
    expect(resubmitted.statusCode).toBe(200);
    const reports = all.reports.map((r) => ({ measureId: r.measureId, version: r.version }));
    const undone = (await call('chef', 'POST', `/api/rounds/${round.id}/unchanged/undo`, { reports })).json();
    expect(undone).toEqual({
      undone: 1,
      skipped: [{ measureId: hs07.measureId, code: 'HS-07', reason: 'changed' }],
    });
    await refresh();
    expect(item('HS-07').current).toMatchObject({ comment: 'Ny bedömning', isUnchanged: false });
    expect(item('HS-07').canUndoUnchanged).toBe(false);
    expect(item('HS-11')).toMatchObject({ current: null, canUndoUnchanged: false });

    // A confirmation made over a draft (version 2) is not withdrawn: the draft before it would be lost.
    const hs11 = item('HS-11');
    const draft = await app.inject({
      method: 'PUT',
      url: `/api/measures/${hs11.measureId}/reports/2024-09`,
      headers: headers(as.chef!),
      payload: { forecastYear: 1, status: 'green', isDraft: true },
    });
    expect(draft.statusCode).toBe(200);
    const overDraft = await call(
      'chef',
      'POST',
      `/api/measures/${hs11.measureId}/reports/2024-09/unchanged`,
      {
        version: 1,
        comment: 'c',
      },
    );
    expect(overDraft.json()).toMatchObject({ version: 2, isUnchanged: true });
    await refresh();
    expect(item('HS-11').canUndoUnchanged).toBe(false);
    const kept = await call('chef', 'POST', `/api/rounds/${round.id}/unchanged/undo`, {
      reports: [{ measureId: hs11.measureId, version: 2 }],
    });
    expect(kept.json()).toEqual({
      undone: 0,
      skipped: [{ measureId: hs11.measureId, code: 'HS-11', reason: 'changed' }],
    });
    await withTenant(database.db, tenantId, (trx) =>
      trx
        .deleteFrom('measureReports')
        .where('measureId', '=', hs11.measureId)
        .where('period', '=', '2024-09')
        .execute(),
    );

    const again = (
      await call('chef', 'POST', `/api/rounds/${round.id}/unchanged`, { comments })
    ).json() as TAllUnchangedResult;
    expect(again.confirmed).toBe(1);
    await refresh();
    expect(item('HS-11').canUndoUnchanged).toBe(true);
    const closed = await call('controller', 'POST', `/api/rounds/${round.id}/close`, {
      version: round.version,
    });
    expect(closed.statusCode).toBe(200);
    await refresh();
    expect(item('HS-11').current).toMatchObject({ isUnchanged: true, version: 1 });
    expect(mine.items.some((i) => i.canUndoUnchanged)).toBe(false);
    const late = await call('chef', 'POST', `/api/rounds/${round.id}/unchanged/undo`, {
      reports: again.reports.map((r) => ({ measureId: r.measureId, version: r.version })),
    });
    expect(late.statusCode).toBe(409);
    expect((late.json() as { error: { message: string } }).error.message).toBe(
      'Omgången för 2024-09 är stängd; bekräftelserna kan inte ångras',
    );
  });
});
