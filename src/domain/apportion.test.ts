import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { apportion } from './apportion';

describe('apportion', () => {
  it('splits in proportion, whole kronor that add up exactly', () => {
    expect(apportion(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(apportion(337_000_000, [200, 100, 0])).toEqual([224_666_667, 112_333_333, 0]);
    expect(apportion(-10, [1, 1, 1])).toEqual([-3, -3, -4]);
    expect(apportion(0, [5, 7])).toEqual([0, 0]);
  });

  it('keeps the proportion of negative weights', () => {
    expect(apportion(50, [-150, -50])).toEqual([38, 12]);
    expect(apportion(-7, [-2, 0, -5])).toEqual([-2, 0, -5]);
  });

  it('has no proportion when the weights add up to zero or have mixed signs', () => {
    expect(apportion(50, [150, -50])).toBeUndefined();
    expect(apportion(10_779, [-1, 999_999_999_991, -999_999_999_991])).toBeUndefined();
    expect(apportion(100, [])).toBeUndefined();
    expect(apportion(100, [0, 0])).toBeUndefined();
    expect(apportion(100, [100, -100])).toBeUndefined();
  });

  it('always adds up to the total, each part within one krona of its exact share and never beyond the total', () => {
    const amount = fc.integer({ min: -1_000_000_000_000, max: 1_000_000_000_000 });
    const weight = fc.integer({ min: 0, max: 1_000_000_000_000 });
    const sameSign = fc.tuple(fc.boolean(), fc.array(weight, { minLength: 1, maxLength: 6 }));
    fc.assert(
      fc.property(amount, sameSign, (total, [negative, magnitudes]) => {
        const weights = magnitudes.map((m) => (negative ? -m : m));
        const parts = apportion(total, weights);
        const sum = weights.reduce((a, b) => a + BigInt(b), 0n);
        if (sum === 0n) {
          expect(parts).toBeUndefined();
          return;
        }
        expect(parts).toBeDefined();
        expect(parts!.reduce((a, b) => a + BigInt(b), 0n)).toBe(BigInt(total));
        parts!.forEach((part, index) => {
          // |part × Σw − total × w| < |Σw|: within one krona of the exact share.
          const error = BigInt(part) * sum - BigInt(total) * BigInt(weights[index]!);
          expect(error < 0n ? -error : error).toBeLessThan(sum < 0n ? -sum : sum);
          expect(Math.abs(part)).toBeLessThanOrEqual(Math.abs(total));
        });
      }),
    );
  });
});
