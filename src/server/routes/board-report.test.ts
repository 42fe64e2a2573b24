import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TPlanSummary } from '../../shared/schemas/summary';
import { withTenant } from '../db/tenant-scope';
import { type BoardReportTenant, HEALTH, setUpBoardReportTenant } from '../test/board-report-tenant';
import { headers, type Session } from '../test/test-app';

const SLUG = 'board-report-routes';
let t: BoardReportTenant;
let database: BoardReportTenant['database'];
let app: BoardReportTenant['app'];
let planId: string;
let tenantId: string;
let unitIds: Map<string, string>;
let sessions: BoardReportTenant['sessions'];
let get: BoardReportTenant['get'];
let report: BoardReportTenant['report'];

beforeAll(async () => {
  t = await setUpBoardReportTenant(SLUG);
  ({ database, app, planId, tenantId, unitIds, sessions, get, report } = t);
});
afterAll(() => t.close());

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

describe('GET /api/plans/:id/board-report', () => {
  it('gives the demo figures of 2024-08, exactly the follow-up summary, with the measures adding up', async () => {
    const model = await report(sessions['r-reader']!, 'period=2024-08');
    expect(model.figures).toMatchObject({
      target: 500_000_000,
      forecast: 310_700_000,
      deviation: -189_300_000,
    });
    expect(model.unit.path).toBe('Exempelregionen');
    expect(model.organisation).toBe('Exempelregionen');
    const summary = (
      await get(sessions['r-reader']!, `/api/plans/${planId}/summary?year=2024&by=unit&period=2024-08`)
    ).json() as TPlanSummary;
    expect(model.figures).toMatchObject({
      planned: summary.total.planned,
      outcome: summary.total.outcome,
      riskWeighted: summary.total.riskWeighted,
      stale: summary.total.stale,
    });
    for (const unit of model.units) {
      const row = summary.rows.find((r) => r.unitId === unit.unitId)!;
      expect({ planned: unit.planned, forecast: unit.forecast }).toEqual({
        planned: row.planned,
        forecast: row.forecast,
      });
    }
    for (const field of ['planned', 'forecast', 'outcome'] as const) {
      expect(sum(model.measures.map((m) => m[field]))).toBe(model.figures[field]);
      expect(sum(model.units.map((u) => u[field]))).toBe(model.figures[field]);
    }
    for (const m of model.measures) expect(m.deviation).toBe(m.forecast - m.planned);
    expect(model.withoutDecision.length).toBeGreaterThan(0);
    expect(model.charts.waterfall?.steps.map((s) => s.kind)).toEqual(['start', 'step', 'end', 'step', 'end']);
    expect(model.charts.forecastHistory.map((p) => p.period)).toEqual(['2024-04', '2024-08']);
    expect(sum(model.charts.savingsTypes.map((s) => s.forecast))).toBe(310_700_000);
    for (const type of model.charts.savingsTypes) {
      const behind = model.measures.filter((m) => m.savingsType === type.savingsType);
      expect(sum(behind.map((m) => m.forecast)), type.savingsType).toBe(type.forecast);
    }
  });

  it('answers a unit within the reader’s grant, and 403 beyond it', async () => {
    const hs = sessions['r-hs']!;
    expect((await get(hs, `/api/plans/${planId}/board-report?period=2024-08`)).statusCode).toBe(403);
    const model = await report(hs, `period=2024-08&unitId=${unitIds.get(HEALTH)}`);
    expect(model.unit.path).toBe(HEALTH);
    expect(model.charts.waterfall).toBeNull();
    expect(model.measures.every((m) => m.unit.startsWith(HEALTH))).toBe(true);
    expect(sum(model.measures.map((m) => m.forecast))).toBe(model.figures.forecast);
    const bad = await get(hs, `/api/plans/${planId}/board-report?period=2024-13`);
    expect(bad.statusCode).toBe(400);
  });

  it('renders the PDF and the XLSX', async () => {
    const pdf = await get(sessions['r-reader']!, `/api/plans/${planId}/board-report.pdf?period=2024-08`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const xlsx = await get(sessions['r-reader']!, `/api/plans/${planId}/board-report.xlsx?period=2024-08`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });
});

describe('the OpenAPI document', () => {
  it('documents the board report routes', async () => {
    const docs = await app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(docs.statusCode).toBe(200);
    const spec = docs.json() as { paths: Record<string, Record<string, { tags: string[] }>> };
    for (const path of [
      '/api/plans/{planId}/board-report',
      '/api/plans/{planId}/board-report.pdf',
      '/api/plans/{planId}/board-report.xlsx',
      '/api/board-reports',
      '/api/board-reports/{id}',
      '/api/board-reports/{id}/pdf',
      '/api/board-reports/{id}/xlsx',
    ]) {
      expect(spec.paths[path]?.get?.tags, path).toEqual(['Rapport']);
    }
    expect(spec.paths['/api/plans/{planId}/board-report/analyses']?.put?.tags).toEqual(['Rapport']);
    expect(spec.paths['/api/plans/{planId}/board-reports']?.post?.tags).toEqual(['Rapport']);
  });
});

describe('the decisions and lists of the report', () => {
  it('lists decisions of the year, noted ones, assignments past due, measures without a decision and commitments not accepted', async () => {
    const ids = await withTenant(database.db, tenantId, async (trx) => {
      const measure = async (code: string) =>
        (await trx.selectFrom('measures').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;
      // Exactly these decisions and commitments, whatever the demo holds.
      await trx.deleteFrom('decisionMeasures').execute();
      await trx.deleteFrom('decisions').execute();
      await trx.deleteFrom('commitments').execute();
      const body = await trx
        .insertInto('decisionBodies')
        .values({ tenantId, name: 'Testnämnden', orgUnitId: unitIds.get('Exempelregionen')! })
        .returning('id')
        .executeTakeFirstOrThrow();
      const decide = async (values: Record<string, unknown>, codes: string[]) => {
        const row = await trx
          .insertInto('decisions')
          .values({
            tenantId,
            planId,
            body: 'RS',
            bodyId: body.id,
            paragraph: null,
            text: 'Text',
            meetingDate: '2024-03-12',
            kind: 'decision',
            ...values,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        for (const code of codes) {
          await trx
            .insertInto('decisionMeasures')
            .values({ tenantId, decisionId: row.id, measureId: await measure(code) })
            .execute();
        }
        return row.id;
      };
      const decided = await decide({ paragraph: '§ 12' }, ['HS-01', 'HS-02']);
      const old = await decide({ meetingDate: '2023-11-20' }, ['HS-03']);
      const noted = await decide({ kind: 'noted', meetingDate: '2024-05-14' }, ['HS-04']);
      const late = await decide({ kind: 'assignment', dueOn: '2024-06-30', assignmentStatus: 'open' }, [
        'HS-05',
      ]);
      await decide({ kind: 'assignment', dueOn: '2024-10-01', assignmentStatus: 'open' }, []);
      await decide({ kind: 'assignment', dueOn: '2024-05-01', assignmentStatus: 'done' }, []);
      await decide({ meetingDate: '2024-09-10' }, ['HS-06']);
      const commit = (path: string, values: Record<string, unknown>) =>
        trx
          .insertInto('commitments')
          .values({
            tenantId,
            planId,
            orgUnitId: unitIds.get(path)!,
            year: 2024,
            amount: 10_000_000,
            ...values,
          })
          .execute();
      await commit(HEALTH, { acceptedAt: new Date(), acceptedAmount: 10_000_000 });
      await commit(`${HEALTH} / Division Kirurgi`, { declinedAt: new Date(), declineReason: 'För högt' });
      await commit('Exempelregionen / Regionfastigheter', {});
      return { decided, old, noted, late };
    });
    const model = await report(sessions['r-reader']!, 'period=2024-08');
    expect(model.decisions.map((d) => d.id)).toEqual(
      expect.arrayContaining([ids.decided, ids.noted, ids.late]),
    );
    expect(model.decisions.map((d) => d.id)).not.toContain(ids.old);
    expect(model.decisions.every((d) => d.meetingDate >= '2024-01-01' && d.meetingDate <= '2024-08-31')).toBe(
      true,
    );
    expect(model.decisions.find((d) => d.id === ids.decided)).toMatchObject({
      body: 'Testnämnden',
      paragraph: '§ 12',
      measureCodes: ['HS-01', 'HS-02'],
    });
    expect(model.notedDecisions).toEqual([ids.noted]);
    expect(model.assignmentsPastDue.map((d) => d.id)).toEqual([ids.late]);
    for (const code of ['HS-01', 'HS-02', 'HS-03']) expect(model.withoutDecision).not.toContain(code);
    for (const code of ['HS-04', 'HS-05', 'HS-06']) expect(model.withoutDecision).toContain(code);
    expect(model.commitmentsNotAccepted).toEqual([
      {
        unit: `${HEALTH} / Division Kirurgi`,
        manager: null,
        amount: 10_000_000,
        state: 'declined',
        declineReason: 'För högt',
      },
      {
        unit: 'Exempelregionen / Regionfastigheter',
        manager: null,
        amount: 10_000_000,
        state: 'pending',
        declineReason: null,
      },
    ]);
    const health = await report(sessions['r-hs']!, `period=2024-08&unitId=${unitIds.get(HEALTH)}`);
    expect(health.commitmentsNotAccepted.map((c) => c.state)).toEqual(['declined']);
  });
});

describe('PUT /api/plans/:id/board-report/analyses', () => {
  // 2024-12: the demo's controller wrote analyses for 2024-04 and 2024-08 before publishing them.
  it('saves the controller’s analysis with versions, refuses others, and shows it in the report', async () => {
    const url = `/api/plans/${planId}/board-report/analyses`;
    const put = (session: Session, payload: object) =>
      app.inject({ method: 'PUT', url, headers: headers(session), payload });
    const body = { orgUnitId: unitIds.get(HEALTH), period: '2024-12', text: 'Prognosen sjunker.' };
    const analysisAudit = () =>
      withTenant(database.db, tenantId, (trx) =>
        trx
          .selectFrom('auditLog')
          .select('action')
          .where('entity', '=', 'reportAnalysis')
          .orderBy('id')
          .execute(),
      );
    const before = await analysisAudit();
    const first = await put(sessions['r-hs']!, body);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ version: 1, byName: 'r-hs', text: 'Prognosen sjunker.' });
    expect((await put(sessions['r-hs']!, { ...body, text: 'Ny', version: 7 })).statusCode).toBe(409);
    const second = await put(sessions['r-hs']!, { ...body, text: 'Prognosen sjunker kraftigt.', version: 1 });
    expect(second.json()).toMatchObject({ version: 2 });
    expect((await put(sessions['r-hs']!, { ...body, version: 1 })).statusCode).toBe(409);
    expect((await put(sessions['r-reader']!, { ...body, version: 2 })).statusCode).toBe(403);
    const model = await report(sessions['r-reader']!, 'period=2024-12');
    expect(model.units.find((u) => u.path === HEALTH)?.analysis).toMatchObject({
      text: 'Prognosen sjunker kraftigt.',
      byName: 'r-hs',
      version: 2,
    });
    // Without a version the client saw no analysis: the one written since is not overwritten unseen.
    const unversioned = await put(sessions['r-hs']!, { ...body, text: 'Skrivs över' });
    expect(unversioned.statusCode).toBe(409);
    expect(unversioned.json()).toMatchObject({ error: { current: { version: 2 } } });
    const versioned = await put(sessions['r-hs']!, { ...body, text: 'Skrivs över', version: 2 });
    expect(versioned.json()).toMatchObject({ version: 3, text: 'Skrivs över' });
    const audit = await analysisAudit();
    expect(audit.slice(before.length).map((a) => a.action)).toEqual(['create', 'update', 'update']);
  });
});
