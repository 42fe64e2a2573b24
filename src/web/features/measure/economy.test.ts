import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type EconomyMeasure, lastYearLevel, netPerYear, plannedLevels } from './economy';

const years = [2023, 2024, 2025];
const base: EconomyMeasure = {
  status: 'decided',
  isTemporary: false,
  startMonth: null,
  endMonth: null,
  runningCostPerYear: null,
  effects: [
    { year: 2023, costType: 'personnel', amount: 1_000_000 },
    { year: 2024, costType: 'personnel', amount: 2_000_000 },
    { year: 2024, costType: 'operating', amount: 500_000 },
  ],
};

describe('economy of a measure', () => {
  it('gives the planned level per year in either convention', () => {
    expect(plannedLevels(base, 'level', years)).toEqual({ 2023: 1_000_000, 2024: 2_500_000, 2025: 0 });
    expect(plannedLevels(base, 'increment', years)).toEqual({
      2023: 1_000_000,
      2024: 3_500_000,
      2025: 3_500_000,
    });
    expect(plannedLevels({ ...base, status: 'cancelled' }, 'level', years)).toEqual({
      2023: 0,
      2024: 0,
      2025: 0,
    });
  });

  it('never adds up levels of different years', () => {
    expect(lastYearLevel(base.effects, 'level', 2024, 'personnel')).toBe(2_000_000);
    expect(lastYearLevel(base.effects, 'increment', 2025, 'personnel')).toBe(3_000_000);
  });

  it('nets the running cost from the start year while the measure has an effect', () => {
    const measure = { ...base, startMonth: '2024-03', runningCostPerYear: 300_001 };
    expect(netPerYear(measure, 'level', years)).toEqual([
      { year: 2023, level: 1_000_000, runningCost: 0, net: 1_000_000 },
      { year: 2024, level: 2_500_000, runningCost: 300_001, net: 2_199_999 },
      { year: 2025, level: 0, runningCost: 300_001, net: -300_001 },
    ]);
    const temporary = { ...measure, isTemporary: true, endMonth: '2024-12' };
    expect(netPerYear(temporary, 'level', years).map((y) => y.net)).toEqual([1_000_000, 2_199_999, 0]);
  });

  it('is exact to the krona: net = level − running cost for any amounts', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -1_000_000_000_000, max: 1_000_000_000_000 }), {
          minLength: 3,
          maxLength: 3,
        }),
        fc.integer({ min: 0, max: 1_000_000_000_000 }),
        (amounts, running) => {
          const measure: EconomyMeasure = {
            ...base,
            runningCostPerYear: running,
            effects: amounts.map((amount, i) => ({ year: years[i]!, costType: 'unspecified', amount })),
          };
          for (const row of netPerYear(measure, 'increment', years)) {
            expect(Number.isSafeInteger(row.net)).toBe(true);
            expect(row.net + row.runningCost).toBe(row.level);
          }
        },
      ),
    );
  });
});
