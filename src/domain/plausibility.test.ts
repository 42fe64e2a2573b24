import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPlausibility, defaultPlausibilityLimit, MIN_PLAUSIBILITY_LIMIT } from './plausibility';

const limit = 100_000_000;

describe('checkPlausibility', () => {
  it('flags the typo of issue 11: 15 600 tkr → 156 003 100 tkr', () => {
    expect(checkPlausibility({ previous: 15_600_000, next: 156_003_100_000, limit })).toEqual({
      plausible: false,
      reasons: ['tenfold', 'limit'],
    });
  });

  it('accepts ordinary changes, an unchanged amount and nothing typed', () => {
    expect(checkPlausibility({ previous: 15_600_000, next: 3_100_000, limit })).toEqual({ plausible: true });
    expect(checkPlausibility({ previous: 5, next: 5, limit: 1 })).toEqual({ plausible: true });
    expect(checkPlausibility({ previous: 5, next: null, limit })).toEqual({ plausible: true });
  });

  it('flags less than a tenth (also 0) and more than ten times, but not exactly ten times', () => {
    expect(checkPlausibility({ previous: 1_000, next: 99, limit })).toEqual({
      plausible: false,
      reasons: ['tenth'],
    });
    expect(checkPlausibility({ previous: 1_000, next: 0, limit }).plausible).toBe(false);
    expect(checkPlausibility({ previous: 1_000, next: 100, limit }).plausible).toBe(true);
    expect(checkPlausibility({ previous: 1_000, next: 10_000, limit }).plausible).toBe(true);
    expect(checkPlausibility({ previous: -1_000, next: -10_001, limit }).plausible).toBe(false);
  });

  it('applies only the limit to a first amount', () => {
    expect(checkPlausibility({ previous: 0, next: limit, limit }).plausible).toBe(true);
    expect(checkPlausibility({ previous: null, next: -limit - 1, limit })).toEqual({
      plausible: false,
      reasons: ['limit'],
    });
  });

  it('is symmetric in sign (property)', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), fc.maxSafeInteger(), (previous, next) => {
        const a = checkPlausibility({ previous, next, limit });
        const b = checkPlausibility({ previous: -previous, next: -next, limit });
        expect(a.plausible).toBe(b.plausible);
      }),
    );
  });
});

describe('defaultPlausibilityLimit', () => {
  it('is 10 % of the total planned level, at least 50 mnkr', () => {
    expect(defaultPlausibilityLimit(0)).toBe(MIN_PLAUSIBILITY_LIMIT);
    expect(defaultPlausibilityLimit(400_000_000)).toBe(MIN_PLAUSIBILITY_LIMIT);
    expect(defaultPlausibilityLimit(557_700_000)).toBe(55_770_000);
    expect(defaultPlausibilityLimit(1_000_000_001)).toBe(100_000_001);
  });
});
