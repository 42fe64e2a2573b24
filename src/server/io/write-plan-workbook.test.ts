import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { ParsedMeasureRow, ParsedRisk } from './plan-workbook';
import { readPlanWorkbook } from './read-plan-workbook';
import {
  type PlanWorkbookContent,
  type PlanWorkbookRow,
  planWorkbookBytes,
  riskCell,
  xmlSafeText,
} from './write-plan-workbook';

const none: ParsedRisk = { level: null, text: null };

function row(code: string, change: Partial<PlanWorkbookRow> = {}): PlanWorkbookRow {
  return {
    code,
    title: `Åtgärd ${code}`,
    description: null,
    unitPath: ['Exempelregionen'],
    responsible: null,
    category: null,
    group: null,
    savingsType: null,
    feasibility: null,
    status: 'proposed',
    isTemporary: false,
    startMonth: null,
    endMonth: null,
    fullEffectMonth: null,
    followUpMetric: null,
    followUpMethod: null,
    periodicity: null,
    risks: { staff: none, citizen: none, operations: none, longTerm: none },
    consequences: null,
    investment: null,
    oneOffCost: null,
    runningCostPerYear: null,
    comment: null,
    effects: [],
    ...change,
  };
}

/** Every field of the template filled, with the values that are easiest to lose on the way. */
const FULL = row('ÖV-07', {
  title: 'Samåkning för å/ä/ö-län; "citat" & <tecken> = formel?',
  description: 'Rad ett\nRad två med emoji 🚌 och tab\tinuti',
  unitPath: ['Exempelregionen', 'Kollektivtrafik', 'Område Norr – Älvdalen'],
  responsible: 'Trafikdirektör Åsa Öberg',
  category: 'strategic',
  group: 'samarbeten',
  savingsType: 'costParity',
  feasibility: 3,
  status: 'inProgress',
  isTemporary: true,
  startMonth: '2023-02',
  endMonth: '2025-11',
  fullEffectMonth: '2024-09',
  followUpMetric: 'Antal resor',
  followUpMethod: 'Jämförelse med 2022 i ekonomisystemet',
  periodicity: 'tertial',
  risks: {
    staff: { level: 'high', text: 'Fler arbetspass: kvällstid' },
    citizen: { level: 'medium', text: null },
    operations: { level: null, text: 'Okänd påverkan på verksamheten' },
    longTerm: { level: 'low', text: 'Ingen' },
  },
  consequences: 'Längre restid för vissa',
  investment: 1_234_567,
  oneOffCost: -500,
  runningCostPerYear: 0,
  comment: '0123 är inte ett tal',
  effects: [
    { year: 2023, costType: 'personnel', amount: 0 },
    { year: 2024, costType: 'personnel', amount: 12_345_678 },
    { year: 2024, costType: 'operating', amount: -1 },
    { year: 2024, costType: 'revenue', amount: 999_999_999_999 }, // just under the ±10¹² bound
    { year: 2025, costType: 'unspecified', amount: 7_000_000 },
    // A year outside the plan's years still gets its columns.
    { year: 2027, costType: 'operating', amount: 1_500 },
  ],
});

const CONTENT: PlanWorkbookContent = {
  planName: 'En hållbar framtid 2023–2025',
  convention: 'increment',
  years: [2023, 2024, 2025],
  rows: [FULL, row('A-1', { status: 'cancelled', isTemporary: false }), row('A-2', { feasibility: 1 })],
};

function withoutRowNumbers(rows: ParsedMeasureRow[]): PlanWorkbookRow[] {
  return rows.map(({ rowNumber: _row, ...rest }) => rest);
}

describe('writePlanWorkbook', () => {
  it('writes a file readPlanWorkbook reads back to exactly the same rows and settings', async () => {
    const parsed = await readPlanWorkbook(await planWorkbookBytes(CONTENT));
    expect(parsed.errors).toEqual([]);
    expect(parsed.warnings).toEqual([]);
    expect(parsed.settings).toEqual({
      planName: 'En hållbar framtid 2023–2025',
      convention: 'increment',
      defaultUnitPath: null,
    });
    expect(parsed.years).toEqual([2023, 2024, 2025, 2027]);
    expect(withoutRowNumbers(parsed.rows)).toEqual(CONTENT.rows);
    // Every field the template has a column for is in the file, so a re-import can leave nothing stale.
    expect(Object.keys(parsed.columns).sort()).toEqual(
      [
        'code',
        'title',
        'description',
        'orgUnitId',
        'responsibleName',
        'responsibleUserId',
        'category',
        'group',
        'savingsType',
        'feasibility',
        'isTemporary',
        'status',
        'startMonth',
        'endMonth',
        'fullEffectMonth',
        'followUpMetric',
        'followUpMethod',
        'periodicity',
        'effects',
        'investment',
        'oneOffCost',
        'runningCostPerYear',
        'risk:staff',
        'risk:citizen',
        'risk:operations',
        'risk:longTerm',
        'consequences',
        'comment',
      ].sort(),
    );
    expect(parsed.effectColumns).toHaveLength(4 * 4);
  });

  it('uses the Swedish headers of the template, amounts in tkr, and a settings sheet', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await planWorkbookBytes(CONTENT)) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Åtgärder', 'Inställningar']);
    const sheet = workbook.getWorksheet('Åtgärder')!;
    const headers = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(headers.slice(0, 17)).toEqual([
      'Kod',
      'Åtgärd',
      'Beskrivning',
      'Enhet',
      'Ansvarig',
      'Kategori',
      'Grupp',
      'Besparingstyp',
      'Genomförbarhet',
      'Tillfällig',
      'Status',
      'Start',
      'Slut',
      'Helårseffekt från',
      'Uppföljningsmått',
      'Uppföljningsmetod',
      'Periodicitet',
    ]);
    expect(headers).toContain('Personal 2024 (tkr)');
    expect(headers).toContain('Effekt 2025 (tkr)');
    expect(headers.slice(-9)).toEqual([
      'Investering (tkr)',
      'Engångskostnad (tkr)',
      'Löpande kostnad (tkr)',
      'Risk medarbetare',
      'Risk medborgare',
      'Risk verksamhet',
      'Risk långsiktighet',
      'Konsekvenser',
      'Kommentar',
    ]);
    const values = sheet.getRow(2).values as unknown[];
    const at = (header: string) => values[headers.indexOf(header) + 1];
    expect(at('Enhet')).toBe('Exempelregionen / Kollektivtrafik / Område Norr – Älvdalen');
    expect(at('Personal 2024 (tkr)')).toBe(12_345.678);
    expect(at('Kategori')).toBe('strategisk');
    expect(at('Tillfällig')).toBe('ja');
    expect(at('Risk medarbetare')).toBe('hög: Fler arbetspass: kvällstid');
    const settings = workbook.getWorksheet('Inställningar')!;
    expect(settings.getRow(2).values).toEqual([undefined, 'Plan', 'En hållbar framtid 2023–2025']);
    expect(settings.getRow(3).values).toEqual([undefined, 'Effektkonvention', 'tillskott']);
  });

  it('round-trips the demo plan as read from demo/exempel-handlingsplan.xlsx', async () => {
    const demo = await readPlanWorkbook(await readFile('demo/exempel-handlingsplan.xlsx'));
    const content: PlanWorkbookContent = {
      planName: demo.settings.planName!,
      convention: demo.settings.convention!,
      years: demo.years,
      rows: withoutRowNumbers(demo.rows),
    };
    const again = await readPlanWorkbook(await planWorkbookBytes(content));
    expect(again.errors).toEqual([]);
    expect(again.settings).toEqual(demo.settings);
    expect(again.rows).toEqual(demo.rows);
  });

  it('drops characters XML cannot hold instead of writing a file nobody can open', async () => {
    expect(xmlSafeText('a\u0007b\u0000c\uFFFEd\uD800e🚌')).toBe('abcde🚌');
    const content = { ...CONTENT, rows: [row('X-1', { title: 'Ring\u0007klockan', comment: 'ok\u001f' })] };
    const parsed = await readPlanWorkbook(await planWorkbookBytes(content));
    expect(parsed.errors).toEqual([]);
    expect(parsed.rows[0]).toMatchObject({ title: 'Ringklockan', comment: 'ok' });
  });

  it('writes risks as the reader expects them', () => {
    expect(riskCell({ level: 'high', text: 'Text' })).toBe('hög: Text');
    expect(riskCell({ level: 'low', text: null })).toBe('låg');
    expect(riskCell({ level: null, text: 'Bara text' })).toBe('Bara text');
    expect(riskCell(none)).toBeNull();
  });
});
