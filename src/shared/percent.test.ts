import { describe, expect, it } from 'vitest';
import { percentText } from './percent';

const S = '\u00a0';
const M = '\u2212';

describe('percentText', () => {
  it('rounds a share half away from zero on integers', () => {
    expect(percentText(-88_968_000, 10_300_000_000)).toBe(`${M}0,9${S}%`);
    expect(percentText(5, 1000)).toBe(`0,5${S}%`);
    expect(percentText(-5, 10_000)).toBe(`${M}0,1${S}%`);
    expect(percentText(-4, 10_000)).toBe(`0,0${S}%`);
    expect(percentText(1, 3, 2)).toBe(`33,33${S}%`);
    expect(percentText(2, 3, 0)).toBe(`67${S}%`);
    expect(percentText(1, 0)).toBe('–');
  });

  it('writes English with a decimal point, a hyphen-minus and no space', () => {
    expect(percentText(-88_968_000, 10_300_000_000, 1, 'en')).toBe('-0.9%');
    expect(percentText(1, 3, 2, 'en-GB')).toBe('33.33%');
  });
});
