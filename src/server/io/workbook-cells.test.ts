import { describe, expect, it } from 'vitest';
import { readPlanHeaders } from './plan-headers';
import { cellAddress, columnLetters, describeCell, isDateFormat, readCellValue } from './workbook-cells';
import { resolveSheetName } from './workbook-stream';

describe('readCellValue', () => {
  it('flattens the shapes ExcelJS hands out into what the user sees', () => {
    expect(readCellValue('  ')).toBeNull();
    expect(readCellValue(undefined)).toBeNull();
    expect(readCellValue({ richText: [{ text: 'HS-' }, { text: '01' }] })).toEqual({
      kind: 'text',
      text: 'HS-01',
    });
    expect(readCellValue({ text: 'Länk', hyperlink: 'https://example.org' })).toEqual({
      kind: 'text',
      text: 'Länk',
    });
    expect(
      readCellValue({ text: { richText: [{ text: 'Rik' }, { text: ' länk' }] }, hyperlink: 'x' }),
    ).toEqual({
      kind: 'text',
      text: 'Rik länk',
    });
    expect(readCellValue({ formula: 'A1*2', result: 42 })).toEqual({ kind: 'number', value: 42 });
    expect(readCellValue({ sharedFormula: 'B2', result: 'text' })).toEqual({ kind: 'text', text: 'text' });
    expect(readCellValue({ formula: 'A1/0', result: { error: '#DIV/0!' } })).toEqual({
      kind: 'error',
      code: '#DIV/0!',
    });
    expect(readCellValue({ formula: 'NOW()' })).toBeNull();
    expect(readCellValue({ error: '#REF!' })).toEqual({ kind: 'error', code: '#REF!' });
    expect(readCellValue(Number.NaN)).toEqual({ kind: 'error', code: '#NUM!' });
  });

  it('turns a formula with a date format into a date, and leaves other numbers alone', () => {
    expect(readCellValue({ formula: 'DATE(2025,1,1)', result: 45_658 }, 'yyyy-mm-dd')).toEqual({
      kind: 'date',
      date: new Date(Date.UTC(2025, 0, 1)),
    });
    expect(readCellValue({ formula: 'A1', result: 45_658 }, '#,##0 "tkr"')).toEqual({
      kind: 'number',
      value: 45_658,
    });
    expect(isDateFormat('[$-41D]d mmmm yyyy')).toBe(true);
    expect(isDateFormat('[Red]#,##0;"kr"')).toBe(false);
    expect(isDateFormat('General')).toBe(false);
  });

  it('describes cells in Swedish for messages', () => {
    expect(describeCell({ kind: 'number', value: 2.5 })).toBe('talet 2,5');
    expect(describeCell({ kind: 'boolean', value: true })).toBe('sanningsvärdet SANT');
    expect(describeCell({ kind: 'text', text: 'x'.repeat(80) })).toBe(`texten "${'x'.repeat(57)}…"`);
  });
});

describe('cell addresses', () => {
  it.each([
    [1, 'A'],
    [26, 'Z'],
    [27, 'AA'],
    [52, 'AZ'],
    [702, 'ZZ'],
    [703, 'AAA'],
  ])('column %i is %s', (column, letters) => {
    expect(columnLetters(column)).toBe(letters);
  });

  it('writes sheet!cell', () => {
    expect(cellAddress('Åtgärder', 8, 12)).toBe('Åtgärder!H12');
  });
});

describe('resolveSheetName', () => {
  const model = { sheets: [{ id: 1, name: 'Åtgärder', rId: 'rId3' }] };

  it('finds the name behind relative and absolute relationship targets', () => {
    const relative = { workbookRels: [{ Id: 'rId3', Target: 'worksheets/sheet1.xml' }], model };
    const absolute = { workbookRels: [{ Id: 'rId3', Target: '/xl/worksheets/sheet1.xml' }], model };
    expect(resolveSheetName(relative, '1', 'Sheet1')).toBe('Åtgärder');
    expect(resolveSheetName(absolute, '1', 'Sheet1')).toBe('Åtgärder');
  });

  it('falls back to the name ExcelJS gave when the workbook part says nothing', () => {
    expect(resolveSheetName({}, '1', 'Sheet1')).toBe('Sheet1');
    expect(resolveSheetName({ workbookRels: 'broken', model: null }, '2', 'Blad2')).toBe('Blad2');
  });
});

describe('readPlanHeaders', () => {
  it('matches headers ignoring case and spacing, and reads units in any case', () => {
    const cells = [
      'kod',
      ' ÅTGÄRD ',
      'Risk\u00a0medborgare/patient',
      'Drift 2024 (MNKR)',
      'Löpande kostnad ( kr )',
    ];
    const headers = readPlanHeaders(
      { number: 1, cells: cells.map((text, i) => ({ column: i + 1, value: { kind: 'text', text } })) },
      'Åtgärder',
    );
    expect(headers.columns.map((c) => c.role)).toEqual([
      { kind: 'code' },
      { kind: 'title' },
      { kind: 'risk', perspective: 'citizen' },
      { kind: 'effect', costType: 'operating', year: 2024, unit: 'mnkr' },
      { kind: 'amount', field: 'runningCostPerYear', unit: 'kr' },
    ]);
    expect(headers.errors).toEqual([]);
    expect(headers.warnings).toEqual([]);
    expect(headers.hasUnitColumn).toBe(false);
  });
});
