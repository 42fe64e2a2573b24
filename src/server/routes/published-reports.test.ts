import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  TBoardReport,
  TPublishedBoardReport,
  TPublishedReportSummary,
} from '../../shared/schemas/board-report';
import { systemActor } from '../actor';
import { withTenant } from '../db/tenant-scope';
import { type BoardReportTenant, setUpBoardReportTenant } from '../test/board-report-tenant';
import { headers } from '../test/test-app';
import { reopenRound } from '../use-cases/rounds/reopen-round';

const SLUG = 'published-reports-routes';
let t: BoardReportTenant;
let database: BoardReportTenant['database'];
let app: BoardReportTenant['app'];
let planId: string;
let tenantId: string;
let unitIds: Map<string, string>;
let sessions: BoardReportTenant['sessions'];
let get: BoardReportTenant['get'];
let report: BoardReportTenant['report'];
let reportCsv: BoardReportTenant['reportCsv'];

beforeAll(async () => {
  t = await setUpBoardReportTenant(SLUG);
  ({ database, app, planId, tenantId, unitIds, sessions, get, report, reportCsv } = t);
  bodyId = await withTenant(database.db, tenantId, async (trx) => {
    const body = await trx
      .insertInto('decisionBodies')
      .values({ tenantId, name: 'Testnämnden', orgUnitId: unitIds.get('Exempelregionen')! })
      .returning('id')
      .executeTakeFirstOrThrow();
    return body.id;
  });
});
afterAll(() => t.close());
let bodyId: string;

/** The demo closed its rounds of 2024 (each period frozen): reopen `period`'s so that its reports can change. */
async function reopenDemoRound(period: string): Promise<void> {
  await withTenant(database.db, tenantId, async (trx) => {
    const round = await trx
      .selectFrom('reportingRounds')
      .select(['id', 'version'])
      .where('period', '=', period)
      .executeTakeFirstOrThrow();
    await reopenRound(trx, systemActor(tenantId, 'test'), round.id, {
      version: round.version,
      reason: 'Rättelse i test',
    });
  });
}

describe('published board reports', () => {
  it('keeps the published bytes and model unchanged after the measures and reports change', async () => {
    const admin = sessions['r-admin']!;
    const post = await app.inject({
      method: 'POST',
      url: `/api/plans/${planId}/board-reports`,
      headers: headers(admin),
      payload: { period: '2024-08', meetingDate: '2024-09-17', bodyId },
    });
    expect(post.statusCode, post.body).toBe(201);
    const published = post.json() as TPublishedBoardReport;
    expect(published.published).toMatchObject({
      byName: 'r-admin',
      meetingDate: '2024-09-17',
      body: 'Testnämnden',
    });
    const refused = await app.inject({
      method: 'POST',
      url: `/api/plans/${planId}/board-reports`,
      headers: headers(sessions['r-reader']!),
      payload: { period: '2024-08' },
    });
    expect(refused.statusCode).toBe(403);
    const list = (
      await get(sessions['r-reader']!, `/api/board-reports?unitId=${unitIds.get('Exempelregionen')}`)
    ).json() as TPublishedReportSummary[];
    const id = published.published!.id;
    const byBody = (
      await get(sessions['r-reader'], `/api/board-reports?bodyId=${bodyId}`)
    ).json() as TPublishedReportSummary[];
    expect(byBody.map((r) => r.id)).toEqual([id]);
    const listed = list.find((r) => r.id === id)!;
    expect(listed).toMatchObject({
      id,
      planId,
      period: '2024-08',
      unitId: unitIds.get('Exempelregionen'),
      unitPath: 'Exempelregionen',
      byName: 'r-admin',
      bodyId,
      body: 'Testnämnden',
      meetingDate: '2024-09-17',
    });
    const files = async () => ({
      pdf: (await get(sessions['r-reader']!, `/api/board-reports/${id}/pdf`)).rawPayload,
      xlsx: (await get(sessions['r-reader']!, `/api/board-reports/${id}/xlsx`)).rawPayload,
      model: (await get(sessions['r-reader']!, `/api/board-reports/${id}`)).json() as TBoardReport,
    });
    const before = await files();
    expect(createHash('sha256').update(before.pdf).digest('hex')).toBe(listed.pdfSha256);
    expect(createHash('sha256').update(before.xlsx).digest('hex')).toBe(listed.xlsxSha256);
    expect(published.id).toBe(id);
    const { id: _id, ...stored } = published;
    expect(before.model).toEqual(stored);

    await reopenDemoRound('2024-08');
    expect((await reportCsv('HS-01;2024-08;1000;1000;röd;Ändrad')).errors).toEqual([]);
    await withTenant(database.db, tenantId, (trx) =>
      trx.updateTable('measures').set({ title: 'Ändrad titel' }).where('code', '=', 'HS-02').execute(),
    );
    expect((await report(sessions['r-reader']!, 'period=2024-08')).figures.forecast).not.toBe(310_700_000);
    const after = await files();
    expect(Buffer.compare(after.pdf, before.pdf)).toBe(0);
    expect(Buffer.compare(after.xlsx, before.xlsx)).toBe(0);
    expect(after.model).toEqual(before.model);
    expect(after.model.figures.forecast).toBe(310_700_000);
    expect((await get(sessions['r-hs']!, `/api/board-reports/${id}`)).statusCode).toBe(404);
  });

  it('generates a report as of a past instant exactly as it was generated then', async () => {
    const reader = sessions['r-reader']!;
    const then = await report(reader, 'period=2024-12');
    await reopenDemoRound('2024-12');
    expect((await reportCsv('HS-03;2024-12;500;600;gul;Senare')).errors).toEqual([]);
    await withTenant(database.db, tenantId, (trx) =>
      trx.updateTable('measures').set({ title: 'Ännu en titel' }).where('code', '=', 'HS-04').execute(),
    );
    const now = await report(reader, 'period=2024-12');
    expect(now.figures.forecast).not.toBe(then.figures.forecast);
    const asOf = await report(reader, `period=2024-12&asOf=${encodeURIComponent(then.generatedAt)}`);
    expect(asOf.asOf).toBe(then.generatedAt);
    const { generatedAt: _a, asOf: _b, ...past } = asOf;
    const { generatedAt: _c, asOf: _d, ...original } = then;
    expect(past).toEqual(original);

    const post = await app.inject({
      method: 'POST',
      url: `/api/plans/${planId}/board-reports`,
      headers: headers(sessions['r-admin']),
      payload: { period: '2024-12', asOf: then.generatedAt },
    });
    expect(post.statusCode, post.body).toBe(201);
    const published = post.json() as TPublishedBoardReport;
    expect(published.figures).toEqual(then.figures);
    expect(published.measures).toEqual(then.measures);
    const list = (await get(reader, '/api/board-reports')).json() as TPublishedReportSummary[];
    expect(list[0]).toMatchObject({ id: published.published!.id, figuresAsOf: then.generatedAt, body: null });
    const audit = await withTenant(database.db, tenantId, (trx) =>
      trx
        .selectFrom('auditLog')
        .select(['entityId', 'action'])
        .where('entity', '=', 'publishedReport')
        .execute(),
    );
    expect(audit).toContainEqual({ entityId: published.published!.id, action: 'create' });
  });
});
