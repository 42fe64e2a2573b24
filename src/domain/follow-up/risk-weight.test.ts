import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_FEASIBILITY_WEIGHTS,
  type FeasibilityWeights,
  isFeasibilityWeights,
  riskWeighted,
  splitRiskWeighted,
  weightOf,
} from './risk-weight';

const weightArbitrary = fc.integer({ min: 0, max: 1000 });
const weightsArbitrary: fc.Arbitrary<FeasibilityWeights> = fc.record({
  byFeasibility: fc.record({ 1: weightArbitrary, 2: weightArbitrary, 3: weightArbitrary }),
  missing: weightArbitrary,
});
const feasibilityArbitrary = fc.constantFrom(1, 2, 3, null, 4);
const kronorArbitrary = fc.integer({ min: -1e15, max: 1e15 });

describe('risk weighting', () => {
  it('weights 1 → 0,9, 2 → 0,6, 3 → 0,3 and an unassessed measure as 3 by default', () => {
    expect(riskWeighted(1_000_000, 1)).toBe(900_000);
    expect(riskWeighted(1_000_000, 2)).toBe(600_000);
    expect(riskWeighted(1_000_000, 3)).toBe(300_000);
    expect(riskWeighted(1_000_000, null)).toBe(300_000);
    expect(weightOf(7, DEFAULT_FEASIBILITY_WEIGHTS)).toBe(300);
  });

  it('rounds half away from zero to whole kronor', () => {
    const half = { byFeasibility: { 1: 500, 2: 500, 3: 500 }, missing: 500 };
    expect(riskWeighted(5, 1, half)).toBe(3);
    expect(riskWeighted(-5, 1, half)).toBe(-3);
    expect(riskWeighted(1, 3)).toBe(0);
    expect(Object.is(riskWeighted(-1, 3), -0)).toBe(false);
    expect(riskWeighted(999_999_999_999_999, 1)).toBe(899_999_999_999_999);
  });

  it('checks that weights are whole, non-negative per mille', () => {
    expect(isFeasibilityWeights(DEFAULT_FEASIBILITY_WEIGHTS)).toBe(true);
    expect(isFeasibilityWeights({ byFeasibility: { 1: 0.9, 2: 600, 3: 300 }, missing: 300 })).toBe(false);
    expect(isFeasibilityWeights({ byFeasibility: { 1: 900, 2: 600, 3: 300 }, missing: -1 })).toBe(false);
  });

  it('never exceeds the forecast in absolute value when weights are at most 1000 (property)', () => {
    fc.assert(
      fc.property(kronorArbitrary, feasibilityArbitrary, weightsArbitrary, (kronor, feasibility, weights) => {
        const weighted = riskWeighted(kronor, feasibility, weights);
        expect(Number.isSafeInteger(weighted)).toBe(true);
        expect(Math.abs(weighted)).toBeLessThanOrEqual(Math.abs(kronor));
        expect(Math.sign(weighted) * Math.sign(kronor)).toBeGreaterThanOrEqual(0);
        // Within half a krona of the exact product, compared in integers (a float product of 15-digit
        // kronor and a weight is not exact).
        const exactTimes1000 = BigInt(kronor) * BigInt(weightOf(feasibility, weights));
        const error = BigInt(weighted) * 1000n - exactTimes1000;
        expect(error <= 500n && error >= -500n).toBe(true);
      }),
    );
  });

  it('splits over parts that add up exactly to the whole (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -1e9, max: 1e9 }), { maxLength: 4 }),
        feasibilityArbitrary,
        weightsArbitrary,
        (amounts, feasibility, weights) => {
          const parts = new Map(amounts.map((amount, index) => [index, amount]));
          const split = splitRiskWeighted(parts, feasibility, weights);
          const total = amounts.reduce((sum, amount) => sum + amount, 0);
          const sum = [...split.values()].reduce((a, b) => a + b, 0);
          expect(sum).toBe(amounts.length === 0 ? 0 : riskWeighted(total, feasibility, weights));
          for (const [key, amount] of parts) {
            const exact = (amount * weightOf(feasibility, weights)) / 1000;
            expect(Math.abs(split.get(key)! - exact)).toBeLessThanOrEqual(amounts.length);
          }
        },
      ),
    );
  });
});
