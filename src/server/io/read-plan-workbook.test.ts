import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { ParsedMeasureRow } from './plan-workbook';
import { readPlanWorkbook } from './read-plan-workbook';

async function readFixture(name: string): Promise<Uint8Array> {
  return new Uint8Array(await readFile(new URL(`./fixtures/${name}`, import.meta.url)));
}

async function parseFixture(name: string) {
  return readPlanWorkbook(await readFixture(name));
}

function byCode(rows: ParsedMeasureRow[], code: string): ParsedMeasureRow {
  const row = rows.find((r) => r.code === code);
  if (!row) throw new Error(`no row ${code}`);
  return row;
}

describe('readPlanWorkbook on the demo plan', () => {
  it('reads all 29 measures of demo/exempel-handlingsplan.xlsx without problems', async () => {
    const bytes = new Uint8Array(
      await readFile(new URL('../../../demo/exempel-handlingsplan.xlsx', import.meta.url)),
    );
    const parsed = await readPlanWorkbook(bytes);

    expect(parsed.errors).toEqual([]);
    expect(parsed.warnings).toEqual([]);
    expect(parsed.settings).toEqual({
      planName: 'En hållbar framtid 2023–2025',
      convention: 'level',
      defaultUnitPath: null,
    });
    expect(parsed.years).toEqual([2023, 2024, 2025]);
    expect(parsed.rows).toHaveLength(29);
    expect(parsed.rows.map((r) => r.rowNumber)).toEqual(Array.from({ length: 29 }, (_, i) => i + 2));

    const first = byCode(parsed.rows, 'HS-01');
    expect(first.unitPath).toEqual([
      'Exempelregionen',
      'Hälso- och sjukvård',
      'Division Kirurgi',
      'Ögonkliniken',
    ]);
    expect(first).toMatchObject({
      title: 'Användning av anti-VEGF: egen fyllning av sprutor',
      responsible: 'Chef Ögonkliniken',
      category: 'immediate',
      group: 'smarta inköp',
      savingsType: 'efficiency',
      feasibility: 1,
      status: 'decided',
      isTemporary: false,
      startMonth: '2023-07',
      endMonth: null,
      fullEffectMonth: '2024-01',
      periodicity: 'month',
    });
    expect(first.effects).toEqual([
      { year: 2023, costType: 'operating', amount: 6_240_000 },
      { year: 2024, costType: 'operating', amount: 15_600_000 },
      { year: 2025, costType: 'operating', amount: 15_600_000 },
    ]);

    const staffing = byCode(parsed.rows, 'HS-03');
    expect(staffing.unitPath).toEqual(['Exempelregionen', 'Hälso- och sjukvård']);
    expect(staffing.effects.map((e) => [e.year, e.costType, e.amount])).toEqual([
      [2023, 'personnel', 7_800_000],
      [2024, 'personnel', 19_500_000],
      [2025, 'personnel', 19_500_000],
    ]);

    const temporary = byCode(parsed.rows, 'HS-11');
    expect(temporary.isTemporary).toBe(true);
    expect(temporary.savingsType).toBe('rationing');
    expect(temporary.effects).toContainEqual({ year: 2025, costType: 'operating', amount: 0 });
    expect(byCode(parsed.rows, 'RF-01').effects[1]).toEqual({
      year: 2024,
      costType: 'operating',
      amount: 3_700_000,
    });
  });
});

describe('readPlanWorkbook amounts', () => {
  it('reads Swedish text amounts exactly and honours (tkr), (mnkr) and (kr) headers', async () => {
    const parsed = await parseFixture('amounts.xlsx');
    expect(parsed.errors).toEqual([]);
    expect(parsed.years).toEqual([2024, 2025, 2026]);

    const text = byCode(parsed.rows, 'A-01');
    expect(text.effects).toEqual([
      { year: 2024, costType: 'operating', amount: 1_234_500 }, // "1 234,5" with NBSP, tkr by default
      { year: 2024, costType: 'personnel', amount: 1_250_000 }, // 1.25 in a (mnkr) column
      { year: 2025, costType: 'revenue', amount: 1235 }, // 1234.5 in a (kr) column, rounded half away
      { year: 2026, costType: 'unspecified', amount: -500_000 }, // "−500" with U+2212
    ]);
    expect(text.investment).toBe(2_500_000); // "2,5" in a (mnkr) column
    expect(text.oneOffCost).toBe(557_700_000); // "557,7 mnkr": the unit in the text wins
    expect(text.runningCostPerYear).toBe(0);

    const zeros = byCode(parsed.rows, 'A-02');
    expect(zeros.effects).toEqual([
      { year: 2024, costType: 'operating', amount: 0 },
      { year: 2025, costType: 'revenue', amount: -12_000 },
      { year: 2026, costType: 'unspecified', amount: -500 },
    ]);
    expect(zeros.investment).toBeNull();

    const numbers = byCode(parsed.rows, 'A-03');
    expect(numbers.effects).toEqual([
      { year: 2024, costType: 'operating', amount: 15_600_000 },
      { year: 2024, costType: 'personnel', amount: 500 },
    ]);
  });
});

describe('readPlanWorkbook cell kinds and settings', () => {
  it('reads rich text, hyperlinks, formulas, dates and the Inställningar defaults', async () => {
    const parsed = await parseFixture('cell-kinds.xlsx');
    expect(parsed.errors).toEqual([]);
    expect(parsed.settings).toEqual({
      planName: 'Testplan 2024',
      convention: 'increment',
      defaultUnitPath: ['Region Test', 'Förvaltning X'],
    });
    expect(parsed.warnings).toEqual([
      { cell: 'Inställningar!A5', message: 'Inställningen "Ägare" känns inte igen och ignoreras' },
      { cell: 'Åtgärder!W1', message: 'Kolumnen "Anteckning" känns inte igen och ignoreras' },
    ]);
    // Row 3 holds only a note in the unknown column and row 4 is empty: neither is a measure.
    expect(parsed.rows.map((r) => [r.rowNumber, r.code])).toEqual([
      [2, 'K-01'],
      [5, '1002'],
    ]);

    const [full, minimal] = parsed.rows;
    expect(full).toEqual({
      rowNumber: 2,
      code: 'K-01',
      title: 'Se intranätet',
      description: 'Rad två',
      unitPath: ['Region Test', 'Förvaltning X'],
      responsible: 'Anna Andersson',
      category: 'strategic',
      group: 'Smarta inköp',
      savingsType: 'generalCut',
      feasibility: 2,
      status: 'inProgress',
      isTemporary: true,
      startMonth: '2024-03',
      endMonth: '2025-12',
      fullEffectMonth: '2024-07',
      followUpMetric: 'Antal remisser',
      followUpMethod: 'Jämförelse mot budget',
      periodicity: 'tertial',
      risks: {
        staff: { level: 'high', text: 'ökad arbetsbelastning' },
        citizen: { level: 'medium', text: 'längre väntetider' },
        operations: { level: 'low', text: null },
        longTerm: { level: null, text: 'Svårt att bedöma' },
      },
      consequences: 'Färre remisser',
      investment: null,
      oneOffCost: null,
      runningCostPerYear: null,
      comment: 'Beslut i nämnden',
      effects: [{ year: 2024, costType: 'operating', amount: 200_000 }],
    });
    expect(minimal).toMatchObject({
      title: 'Minimal',
      feasibility: 3,
      isTemporary: false,
      startMonth: '2025-01', // a formula whose cached result is a date
      unitPath: ['Region Test', 'Förvaltning X'],
      effects: [],
    });
  });

  it('reports a bad convention, a bad default unit and a repeated setting at their cells', async () => {
    const parsed = await parseFixture('settings-errors.xlsx');
    expect(parsed.settings).toEqual({ planName: 'Plan A', convention: null, defaultUnitPath: null });
    expect(parsed.errors).toEqual([
      {
        cell: 'Inställningar!B3',
        message: 'Effektkonvention: texten "årlig" känns inte igen; använd nivå eller tillskott',
      },
      {
        cell: 'Inställningar!B4',
        message:
          'Enhet: "Region / / Vård" har en tom nivå; skriv enheterna uppifrån med / emellan, t.ex. Region / Förvaltning',
      },
      { cell: 'Inställningar!A5', message: 'Inställningen "plan" finns redan på rad 2' },
    ]);
  });
});

describe('Swedish letters across the reader chunk boundaries', () => {
  it('reads å, ä and ö exactly however the bytes are split into chunks', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Åtgärder');
    sheet.addRow(['Kod', 'Åtgärd', 'Enhet', 'Drift 2024']);
    const units: string[] = [];
    for (let index = 0; index < 3_000; index++) {
      // Odd lengths shift every following character, so some 2-byte letters straddle each 16 KiB chunk edge.
      const name = `Område ${'å'.repeat(index % 7)}ä${'ö'.repeat(index % 5)} ${index}`;
      units.push(name);
      sheet.addRow([`K-${index}`, `Åtgärd ${'ö'.repeat(index % 3)}${index}`, `Regionen / ${name}`, 1]);
    }
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const parsed = await readPlanWorkbook(bytes);
    expect(parsed.errors).toEqual([]);
    expect(parsed.rows).toHaveLength(3_000);
    expect(parsed.rows.map((row) => row.unitPath[1])).toEqual(units);
    expect(parsed.rows.every((row) => !row.title.includes('\ufffd'))).toBe(true);
  });
});
