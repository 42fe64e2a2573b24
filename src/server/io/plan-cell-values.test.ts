import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATEGORY_SV } from '../../shared/enums';
import { AMOUNT_BOUND_MESSAGE, formatAmount, MAX_AMOUNT_KRONOR, toKronor } from '../../shared/money';
import {
  type Parsed,
  parseAmountCell,
  parseChoice,
  parseFeasibility,
  parseMonth,
  parseRisk,
  parseText,
  parseUnitPath,
  parseYesNo,
} from './plan-cell-values';
import type { CellValue } from './workbook-cells';

const text = (value: string): CellValue => ({ kind: 'text', text: value });
const number = (value: number): CellValue => ({ kind: 'number', value });
const date = (iso: string): CellValue => ({ kind: 'date', date: new Date(iso) });
const bool = (value: boolean): CellValue => ({ kind: 'boolean', value });

function resultOf<T>(parsed: Parsed<T>): T | 'error' {
  return parsed.ok ? parsed.value : 'error';
}

describe('parseFeasibility', () => {
  it.each([
    [number(1), 1],
    [number(3), 3],
    [text(' 2 '), 2],
    [number(0), 'error'],
    [number(4), 'error'],
    [number(2.5), 'error'],
    [text('hög'), 'error'],
    [text('0x2'), 'error'],
    [bool(true), 'error'],
  ])('%o → %s', (cell, expected) => {
    expect(resultOf(parseFeasibility(cell))).toBe(expected);
  });
});

describe('parseYesNo', () => {
  it.each([
    [text('Ja'), true],
    [text('x'), true],
    [text('TRUE'), true],
    [number(1), true],
    [bool(true), true],
    [text('nej'), false],
    [text('false'), false],
    [number(0), false],
    [text('kanske'), 'error'],
    [number(2), 'error'],
  ])('%o → %s', (cell, expected) => {
    expect(resultOf(parseYesNo(cell))).toBe(expected);
  });
});

describe('parseMonth', () => {
  it.each([
    [text('2024-07'), '2024-07'],
    [text(' 2024-02-29 '), '2024-02'],
    [date('2024-12-31T23:59:00Z'), '2024-12'],
    [text('2023-02-29'), 'error'],
    [text('2024-00'), 'error'],
    [text('2024-7'), 'error'],
    [text('juli 2024'), 'error'],
    [number(45_292), 'error'],
  ])('%o → %s', (cell, expected) => {
    expect(resultOf(parseMonth(cell))).toBe(expected);
  });
});

describe('parseRisk', () => {
  it.each([
    ['Hög: ökad arbetsbelastning', { level: 'high', text: 'ökad arbetsbelastning' }],
    ['medel - längre väntetider', { level: 'medium', text: 'längre väntetider' }],
    ['låg – inget', { level: 'low', text: 'inget' }],
    ['LÅG', { level: 'low', text: null }],
    ['hög:', { level: 'high', text: null }],
    ['Högre kostnader på sikt', { level: null, text: 'Högre kostnader på sikt' }],
    ['Låg risk', { level: null, text: 'Låg risk' }],
  ])('%s', (input, expected) => {
    expect(resultOf(parseRisk(text(input)))).toEqual(expected);
  });
});

describe('parseChoice', () => {
  it('accepts Swedish words and code names in any case, and lists the Swedish words otherwise', () => {
    expect(resultOf(parseChoice(text(' Anpassande '), CATEGORY_SV))).toBe('adaptive');
    expect(resultOf(parseChoice(text('strategic'), CATEGORY_SV))).toBe('strategic');
    expect(parseChoice(number(1), CATEGORY_SV)).toEqual({
      ok: false,
      message: 'talet 1 känns inte igen; använd omedelbar, anpassande eller strategisk',
    });
  });
});

describe('parseText and parseUnitPath', () => {
  it('counts characters, not UTF-16 units, against the limit', () => {
    expect(resultOf(parseText(text('😀'.repeat(50)), 50))).toBe('😀'.repeat(50));
    expect(parseText(text('😀'.repeat(51)), 50)).toEqual({
      ok: false,
      message: 'texten är för lång (51 tecken, högst 50)',
    });
    expect(resultOf(parseText(number(1002), 50))).toBe('1002');
  });

  it('refuses a NUL byte or a lone surrogate in a cell (issue 11)', () => {
    expect(parseText(text('Titel\u0000'), 50)).toEqual({
      ok: false,
      message: 'Texten innehåller ett NUL-tecken (U+0000), som inte är tillåtet',
    });
    expect(parseText(text('Titel\uD800'), 50)).toEqual({
      ok: false,
      message: 'Texten innehåller ett ensamt surrogattecken (U+D800), som inte är tillåtet',
    });
  });

  it('splits org paths on / and trims each level', () => {
    expect(resultOf(parseUnitPath(text(' Region /Vård/  Division Kirurgi ')))).toEqual([
      'Region',
      'Vård',
      'Division Kirurgi',
    ]);
    expect(resultOf(parseUnitPath(text('Region /')))).toBe('error');
    expect(resultOf(parseUnitPath(text('/Region')))).toBe('error');
  });
});

describe('parseAmountCell', () => {
  it('reads numbers in the column unit exactly as toKronor does', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.constantFrom('kr', 'tkr', 'mnkr'),
        (value, unit) => {
          const parsed = parseAmountCell(number(value), unit);
          expect(parsed.ok ? parsed.value : undefined).toBe(toKronor(value, unit));
        },
      ),
    );
  });

  it('reads back every amount written the Swedish way (NBSP groups, decimal comma, U+2212 minus)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -MAX_AMOUNT_KRONOR, max: MAX_AMOUNT_KRONOR }), (kronor) => {
        const inKronor = formatAmount(kronor, { unit: 'kr', withUnit: false });
        const inTkr = formatAmount(kronor, { unit: 'tkr', decimals: 3, withUnit: false });
        expect(resultOf(parseAmountCell(text(inKronor), 'kr'))).toBe(kronor);
        expect(resultOf(parseAmountCell(text(inTkr), 'tkr'))).toBe(kronor);
      }),
    );
  });

  it('refuses every amount beyond ±10^12 kr, as a number or as text (issue 11)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: MAX_AMOUNT_KRONOR + 1, max: 10 ** 15 }),
        fc.boolean(),
        fc.constantFrom('kr', 'tkr', 'mnkr'),
        (kronor, negative, unit) => {
          const signed = negative ? -kronor : kronor;
          const asText = formatAmount(signed, { unit, decimals: 6, withUnit: false });
          const factor = { kr: 1, tkr: 1_000, mnkr: 1_000_000 }[unit];
          for (const cell of [text(asText), number(signed / factor)]) {
            expect(parseAmountCell(cell, unit)).toEqual({ ok: false, message: AMOUNT_BOUND_MESSAGE });
          }
        },
      ),
    );
    expect(parseAmountCell(number(-1e9), 'tkr')).toEqual({ ok: true, value: -MAX_AMOUNT_KRONOR });
  });

  it('names what it found when the cell is not an amount', () => {
    expect(parseAmountCell(bool(false), 'tkr')).toEqual({
      ok: false,
      message: 'sanningsvärdet FALSKT är inte ett belopp; skriv ett tal i tkr',
    });
    expect(parseAmountCell({ kind: 'error', code: '#N/A' }, 'mnkr')).toEqual({
      ok: false,
      message: 'felvärdet #N/A är inte ett belopp; skriv ett tal i mnkr',
    });
    expect(resultOf(parseAmountCell(number(Number.MAX_VALUE), 'kr'))).toBe('error');
  });
});
