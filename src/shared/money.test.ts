import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatAmount, kronorInUnit, MAX_KRONOR, MINUS, NBSP, parseAmount, toKronor } from './money';
import { percentText } from './percent';

const kronor = fc.integer({ min: -MAX_KRONOR, max: MAX_KRONOR });

describe('formatAmount', () => {
  it('writes Swedish notation with no-break spaces, decimal comma and a real minus', () => {
    expect(formatAmount(557_700_000, { unit: 'mnkr' })).toBe(`557,7${NBSP}mnkr`);
    expect(formatAmount(1_234_500_000, { unit: 'mnkr' })).toBe(`1${NBSP}234,5${NBSP}mnkr`);
    expect(formatAmount(-189_300_000, { unit: 'tkr' })).toBe(`${MINUS}189${NBSP}300${NBSP}tkr`);
    expect(formatAmount(1234, { withUnit: false })).toBe(`1${NBSP}234`);
    expect(formatAmount(0, { unit: 'mnkr' })).toBe(`0,0${NBSP}mnkr`);
  });

  it('rounds half away from zero without float error', () => {
    expect(formatAmount(1_500, { unit: 'tkr' })).toBe(`2${NBSP}tkr`);
    expect(formatAmount(-1_500, { unit: 'tkr' })).toBe(`${MINUS}2${NBSP}tkr`);
    expect(formatAmount(1_499, { unit: 'tkr' })).toBe(`1${NBSP}tkr`);
    expect(formatAmount(-49_999, { unit: 'mnkr' })).toBe(`0,0${NBSP}mnkr`);
    expect(formatAmount(250_000, { unit: 'mnkr', decimals: 0 })).toBe(`0${NBSP}mnkr`);
    expect(formatAmount(500_000, { unit: 'mnkr', decimals: 0 })).toBe(`1${NBSP}mnkr`);
  });

  it('refuses amounts that are not whole kronor', () => {
    expect(() => formatAmount(1.5)).toThrow(RangeError);
    expect(() => formatAmount(MAX_KRONOR * 10)).toThrow(RangeError);
  });
});

describe('parseAmount', () => {
  it('reads what Swedish users type', () => {
    expect(parseAmount(`1${NBSP}234,5`, 'tkr')).toEqual({ ok: true, kronor: 1_234_500 });
    expect(parseAmount('1 234,5', 'tkr')).toEqual({ ok: true, kronor: 1_234_500 });
    expect(parseAmount(`${MINUS}500`, 'tkr')).toEqual({ ok: true, kronor: -500_000 });
    expect(parseAmount('-12 000', 'kr')).toEqual({ ok: true, kronor: -12_000 });
    expect(parseAmount('557,7 mnkr', 'tkr')).toEqual({ ok: true, kronor: 557_700_000 });
    expect(parseAmount('0,0005', 'tkr')).toEqual({ ok: true, kronor: 1 });
    expect(parseAmount('2.5', 'tkr')).toEqual({ ok: true, kronor: 2_500 });
  });

  it('rejects what is not an amount, with a Swedish message', () => {
    for (const text of ['', 'abc', '1,2,3', '12 34', '1.234', '--5', '1e6']) {
      const parsed = parseAmount(text, 'tkr');
      expect(parsed.ok, text).toBe(false);
      if (!parsed.ok) expect(parsed.message.length).toBeGreaterThan(5);
    }
    expect(parseAmount('9'.repeat(30), 'kr').ok).toBe(false);
  });

  it('reads back every formatted amount exactly (property)', () => {
    fc.assert(
      fc.property(kronor, (value) => {
        expect(parseAmount(formatAmount(value), 'tkr')).toEqual({ ok: true, kronor: value });
        expect(parseAmount(formatAmount(value, { unit: 'tkr', decimals: 3 }), 'kr')).toEqual({
          ok: true,
          kronor: value,
        });
        expect(
          parseAmount(formatAmount(value, { unit: 'mnkr', decimals: 6, withUnit: false }), 'mnkr'),
        ).toEqual({
          ok: true,
          kronor: value,
        });
      }),
    );
  });

  it('rounds to the nearest krona the same way as formatting (property)', () => {
    fc.assert(
      fc.property(kronor, fc.constantFrom<'tkr' | 'mnkr'>('tkr', 'mnkr'), (value, unit) => {
        const shown = formatAmount(value, { unit });
        const back = parseAmount(shown, 'kr');
        expect(back.ok).toBe(true);
        if (back.ok) {
          const step = unit === 'tkr' ? 1_000 : 100_000;
          expect(Math.abs(back.kronor - value)).toBeLessThanOrEqual(step / 2);
        }
      }),
    );
  });
});

describe('toKronor', () => {
  it('converts spreadsheet numbers in tkr and mnkr to whole kronor', () => {
    expect(toKronor(15_600, 'tkr')).toBe(15_600_000);
    expect(toKronor(0.1, 'mnkr')).toBe(100_000);
    expect(toKronor(1234.5678, 'tkr')).toBe(1_234_568);
    expect(toKronor(-0.0001, 'tkr')).toBe(0);
    expect(toKronor(Number.NaN, 'tkr')).toBeUndefined();
    expect(toKronor(1e20, 'kr')).toBeUndefined();
  });
});

describe('kronorInUnit', () => {
  it('gives a spreadsheet number that parseAmount reads back to the same kronor', () => {
    expect(kronorInUnit(746_300_000, 'mnkr')).toBe(746.3);
    expect(kronorInUnit(-1, 'mnkr')).toBe(-0.000001);
    for (const kronor of [123_456_789, -20_000_001, 999_999_999_999_999, MAX_KRONOR, 1, 0]) {
      const text = String(kronorInUnit(kronor, 'mnkr')).replace('.', ',');
      expect(parseAmount(text, 'mnkr')).toEqual({ ok: true, kronor });
    }
    expect(() => kronorInUnit(0.5, 'mnkr')).toThrow(RangeError);
  });
});

describe('amounts in the page language (issue 11, item 16)', () => {
  it('writes Swedish by default and English with comma thousands, a decimal point and a hyphen-minus', () => {
    expect(formatAmount(575_700_000, { unit: 'mnkr' })).toBe('575,7\u00a0mnkr');
    expect(formatAmount(575_700_000, { unit: 'mnkr', language: 'sv' })).toBe('575,7\u00a0mnkr');
    expect(formatAmount(575_700_000, { unit: 'mnkr', language: 'en' })).toBe('575.7\u00a0mnkr');
    expect(formatAmount(-1_234_567_890, { unit: 'mnkr', language: 'en-GB' })).toBe('-1,234.6\u00a0mnkr');
    expect(formatAmount(-1_234_567_890, { unit: 'mnkr' })).toBe('\u22121\u00a0234,6\u00a0mnkr');
    expect(formatAmount(15_600_000, { unit: 'tkr', withUnit: false, language: 'en' })).toBe('15,600');
    expect(formatAmount(-400, { unit: 'mnkr', language: 'en' })).toBe('0.0\u00a0mnkr');
  });

  it('uses the same decimal mark as the percentages of the same language', () => {
    for (const language of ['sv', 'en']) {
      const amount = formatAmount(575_700_000, { unit: 'mnkr', language });
      const percent = percentText(1151, 1000, 1, language);
      const mark = (text: string) => /\d([.,])\d/.exec(text)?.[1];
      expect(mark(amount), language).toBe(mark(percent));
    }
  });
});
