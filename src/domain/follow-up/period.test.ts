import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  comparePeriods,
  interimPeriod,
  isInterimPeriod,
  isPeriod,
  nextPeriod,
  periodMonth,
  periodOf,
  periodsBetween,
  periodYear,
  previousPeriod,
  tertialEndPeriod,
  tertialOf,
} from './period';

const periodArbitrary = fc
  .record({ year: fc.integer({ min: 1900, max: 2200 }), month: fc.integer({ min: 1, max: 12 }) })
  .map(({ year, month }) => periodOf(year, month));

describe('periods', () => {
  it('accept only months written YYYY-MM', () => {
    expect(isPeriod('2024-08')).toBe(true);
    for (const bad of ['2024-8', '2024-13', '2024-00', '2024-08-01', ' 2024-08', 202408, null]) {
      expect(isPeriod(bad)).toBe(false);
    }
    expect(() => periodYear('2024-13')).toThrow(RangeError);
  });

  it('group months into tertials and place the interim report in August', () => {
    const tertials = periodsBetween('2024-01', '2024-12').map(tertialOf);
    expect(tertials).toEqual([1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3]);
    expect(tertialEndPeriod(2024, 1)).toBe('2024-04');
    expect(tertialEndPeriod(2024, 3)).toBe('2024-12');
    expect(interimPeriod(2024)).toBe('2024-08');
    expect(isInterimPeriod('2024-08')).toBe(true);
    expect(isInterimPeriod('2024-09')).toBe(false);
  });

  it('step over year ends', () => {
    expect(previousPeriod('2024-01')).toBe('2023-12');
    expect(nextPeriod('2023-12')).toBe('2024-01');
    expect(periodsBetween('2023-11', '2024-02')).toEqual(['2023-11', '2023-12', '2024-01', '2024-02']);
    expect(periodsBetween('2024-02', '2024-01')).toEqual([]);
  });

  it('order, step and count consistently (property)', () => {
    fc.assert(
      fc.property(periodArbitrary, periodArbitrary, (a, b) => {
        expect(comparePeriods(a, b)).toBe(Math.sign(a.localeCompare(b)));
        expect(nextPeriod(previousPeriod(a))).toBe(a);
        expect(comparePeriods(previousPeriod(a), a)).toBe(-1);
        const between = periodsBetween(a, b);
        const months = (periodYear(b) - periodYear(a)) * 12 + periodMonth(b) - periodMonth(a) + 1;
        expect(between.length).toBe(Math.max(0, months));
        if (between.length > 0) expect([between[0], between.at(-1)]).toEqual([a, b]);
      }),
    );
  });
});
