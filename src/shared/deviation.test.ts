import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deviation, deviationDirection } from './deviation';

describe('deviation (figure − target)', () => {
  it('is negative when the figure is short of the target and positive beyond it', () => {
    // The demo plan 2024: forecast 337,0 mnkr, planned 557,7 mnkr, target 500,0 mnkr.
    expect(deviation(337_000_000, 500_000_000)).toBe(-163_000_000);
    expect(deviation(557_700_000, 500_000_000)).toBe(57_700_000);
    expect(deviation(500_000_000, 500_000_000)).toBe(0);
  });

  it('is null without a target', () => {
    expect(deviation(1, null)).toBeNull();
    expect(deviationDirection(null)).toBeNull();
  });

  it('reads short below the target, beyond above it, for every pair of amounts', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: -1e12, max: 1e12 }), (f, t) => {
        const value = deviation(f, t)!;
        expect(value + t).toBe(f);
        expect(deviationDirection(value)).toBe(f < t ? 'short' : f > t ? 'beyond' : 'onTarget');
      }),
    );
  });
});
