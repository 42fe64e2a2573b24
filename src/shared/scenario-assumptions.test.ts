import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AMOUNT_BOUND_MESSAGE } from './money';
import {
  ASSUMPTION_ROWS,
  columnLetter,
  findAssumptionRow,
  formatMnkr,
  formatRate,
  parseMnkr,
  parseRate,
  readAssumptionTable,
  splitPastedText,
} from './scenario-assumptions';

describe('rates in percent', () => {
  it('reads Swedish percent text to the exact fraction', () => {
    expect(parseRate('3,5')).toEqual({ ok: true, value: 0.035 });
    expect(parseRate('3,5 %')).toEqual({ ok: true, value: 0.035 });
    expect(parseRate('3.5%')).toEqual({ ok: true, value: 0.035 });
    expect(parseRate('\u22120,25')).toEqual({ ok: true, value: -0.0025 });
    expect(parseRate('100,25')).toEqual({ ok: true, value: 1.0025 });
    expect(parseRate('12')).toEqual({ ok: true, value: 0.12 });
    expect(parseRate('-0')).toEqual({ ok: true, value: 0 });
    expect(parseRate('  ')).toEqual({ ok: true, value: null });
    expect(parseRate('tre')).toEqual({ ok: false, message: '"tre" är inte ett procenttal' });
    expect(parseRate('3,5,1').ok).toBe(false);
  });

  it('writes a fraction as the percent a user types', () => {
    expect(formatRate(0.035)).toBe('3,5');
    expect(formatRate(0.12)).toBe('12');
    expect(formatRate(0)).toBe('0');
    expect(formatRate(-0.0025)).toBe('\u22120,25');
    expect(formatRate(0.00001)).toBe('0,001');
    expect(formatRate(1.0025)).toBe('100,25');
  });

  it('reads back what it writes, for every percent with up to four decimals', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1_000_000, max: 1_000_000 }), (tenThousandths) => {
        const percent = tenThousandths / 10_000;
        const fraction = Number((percent / 100).toPrecision(12));
        expect(parseRate(formatRate(fraction))).toEqual({ ok: true, value: fraction });
      }),
    );
  });
});

describe('amounts in mnkr', () => {
  it('reads and writes whole kronor exactly', () => {
    expect(parseMnkr('746,3')).toEqual({ ok: true, value: 746_300_000 });
    expect(parseMnkr('12 000 tkr')).toEqual({ ok: true, value: 12_000_000 });
    expect(parseMnkr('')).toEqual({ ok: true, value: null });
    expect(parseMnkr('x').ok).toBe(false);
    expect(formatMnkr(746_300_000)).toBe('746,3');
    expect(formatMnkr(100_000_000)).toBe('100');
    expect(formatMnkr(-1_234_567_891)).toBe('\u22121\u00a0234,567891');
    expect(formatMnkr(0)).toBe('0');
  });

  it('reads back what it writes', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (kronor) => {
        expect(parseMnkr(formatMnkr(kronor))).toEqual({ ok: true, value: kronor === 0 ? 0 : kronor });
      }),
    );
  });

  it('refuses an amount beyond ±10^12 kr (issue 11)', () => {
    expect(parseMnkr('1 000 000,000001')).toEqual({ ok: false, message: AMOUNT_BOUND_MESSAGE });
    expect(parseMnkr('−1 000 000')).toEqual({ ok: true, value: -1e12 });
  });
});

describe('the assumption table', () => {
  it('finds a row by its label (case, spacing and unit not counted) or its key', () => {
    expect(findAssumptionRow('LÖNEÖKNING  (%)')?.key).toBe('wageGrowth');
    expect(findAssumptionRow('Löneökning')?.key).toBe('wageGrowth');
    expect(findAssumptionRow('pensionChange')?.key).toBe('pensionChange');
    expect(findAssumptionRow('Något annat')).toBeUndefined();
    expect(new Set(ASSUMPTION_ROWS.map((row) => row.key)).size).toBe(ASSUMPTION_ROWS.length);
  });

  it('reads a pasted block of years and labelled rows, leaving out empty cells and unknown rows', () => {
    const text = [
      'Antagande\t2024\t2025\t2026',
      'Löneökning (%)\t4\t3,6\t3,4',
      'Kommentar\tfrån SKR\t\t',
      '',
      'Förändring pensionskostnader (mnkr)\t100\t\u2212250\t',
      '',
    ].join('\r\n');
    expect(readAssumptionTable(splitPastedText(text))).toEqual({
      ok: true,
      years: {
        '2024': { wageGrowth: 0.04, pensionChange: 100_000_000 },
        '2025': { wageGrowth: 0.036, pensionChange: -250_000_000 },
        '2026': { wageGrowth: 0.034 },
      },
      ignoredRows: [2],
    });
  });

  it('names every bad cell and reads nothing then', () => {
    const result = readAssumptionTable([
      ['Antagande', '2024', '2026', 'år'],
      ['Prisökning (%)', '3', 'tre', '2'],
      ['prisökning', '1', '1', '1'],
    ]);
    expect(result).toEqual({
      ok: false,
      problems: [
        { row: 0, column: 2, message: '2026 följer inte på 2024: åren ska komma i följd' },
        { row: 0, column: 3, message: '"år" är inte ett årtal (ÅÅÅÅ)' },
        { row: 1, column: 2, message: '"tre" är inte ett procenttal' },
        { row: 2, column: 0, message: '"prisökning" finns redan på rad 2' },
      ],
    });
    expect(readAssumptionTable([['Antagande']])).toEqual({
      ok: false,
      problems: [{ row: 0, column: 1, message: 'Första raden ska ha åren (ÅÅÅÅ) från andra kolumnen' }],
    });
  });

  it('names spreadsheet columns by letter', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnLetter)).toEqual([
      'A',
      'B',
      'Z',
      'AA',
      'AB',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
    ]);
  });
});
