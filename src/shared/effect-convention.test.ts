import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { convertAmounts, incrementsFromLevels, levelInYear, levelsFromIncrements } from './effect-convention';

const years = [2023, 2024, 2025, 2026, 2027];
const amounts = fc
  .array(fc.integer({ min: -1e12, max: 1e12 }), { minLength: 5, maxLength: 5 })
  .map((values) => Object.fromEntries(values.map((value, index) => [years[index], value])));

describe('effect conventions', () => {
  it('turns Västerbotten-style increments into levels', () => {
    const increments = { 2020: 3_000_000, 2021: 3_000_000, 2022: 4_000_000 };
    expect(levelsFromIncrements(increments)).toEqual({ 2020: 3_000_000, 2021: 6_000_000, 2022: 10_000_000 });
    expect(levelInYear('increment', increments, 2022)).toBe(10_000_000);
    expect(levelInYear('increment', increments, 2030)).toBe(10_000_000);
    expect(levelInYear('increment', increments, 2019)).toBe(0);
  });

  it('reads a level plan year by year, never adding years up', () => {
    const levels = { 2023: 223_080_000, 2024: 557_700_000, 2025: 557_700_000 };
    expect(levelInYear('level', levels, 2024)).toBe(557_700_000);
    expect(levelInYear('level', levels, 2026)).toBe(0);
    expect(incrementsFromLevels(levels)).toEqual({ 2023: 223_080_000, 2024: 334_620_000, 2025: 0 });
  });

  it('round-trips level ↔ increment exactly (property)', () => {
    fc.assert(
      fc.property(amounts, (levels) => {
        const increments = convertAmounts(levels, 'level', 'increment', years);
        expect(convertAmounts(increments, 'increment', 'level', years)).toEqual(levels);
        for (const year of years) {
          expect(levelInYear('increment', increments, year)).toBe(levelInYear('level', levels, year));
        }
      }),
    );
  });
});
