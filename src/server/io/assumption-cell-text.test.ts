import { describe, expect, it } from 'vitest';
import { parseMnkr, parseRate } from '../../shared/scenario-assumptions';
import { assumptionCellText, decimalText, isPercentFormat, thousandsScaling } from './assumption-cell-text';

describe('decimalText', () => {
  it('writes a number as Swedish decimal text exactly, moving the point instead of multiplying', () => {
    expect(decimalText(746.3)).toBe('746,3');
    expect(decimalText(-12.25)).toBe('-12,25');
    expect(decimalText(0)).toBe('0');
    expect(decimalText(-0)).toBe('0');
    expect(decimalText(2026)).toBe('2026');
    expect(decimalText(0.035, 2)).toBe('3,5');
    expect(decimalText(0.032125, 2)).toBe('3,2125');
    expect(decimalText(1, 2)).toBe('100');
    expect(decimalText(-0.0025, 2)).toBe('-0,25');
    expect(decimalText(10_300_000_000, -6)).toBe('10300');
    expect(decimalText(123_456_789, -6)).toBe('123,456789');
    expect(decimalText(1.5e-10)).toBe('0,00000000015');
    expect(decimalText(1e21)).toBe('1000000000000000000000');
    expect(decimalText(0.000001)).toBe('0,000001');
  });

  it('reads what Excel shows: at most 15 significant digits, so float noise from a formula goes away', () => {
    expect(decimalText(0.1 + 0.2)).toBe('0,3');
    expect(decimalText(0.035 * 100)).toBe('3,5');
    expect(decimalText(100.1 + 200.2)).toBe('300,3');
    expect(decimalText(123_456_789_012_345 / 1e6)).toBe('123456789,012345');
  });
});

describe('number formats', () => {
  it('tells a percent format from a literal % sign', () => {
    expect(isPercentFormat('0.0%')).toBe(true);
    expect(isPercentFormat('0.0#####%')).toBe(true);
    expect(isPercentFormat('[Red]0.00%;-0.00%')).toBe(true);
    expect(isPercentFormat('0.0" %"')).toBe(false);
    expect(isPercentFormat('0.0\\%')).toBe(false);
    expect(isPercentFormat('#,##0.0')).toBe(false);
    expect(isPercentFormat(undefined)).toBe(false);
  });

  it('counts the commas that scale by a thousand, not those that group', () => {
    expect(thousandsScaling('#,##0.0,,')).toBe(2);
    expect(thousandsScaling('#,##0,')).toBe(1);
    expect(thousandsScaling('#,##0.0,," mnkr"')).toBe(2);
    expect(thousandsScaling('#,##0.0')).toBe(0);
    expect(thousandsScaling('#,##0')).toBe(0);
    expect(thousandsScaling(undefined)).toBe(0);
  });
});

describe('assumptionCellText', () => {
  it('gives a percent cell its % sign, so a rate row reads 3,5 % and an amount row refuses it', () => {
    const text = assumptionCellText({ kind: 'number', value: 0.035 }, '0.0%');
    expect(text).toBe('3,5 %');
    expect(parseRate(text)).toEqual({ ok: true, value: 0.035 });
    expect(parseMnkr(text)).toEqual({ ok: false, message: '"3,5 %" är inte ett belopp' });
  });

  it('reads a plain number as written: percent in a rate row, mnkr in an amount row', () => {
    const text = assumptionCellText({ kind: 'number', value: 3.5 });
    expect(parseRate(text)).toEqual({ ok: true, value: 0.035 });
    expect(parseMnkr(assumptionCellText({ kind: 'number', value: 1.234 }))).toEqual({
      ok: true,
      value: 1_234_000,
    });
    expect(parseMnkr(assumptionCellText({ kind: 'number', value: -746.3 }, '#,##0.0'))).toEqual({
      ok: true,
      value: -746_300_000,
    });
  });

  it('reads kronor shown as mnkr by a scaling format as the mnkr shown', () => {
    const text = assumptionCellText({ kind: 'number', value: 10_300_000_000 }, '#,##0.0,,');
    expect(text).toBe('10300');
    expect(parseMnkr(text)).toEqual({ ok: true, value: 10_300_000_000 });
  });

  it('writes dates, booleans and error values as text no row reads as a number', () => {
    expect(assumptionCellText({ kind: 'date', date: new Date(Date.UTC(2025, 0, 3)) })).toBe('2025-01-03');
    expect(assumptionCellText({ kind: 'boolean', value: true })).toBe('SANT');
    expect(assumptionCellText({ kind: 'error', code: '#DIV/0!' })).toBe('#DIV/0!');
    expect(assumptionCellText({ kind: 'text', text: '3,5' })).toBe('3,5');
  });
});
