import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TImportResult } from '../../shared/schemas/import';
import type { TMeasure } from '../../shared/schemas/measure';
import type { TPlanSummary } from '../../shared/schemas/summary';
import type { BalansDatabase } from '../db/connect';
import { readPlanWorkbook } from '../io/read-plan-workbook';
import { buildTestApp, headers, logInAs, type Session, seedExampleTenant } from '../test/test-app';
import { openTestDatabase } from '../test/test-db';
import { attachmentDisposition } from './exports';

const DEMO_PLAN = 'En hållbar framtid 2023–2025';
const KIRURGI = 'Exempelregionen / Hälso- och sjukvård / Division Kirurgi';

let database: BalansDatabase;
let app: FastifyInstance;
let planId: string;
let otherPlanId: string;
let controller: Session;
let chef: Session;
let politiker: Session;

beforeAll(async () => {
  database = await openTestDatabase();
  app = await buildTestApp(database.db);
  const seeded = await seedExampleTenant(database.db, [
    { username: 'controller', role: 'controller', unitPath: 'Exempelregionen' },
    { username: 'chef', role: 'manager', unitPath: KIRURGI },
    { username: 'politiker', role: 'reader', unitPath: 'Exempelregionen' },
  ]);
  planId = seeded.planId;
  otherPlanId = (await seedExampleTenant(database.db, [])).planId;
  controller = await logInAs(app, seeded.tenant.slug, 'controller');
  chef = await logInAs(app, seeded.tenant.slug, 'chef');
  politiker = await logInAs(app, seeded.tenant.slug, 'politiker');
});
afterAll(async () => {
  await app.close();
  await database.close();
});

async function exportAs(session: Session | undefined, id = planId) {
  return app.inject({
    method: 'GET',
    url: `/api/plans/${id}/export`,
    headers: session ? { cookie: session.cookie } : {},
  });
}

async function importAs(session: Session, bytes: Buffer, dryRun: boolean) {
  const response = await app.inject({
    method: 'POST',
    url: `/api/imports/plan?plan=${encodeURIComponent(DEMO_PLAN)}&fileName=export.xlsx&dryRun=${dryRun}`,
    headers: { ...headers(session), 'content-type': 'application/octet-stream' },
    payload: bytes,
  });
  return { status: response.statusCode, result: response.json() as TImportResult };
}

async function planned2024(): Promise<number> {
  const response = await app.inject({
    method: 'GET',
    url: `/api/plans/${planId}/summary?year=2024&by=unit`,
    headers: headers(controller),
  });
  return (response.json() as TPlanSummary).total.planned;
}

async function measures(session: Session): Promise<TMeasure[]> {
  const response = await app.inject({
    method: 'GET',
    url: `/api/plans/${planId}/measures?limit=1000`,
    headers: headers(session),
  });
  return (response.json() as { items: TMeasure[] }).items;
}

describe('GET /api/plans/:planId/export', () => {
  it('exports the demo plan as a workbook that re-imports with no change (dry run and real)', async () => {
    const before = await measures(controller);
    expect(await planned2024()).toBe(557_700_000);

    const response = await exportAs(controller);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(response.headers['content-disposition']).toBe(
      `attachment; filename="En hallbar framtid 2023-2025.xlsx"; filename*=UTF-8''En%20h%C3%A5llbar%20framtid%202023%E2%80%932025.xlsx`,
    );
    const bytes = response.rawPayload;
    const parsed = await readPlanWorkbook(bytes);
    expect(parsed.errors).toEqual([]);
    expect(parsed.settings).toMatchObject({ planName: DEMO_PLAN, convention: 'level' });
    expect(parsed.rows).toHaveLength(29);

    for (const dryRun of [true, false]) {
      const { status, result } = await importAs(controller, bytes, dryRun);
      expect(status).toBe(200);
      // `updated` counts every matched measure; `unchanged` of them were already equal: nothing changes.
      expect(result).toMatchObject({
        created: 0,
        updated: 29,
        unchanged: 29,
        unitsCreated: [],
        codesCreated: [],
        codesChanged: [],
        warnings: [],
        errors: [],
      });
    }
    expect(await planned2024()).toBe(557_700_000);
    const after = await measures(controller);
    expect(after.map((m) => [m.code, m.version])).toEqual(before.map((m) => [m.code, m.version]));
  });

  it('loses nothing the API set on a measure: every template field survives export and import', async () => {
    const units = new Map(
      (
        (await app.inject({ method: 'GET', url: '/api/org-units', headers: headers(controller) })).json() as {
          id: string;
          path: string;
        }[]
      ).map((unit) => [unit.path, unit.id]),
    );
    const created = await app.inject({
      method: 'POST',
      url: `/api/plans/${planId}/measures`,
      headers: headers(controller),
      payload: {
        code: 'API-1',
        title: 'Åtgärd skapad i API:t',
        description: 'Flera\nrader',
        orgUnitId: units.get(KIRURGI),
        responsibleName: 'Chef Kirurgi',
        category: 'strategic',
        group: 'Egen grupp',
        savingsType: 'generalCut',
        feasibility: 3,
        isTemporary: true,
        status: 'prepared',
        startMonth: '2024-03',
        endMonth: '2025-06',
        fullEffectMonth: '2024-09',
        investment: 1_234_567,
        oneOffCost: 250_001,
        runningCostPerYear: -40_000,
        risks: {
          staff: { level: 'high', text: 'Övertid' },
          citizen: { level: 'low', text: null },
          operations: { level: null, text: 'Oklart' },
          longTerm: { level: null, text: null },
        },
        consequences: 'Kortare öppettider',
        followUpMetric: 'Kostnad per besök',
        followUpMethod: 'Jämför med 2023',
        periodicity: 'interim',
        comment: 'Kommentar',
        effects: [
          { year: 2024, costType: 'unspecified', amount: 1_500_500 },
          { year: 2025, costType: 'personnel', amount: 0 },
        ],
      },
    });
    expect(created.statusCode).toBe(201);
    const total = await planned2024();

    const bytes = (await exportAs(controller)).rawPayload;
    const { status, result } = await importAs(controller, bytes, false);
    expect(status).toBe(200);
    expect(result).toMatchObject({ created: 0, updated: 30, unchanged: 30, errors: [], unitsCreated: [] });
    // The file's unknown group is only a warning, as on any import.
    expect(result.warnings.map((w) => w.message)).toEqual([
      'Gruppen "Egen grupp" finns inte i organisationens grupplista',
    ]);
    expect(await planned2024()).toBe(total);
    const measure = (await measures(controller)).find((m) => m.code === 'API-1')!;
    expect(measure.version).toBe((created.json() as TMeasure).version);
  });

  it('gives a user restricted to a subtree only the measures he or she can read', async () => {
    const visible = await measures(chef);
    expect(visible.length).toBeGreaterThan(0);
    expect(visible.length).toBeLessThan((await measures(controller)).length);
    const response = await exportAs(chef);
    expect(response.statusCode).toBe(200);
    const parsed = await readPlanWorkbook(response.rawPayload);
    expect(parsed.rows.map((r) => r.code).sort()).toEqual(visible.map((m) => m.code).sort());
    for (const row of parsed.rows) expect(row.unitPath.join(' / ').startsWith(KIRURGI)).toBe(true);
  });

  it('lets a reader export', async () => {
    const response = await exportAs(politiker);
    expect(response.statusCode).toBe(200);
    expect((await readPlanWorkbook(response.rawPayload)).rows.length).toBeGreaterThanOrEqual(29);
  });

  it('answers 404 for an unknown, malformed or other organisation’s plan id, and 401 without a session', async () => {
    for (const id of [randomUUID(), 'inte-ett-id', otherPlanId]) {
      const response = await exportAs(controller, id);
      expect(response.statusCode, id).toBe(404);
      expect(response.json()).toMatchObject({ error: { code: 'NOT_FOUND', message: 'Planen finns inte' } });
    }
    const anonymous = await exportAs(undefined);
    expect(anonymous.statusCode).toBe(401);
    expect((anonymous.json() as { error: { code: string } }).error.code).toBe('UNAUTHENTICATED');
  });
});

describe('attachmentDisposition', () => {
  it('keeps å/ä/ö in filename* and gives old clients a plain ASCII name without quotes or slashes', () => {
    expect(attachmentDisposition('Åtgärder "2024"/del 1.xlsx')).toBe(
      `attachment; filename="Atgarder _2024__del 1.xlsx"; filename*=UTF-8''%C3%85tg%C3%A4rder%20_2024__del%201.xlsx`,
    );
    expect(attachmentDisposition("Plan (ny) 't'*.xlsx")).toBe(
      `attachment; filename="Plan (ny) 't'_.xlsx"; filename*=UTF-8''Plan%20%28ny%29%20%27t%27_.xlsx`,
    );
  });
});
