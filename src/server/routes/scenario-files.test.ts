import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { swedishDateTime } from '../../shared/instant';
import { parseAmount } from '../../shared/money';
import type { TScenario, TScenarioResult } from '../../shared/schemas/scenario';
import type { TScenarioAssumptionsRead } from '../../shared/schemas/scenario-files';
import type { BalansDatabase } from '../db/connect';
import { decimalText } from '../io/assumption-cell-text';
import { XLSX_CONTENT_TYPE } from '../io/write-plan-workbook';
import { type HandMadeCell, handMadeWorkbook } from '../test/hand-made-workbook';
import { buildTestApp, headers, logInAs, type Session, seedExampleTenant } from '../test/test-app';
import { openTestDatabase } from '../test/test-db';
import { attachmentDisposition } from './exports';

let database: BalansDatabase;
let app: FastifyInstance;
let planId: string;
const sessions: Record<string, Session> = {};

interface ErrorBody {
  error: { code: string; message: string; details?: { field: string; message: string }[] };
}

const year = (overrides: Record<string, number> = {}) => ({
  revenueGrowth: 0.032125,
  wageGrowth: 0.035,
  priceGrowth: 0.025,
  personnelShare: 0.5,
  otherShare: 0.45,
  volume: 0.005,
  ...overrides,
});

/** Odd kronor and long decimals everywhere, so that nothing survives a round trip by luck. */
const INPUT = {
  baseYear: 2023,
  base: { revenue: 12_900_000_000, netCost: 13_000_000_123 },
  openingDeficits: [{ year: 2023, amount: 100_000_123 }],
  years: {
    '2024': {
      ...year({ financialNet: -20_000_001, otherChanges: 123_456_789, planLevel: 1 }),
      revenueGrowth: undefined,
      revenue: 13_416_000_123,
    },
    '2025': year({ pensionChange: -250_000_000, realisationGains: 7_654_321, reserveIn: 1 }),
    '2026': year({
      wageGrowth: -0.0125,
      exemptItems: 999_999,
      reserveOut: 50_000_000,
      planLevel: 300_000_001,
    }),
    '2027': year({ volume: 0, priceGrowth: 0.1234567 }),
  },
};

async function call(
  session: Session | undefined,
  method: 'GET' | 'POST' | 'PATCH',
  url: string,
  payload?: unknown,
) {
  const isFile = Buffer.isBuffer(payload);
  return app.inject({
    method,
    url,
    headers: {
      ...(session ? headers(session) : {}),
      ...(isFile ? { 'content-type': 'application/octet-stream' } : {}),
    },
    ...(payload === undefined ? {} : { payload: payload as object }),
  });
}

async function create(body: Record<string, unknown>): Promise<TScenario> {
  const response = await call(sessions.admin, 'POST', '/api/scenarios', {
    sourceNote: 'SKR skatteunderlagsprognos april 2025',
    sourceDate: '2025-04-24',
    input: INPUT,
    ...body,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as TScenario;
}

async function result(id: string): Promise<TScenarioResult> {
  return (await call(sessions.admin, 'GET', `/api/scenarios/${id}/result`)).json() as TScenarioResult;
}

async function workbookOf(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  return book;
}

/** A cell of mnkr back to kronor exactly, as the assumption reader reads it. */
function kronor(value: ExcelJS.CellValue): number | null {
  if (value === null || value === undefined) return null;
  const parsed = parseAmount(decimalText(value as number), 'mnkr');
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.kronor;
}

function rows(sheet: ExcelJS.Worksheet): ExcelJS.CellValue[][] {
  const all: ExcelJS.CellValue[][] = [];
  sheet.eachRow((row, number) => {
    all[number - 1] = (row.values as ExcelJS.CellValue[]).slice(1);
  });
  return all;
}

function handMade(cells: HandMadeCell[][], name = 'Antaganden'): Promise<Buffer> {
  return handMadeWorkbook({ [name]: cells });
}

async function instant(): Promise<string> {
  await new Promise((resolve) => setTimeout(resolve, 3));
  const at = new Date().toISOString();
  await new Promise((resolve) => setTimeout(resolve, 3));
  return at;
}

beforeAll(async () => {
  database = await openTestDatabase();
  app = await buildTestApp(database.db);
  const seeded = await seedExampleTenant(database.db, [
    { username: 'admin', role: 'admin', unitPath: 'Exempelregionen' },
    { username: 'politiker', role: 'reader', unitPath: 'Exempelregionen' },
    {
      username: 'chef',
      role: 'manager',
      unitPath: 'Exempelregionen / Hälso- och sjukvård / Division Kirurgi',
    },
  ]);
  planId = seeded.planId;
  const other = await seedExampleTenant(database.db, [
    { username: 'admin', role: 'admin', unitPath: 'Exempelregionen' },
  ]);
  sessions.otherAdmin = await logInAs(app, other.tenant.slug, 'admin');
  for (const user of ['admin', 'politiker', 'chef'])
    sessions[user] = await logInAs(app, seeded.tenant.slug, user);
});
afterAll(async () => {
  await app.close();
  await database.close();
});

const RESULT_ROWS: Record<string, (y: TScenarioResult['years'][number]) => number | string | null> = {
  'Skatteintäkter och generella statsbidrag (mnkr)': (y) => y.revenue,
  'Nettokostnad före handlingsplanen (mnkr)': (y) => y.netCostBeforePlan,
  'Handlingsplanens nivå (mnkr)': (y) => y.planLevel,
  'Planens nivå hämtad från': (y) =>
    ({ full: 'planerad', outsidePlan: 'utanför planen' })[y.planLevelSource as string]!,
  'Nettokostnad (mnkr)': (y) => y.netCost,
  'Resultat (mnkr)': (y) => y.result,
  'Resultat i % av skatteintäkter och generella statsbidrag': (y) => y.result / y.revenue,
  'Resultatmål (2\u00a0%) (mnkr)': (y) => y.goal,
  'Gap till resultatmålet (mnkr)': (y) => y.gap,
  'Behövd handlingsplan (mnkr)': (y) => y.requiredPlan,
  'Planens effekt: planerad nivå (mnkr)': (y) => y.planEffects!.full,
  'Planens effekt: riskviktad (mnkr)': (y) => y.planEffects!.riskWeighted,
  'Planens effekt: prognos (mnkr)': (y) => y.planEffects!.forecast,
  'Balanskravsresultat (mnkr)': (y) => y.balanskravResult,
  'Underskott kvar att återställa (mnkr)': (y) => y.deficitOutstanding,
  'Förfallet underskott': (y) => (y.deficitOverdue ? 'ja' : 'nej'),
};

describe('GET /api/scenarios/:id/export.xlsx', () => {
  it('holds every figure of GET …/result to the krona, the ledger, and where the figures come from', async () => {
    const scenario = await create({ name: 'Export: plan/år "2024–2027"', planId, planSource: 'full' });
    const expected = await result(scenario.id);
    const response = await call(sessions.politiker, 'GET', `/api/scenarios/${scenario.id}/export.xlsx`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe(XLSX_CONTENT_TYPE);
    expect(response.headers['content-disposition']).toBe(attachmentDisposition(`${scenario.name}.xlsx`));
    const book = await workbookOf(response.rawPayload);
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual([
      'Antaganden',
      'Resultat',
      'Balanskrav',
      'Om scenariot',
    ]);

    const resultRows = rows(book.getWorksheet('Resultat')!);
    expect(resultRows[0]).toEqual(['Belopp i mnkr, exakta till kronan', 2024, 2025, 2026, 2027]);
    expect(resultRows.slice(1).map((row) => row[0])).toEqual(Object.keys(RESULT_ROWS));
    for (const row of resultRows.slice(1)) {
      const label = row[0] as string;
      expected.years.forEach((y, i) => {
        const want = RESULT_ROWS[label]!(y);
        const cell = row[i + 1] ?? null;
        if (typeof want === 'string') expect(cell, label).toBe(want);
        else if (label.startsWith('Resultat i %')) expect(cell as number, label).toBeCloseTo(want!, 12);
        else expect(kronor(cell), `${label} ${y.year}`).toBe(want);
      });
    }

    const ledgerRows = rows(book.getWorksheet('Balanskrav')!);
    const deficits = ledgerRows.slice(2, 2 + expected.ledger.deficits.length);
    expect(deficits.map((r) => [r[0], kronor(r[1]!), r[2], kronor(r[3]!), r[4] ?? null])).toEqual(
      expected.ledger.deficits.map((d) => [d.year, d.amount, d.deadline, d.remaining, d.restoredInYear]),
    );
    const scheduleAt = ledgerRows.findIndex((r) => r?.[0] === 'Återställningsplan') + 2;
    const schedule = ledgerRows.slice(scheduleAt).filter(Boolean);
    expect(schedule.map((r) => [r[0], r[1], kronor(r[2]!)])).toEqual(
      expected.ledger.schedule.map((s) => [s.restoredInYear, s.deficitYear, s.amount]),
    );

    const about = new Map(rows(book.getWorksheet('Om scenariot')!).map((r) => [r[0], r[1]]));
    expect(about.get('Scenario')).toBe(scenario.name);
    expect(about.get('Källa för antagandena')).toBe('SKR skatteunderlagsprognos april 2025');
    expect(about.get('Källans datum')).toBe('2025-04-24');
    expect(about.get('Kopplad plan')).toBe(expected.plan!.name);
    expect(about.get('Planens nivå hämtas från')).toBe('planens planerade nivå');
    expect(about.get('Basår')).toBe(2023);
    expect(kronor(about.get('Nettokostnad basåret (mnkr)')!)).toBe(13_000_000_123);
    expect(kronor(about.get('Resultat basåret (mnkr)')!)).toBe(-100_000_123);
    expect(kronor(about.get('Ingående underskott från 2023 (mnkr)')!)).toBe(100_000_123);
    expect(about.get('Resultatmål (andel av skatteintäkter och generella statsbidrag)')).toBe(0.02);
    expect(about.get('Visas per')).toBe('senaste versionen');
  });

  it('reads back through POST …/assumptions/read to exactly the saved years, with the plan level used', async () => {
    const scenario = await create({ name: 'Rundresa', planId, planSource: 'full' });
    const expected = await result(scenario.id);
    const file = await call(sessions.admin, 'GET', `/api/scenarios/${scenario.id}/export.xlsx`);
    const read = await call(sessions.chef, 'POST', '/api/scenarios/assumptions/read', file.rawPayload);
    expect(read.statusCode, read.body).toBe(200);
    const body = read.json() as TScenarioAssumptionsRead;
    const years = Object.fromEntries(
      Object.entries(scenario.input.years).map(([key, assumptions], i) => [
        key,
        { ...assumptions, planLevel: expected.years[i]!.planLevel },
      ]),
    );
    expect(body).toEqual({ sheet: 'Antaganden', years, ignoredLabels: [] });
    expect(Object.keys(body.years['2024']!)).toHaveLength(14);
    expect(body.years['2024']).not.toHaveProperty('revenueGrowth');
    expect(body.years['2025']).not.toHaveProperty('revenue');
    // the plan's level was used, not the 1 kr typed in 2024: it is what reproduces the figures
    expect(body.years['2024']!.planLevel).toBe(expected.years[0]!.planEffects!.full);
    expect(body.years['2027']!.planLevel).toBe(0);
  });

  it('exports an earlier version as of an instant, under its name then', async () => {
    const scenario = await create({ name: 'Före ändringen' });
    const known = await instant();
    const changed = await call(sessions.admin, 'PATCH', `/api/scenarios/${scenario.id}`, {
      version: 1,
      name: 'Efter ändringen',
      input: { ...INPUT, years: { ...INPUT.years, '2025': year({ wageGrowth: 0.05 }) } },
    });
    expect(changed.statusCode, changed.body).toBe(200);
    const asOf = `asOf=${encodeURIComponent(known)}`;
    const then = await call(sessions.admin, 'GET', `/api/scenarios/${scenario.id}/export.xlsx?${asOf}`);
    expect(then.statusCode, then.body).toBe(200);
    expect(then.headers['content-disposition']).toBe(attachmentDisposition('Före ändringen.xlsx'));
    const sheet = (await workbookOf(then.rawPayload)).getWorksheet('Antaganden')!;
    expect(rows(sheet)[3]).toEqual(['Löneökning (%)', 0.035, 0.035, -0.0125, 0.035]);
    const about = new Map(
      rows((await workbookOf(then.rawPayload)).getWorksheet('Om scenariot')!).map((r) => [r[0], r[1]]),
    );
    expect(about.get('Visas per')).toBe(`${swedishDateTime(known)} (svensk tid)`);
    expect(about.get('Version')).toBe(1);

    const now = await call(sessions.admin, 'GET', `/api/scenarios/${scenario.id}/export.xlsx`);
    expect(rows((await workbookOf(now.rawPayload)).getWorksheet('Antaganden')!)[3]?.[2]).toBe(0.05);
    const pdfThen = await call(sessions.admin, 'GET', `/api/scenarios/${scenario.id}/export.pdf?${asOf}`);
    expect(pdfThen.statusCode).toBe(200);
    expect(pdfThen.headers['content-disposition']).toBe(attachmentDisposition('Före ändringen.pdf'));
  });
});

describe('GET /api/scenarios/:id/export.pdf', () => {
  it('is an A4 PDF of three pages: figures, charts, balanskrav', async () => {
    const scenario = await create({ name: 'Rapport', planId, planSource: 'riskWeighted' });
    const response = await call(sessions.politiker, 'GET', `/api/scenarios/${scenario.id}/export.pdf`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toBe(attachmentDisposition('Rapport.pdf'));
    const text = response.rawPayload.toString('latin1');
    expect(text.startsWith('%PDF-')).toBe(true);
    expect(text.trimEnd().endsWith('%%EOF')).toBe(true);
    expect(text.match(/\/Type \/Page$/gm)).toHaveLength(3);
    expect(text).toContain('/MediaBox [0 0 841.89 595.28]');
    expect(text).toMatch(/\/FontName \/[A-Z]{6}\+DejaVuSans\b/);
  });

  it('follows the rules of GET …/result: 404 unknown or another organisation’s, 403 without the whole plan', async () => {
    const linked = await create({ name: 'Behörighet', planId, planSource: 'full' });
    for (const extension of ['xlsx', 'pdf']) {
      const unknown = await call(
        sessions.admin,
        'GET',
        `/api/scenarios/00000000-0000-4000-8000-000000000000/export.${extension}`,
      );
      expect(unknown.statusCode).toBe(404);
      expect((unknown.json() as ErrorBody).error).toMatchObject({
        code: 'NOT_FOUND',
        message: 'Scenariot finns inte',
      });
      expect(
        (await call(sessions.otherAdmin, 'GET', `/api/scenarios/${linked.id}/export.${extension}`))
          .statusCode,
      ).toBe(404);
      const chef = await call(sessions.chef, 'GET', `/api/scenarios/${linked.id}/export.${extension}`);
      expect(chef.statusCode).toBe(403);
      expect(
        (await call(undefined, 'GET', `/api/scenarios/${linked.id}/export.${extension}`)).statusCode,
      ).toBe(401);
    }
    const given = await create({ name: 'Givna nivåer' });
    expect((await call(sessions.chef, 'GET', `/api/scenarios/${given.id}/export.pdf`)).statusCode).toBe(200);
  });
});

describe('POST /api/scenarios/assumptions/read', () => {
  it('reads percent cells, formulas and plain numbers, leaving out rows it does not know', async () => {
    const bytes = await handMade([
      ['Antagande', 2026, { formula: 'B1+1', result: 2027 }, 2028],
      ['Löneökning (%)', { value: 0.035, numFmt: '0.0%' }, 3, { formula: 'C2+0.5', result: 3.5 }],
      ['Kommentar', 'SKR april', null, null],
      ['Handlingsplanens nivå (mnkr)', 150.5, 200, { formula: 'C4*1.1', result: 220.00000000000003 }],
      ['revenueGrowth', 3.2125, null, -1],
    ]);
    const response = await call(sessions.politiker, 'POST', '/api/scenarios/assumptions/read', bytes);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({
      sheet: 'Antaganden',
      years: {
        '2026': { wageGrowth: 0.035, planLevel: 150_500_000, revenueGrowth: 0.032125 },
        '2027': { wageGrowth: 0.03, planLevel: 200_000_000 },
        '2028': { wageGrowth: 0.035, planLevel: 220_000_000, revenueGrowth: -0.01 },
      },
      ignoredLabels: ['Kommentar'],
    });
  });

  it('refuses with 400 naming every bad cell, the first ones in the message', async () => {
    const bytes = await handMade([
      ['Antagande', 2026, 2027, 2028],
      ['Löneökning (%)', 3, 3, 3],
      ['Personalkostnadernas andel (%)', 60, 60, 60],
      ['Prisökning (%)', 2, 2, 2],
      ['Övriga kostnaders andel (%)', 40, 'tre', 40],
      ['Finansnetto (mnkr)', new Date(Date.UTC(2025, 0, 3)), -20, { value: 0.02, numFmt: '0%' }],
      ['Volymförändring (%)', 'x', 'y', 1],
    ]);
    const response = await call(sessions.admin, 'POST', '/api/scenarios/assumptions/read', bytes);
    expect(response.statusCode).toBe(400);
    expect((response.json() as ErrorBody).error).toMatchObject({
      code: 'VALIDATION',
      message:
        'Antagandena kunde inte läsas in (5 fel): Antaganden!C5: "tre" är inte ett procenttal; Antaganden!B6: datumet 2025-01-03 är inte ett belopp; Antaganden!D6: "2 %" är inte ett belopp och 2 till',
      details: [
        { field: 'Antaganden!C5', message: '"tre" är inte ett procenttal' },
        { field: 'Antaganden!B6', message: 'datumet 2025-01-03 är inte ett belopp' },
        { field: 'Antaganden!D6', message: '"2 %" är inte ett belopp' },
        { field: 'Antaganden!B7', message: '"x" är inte ett procenttal' },
        { field: 'Antaganden!C7', message: '"y" är inte ett procenttal' },
      ],
    });
  });

  it('refuses years out of order, a file that is no workbook, an empty body and a request without a session', async () => {
    const gap = await handMade(
      [
        ['Antagande', 2026, 2028],
        ['Löneökning (%)', 3, 3],
      ],
      'Blad1',
    );
    const gapResponse = await call(sessions.admin, 'POST', '/api/scenarios/assumptions/read', gap);
    expect(gapResponse.statusCode).toBe(400);
    expect((gapResponse.json() as ErrorBody).error.details).toEqual([
      { field: 'Blad1!C1', message: '2028 följer inte på 2026: åren ska komma i följd' },
    ]);

    const csv = await call(
      sessions.admin,
      'POST',
      '/api/scenarios/assumptions/read',
      Buffer.from('Antagande;2026\n'),
    );
    expect(csv.statusCode).toBe(400);
    expect((csv.json() as ErrorBody).error).toMatchObject({
      code: 'VALIDATION',
      message:
        'Filen kan inte läsas som en Excel-fil (.xlsx). Spara den i Excel som "Excel-arbetsbok (*.xlsx)" och försök igen',
    });
    const empty = await call(sessions.admin, 'POST', '/api/scenarios/assumptions/read', Buffer.alloc(0));
    expect(empty.statusCode).toBe(400);
    expect((empty.json() as ErrorBody).error.message).toContain('application/octet-stream');

    const ok = await handMade([
      ['Antagande', 2026],
      ['Löneökning (%)', 3],
    ]);
    expect((await call(undefined, 'POST', '/api/scenarios/assumptions/read', ok)).statusCode).toBe(401);
    const noCsrf = await app.inject({
      method: 'POST',
      url: '/api/scenarios/assumptions/read',
      headers: { cookie: sessions.admin!.cookie, 'content-type': 'application/octet-stream' },
      payload: ok,
    });
    expect(noCsrf.statusCode).toBe(403);
  });

  it('documents the file routes in the OpenAPI document under Scenarier', async () => {
    const docs = (await app.inject({ method: 'GET', url: '/api/docs/json' })).json() as {
      paths: Record<
        string,
        Record<string, { tags?: string[]; responses?: Record<string, { content?: object }> }>
      >;
    };
    for (const [path, method] of [
      ['/api/scenarios/assumptions/read', 'post'],
      ['/api/scenarios/{id}/export.xlsx', 'get'],
      ['/api/scenarios/{id}/export.pdf', 'get'],
    ] as const) {
      expect(docs.paths[path]?.[method]?.tags, `${method} ${path}`).toEqual(['Scenarier']);
    }
    expect(
      Object.keys(docs.paths['/api/scenarios/{id}/export.pdf']!.get!.responses!['200']!.content!),
    ).toContain('application/pdf');
  });
});
