import { describe, expect, it } from 'vitest';
import { type HandMadeCell, handMadeWorkbook } from '../test/hand-made-workbook';
import { MAX_ASSUMPTION_ROWS, readAssumptionSheet } from './read-assumption-sheet';

const workbook = handMadeWorkbook;

describe('readAssumptionSheet', () => {
  it('reads percent cells, plain numbers, formulas, rich text and scaled kronor as Excel shows them', async () => {
    const bytes = await workbook({
      Noteringar: [['Det här bladet läses inte']],
      Antaganden: [
        ['Antagande', 2026, { formula: 'B1+1', result: 2027 }],
        ['Löneökning (%)', { value: 0.035, numFmt: '0.0%' }, 3.2125],
        [
          'priceGrowth',
          { formula: 'B2*100', result: 3.5000000000000004 },
          { richText: [{ text: '2,' }, { text: '5' }] },
        ],
        ['Kommentar', 'fritext'],
        [
          'Skatteintäkter och generella statsbidrag (mnkr)',
          { value: 10_300_000_000, numFmt: '#,##0.0,,' },
          null,
        ],
        ['Finansnetto (mnkr)', -20, { value: -20.5, numFmt: '#,##0.0' }],
        ['', 'en rad utan etikett'],
      ],
    });
    expect(await readAssumptionSheet(bytes)).toEqual({
      status: 'read',
      sheet: 'Antaganden',
      years: {
        '2026': { wageGrowth: 0.035, priceGrowth: 0.035, revenue: 10_300_000_000, financialNet: -20_000_000 },
        '2027': { wageGrowth: 0.032125, priceGrowth: 0.025, financialNet: -20_500_000 },
      },
      ignoredLabels: ['Kommentar'],
    });
  });

  it('reads the first sheet when there is no sheet Antaganden', async () => {
    const bytes = await workbook({
      Blad1: [
        ['', 2026],
        ['Volymförändring (%)', 1],
      ],
      Blad2: [['x']],
    });
    expect(await readAssumptionSheet(bytes)).toMatchObject({
      status: 'read',
      sheet: 'Blad1',
      years: { '2026': { volume: 0.01 } },
    });
  });

  it('places every problem in its cell, describing dates, errors and percent cells as such', async () => {
    const bytes = await workbook({
      Antaganden: [
        ['Antagande', 2026, 2027],
        ['Löneökning (%)', 3, 3],
        ['Prisökning (%)', 2, 'tre'],
        ['Finansnetto (mnkr)', new Date(Date.UTC(2025, 0, 3)), { value: 0.035, numFmt: '0.0%' }],
        ['Volymförändring (%)', { error: '#DIV/0!' }, true],
        ['Löneökning', 1, 1],
      ],
    });
    expect(await readAssumptionSheet(bytes)).toEqual({
      status: 'invalid',
      sheet: 'Antaganden',
      problems: [
        { cell: 'Antaganden!C3', message: '"tre" är inte ett procenttal' },
        { cell: 'Antaganden!B4', message: 'datumet 2025-01-03 är inte ett belopp' },
        { cell: 'Antaganden!C4', message: '"3,5 %" är inte ett belopp' },
        { cell: 'Antaganden!B5', message: 'felvärdet #DIV/0! är inte ett procenttal' },
        { cell: 'Antaganden!C5', message: 'sanningsvärdet SANT är inte ett procenttal' },
        { cell: 'Antaganden!A6', message: '"Löneökning" finns redan på rad 2' },
      ],
    });
  });

  it('refuses years that do not follow each other, a sheet without years and one without values', async () => {
    const gap = await workbook({
      Antaganden: [
        ['Antagande', 2026, 2028],
        ['Löneökning (%)', 3, 3],
      ],
    });
    expect(await readAssumptionSheet(gap)).toEqual({
      status: 'invalid',
      sheet: 'Antaganden',
      problems: [{ cell: 'Antaganden!C1', message: '2028 följer inte på 2026: åren ska komma i följd' }],
    });
    const empty = await workbook({ Antaganden: [] });
    expect(await readAssumptionSheet(empty)).toMatchObject({
      problems: [{ cell: 'Antaganden!B1', message: 'Första raden ska ha åren (ÅÅÅÅ) från andra kolumnen' }],
    });
    const unknown = await workbook({
      Antaganden: [
        ['Antagande', 2026],
        ['Summa', 3],
      ],
    });
    expect(await readAssumptionSheet(unknown)).toMatchObject({
      problems: [{ cell: 'Antaganden', message: expect.stringContaining('Inga antaganden att läsa in') }],
    });
  });

  it('refuses a sheet far longer than an assumption table', async () => {
    const rows: HandMadeCell[][] = [['Antagande', 2026]];
    rows[MAX_ASSUMPTION_ROWS + 1] = ['Löneökning (%)', 3];
    expect(await readAssumptionSheet(await workbook({ Antaganden: rows }))).toMatchObject({
      status: 'invalid',
      problems: [{ cell: 'Antaganden', message: expect.stringContaining('fler än 1000 rader') }],
    });
  });

  it('calls bytes that are no workbook unreadable, without throwing', async () => {
    const unreadable = {
      status: 'unreadable',
      message: expect.stringContaining('kan inte läsas som en Excel-fil'),
    };
    expect(await readAssumptionSheet(Buffer.from('Antagande;2026\n'))).toEqual(unreadable);
    const bytes = await workbook({ Antaganden: [['Antagande', 2026]] });
    expect(await readAssumptionSheet(bytes.subarray(0, bytes.length - 30))).toEqual(unreadable);
    expect(await readAssumptionSheet(Buffer.alloc(0))).toEqual(unreadable);
  });
});
