import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  add,
  compare,
  fromInteger,
  fromNumber,
  multiply,
  rational,
  reduce,
  roundHalfAwayFromZero,
  subtract,
  sum,
  ZERO,
} from './rational';

const rationalArbitrary = fc
  .tuple(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), fc.bigInt({ min: 1n, max: 10n ** 12n }))
  .map(([num, den]) => rational(num, den));

describe('fromNumber', () => {
  it('reads the decimal a number is written as, not the binary double', () => {
    expect(fromNumber(0.035)).toEqual({ num: 35n, den: 1000n });
    expect(fromNumber(0.1)).toEqual({ num: 1n, den: 10n });
    expect(fromNumber(-0.01)).toEqual({ num: -1n, den: 100n });
    expect(fromNumber(1.032125)).toEqual({ num: 1_032_125n, den: 1_000_000n });
    expect(fromNumber(0.1 + 0.2)).toEqual({ num: 30_000_000_000_000_004n, den: 10n ** 17n });
    expect(fromNumber(0)).toEqual(ZERO);
    expect(fromNumber(-0)).toEqual(ZERO);
  });

  it('reads exponent forms', () => {
    expect(fromNumber(1e-7)).toEqual({ num: 1n, den: 10_000_000n });
    expect(fromNumber(-2.5e-8)).toEqual({ num: -25n, den: 1_000_000_000n });
    expect(fromNumber(1.5e21)).toEqual({ num: 1_500_000_000_000_000_000_000n, den: 1n });
    expect(fromNumber(1e21)).toEqual({ num: 10n ** 21n, den: 1n });
  });

  it('agrees with the number for every finite double', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        const r = fromNumber(x);
        expect(r.den > 0n).toBe(true);
        // both parts rounded to doubles, then divided: within a few units in the last place
        const approx = Number(r.num) / Number(r.den);
        if (Number.isFinite(Number(r.den))) {
          expect(Math.abs(approx - x)).toBeLessThanOrEqual(Math.abs(x) * 4 * Number.EPSILON);
        }
      }),
    );
  });

  it('rejects what is not a finite number', () => {
    expect(() => fromNumber(Number.NaN)).toThrow(RangeError);
    expect(() => fromNumber(Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(() => fromInteger(0.5)).toThrow(RangeError);
  });
});

describe('arithmetic', () => {
  it('keeps decimals over powers of ten, so that no step needs a gcd', () => {
    expect(add(fromNumber(0.035), fromNumber(0.5))).toEqual({ num: 535n, den: 1000n });
    expect(multiply(fromNumber(0.6), fromNumber(0.03))).toEqual({ num: 18n, den: 1000n });
    expect(reduce(fromNumber(0.035))).toEqual({ num: 7n, den: 200n });
  });

  it('keeps lowest terms with a positive denominator', () => {
    expect(rational(6n, -4n)).toEqual({ num: -3n, den: 2n });
    expect(rational(0n, -7n)).toEqual(ZERO);
    expect(() => rational(1n, 0n)).toThrow(RangeError);
  });

  it('adds, subtracts and multiplies exactly', () => {
    fc.assert(
      fc.property(rationalArbitrary, rationalArbitrary, rationalArbitrary, (a, b, c) => {
        expect(reduce(add(a, b))).toEqual(reduce(add(b, a)));
        expect(reduce(subtract(add(a, b), b))).toEqual(reduce(a));
        expect(reduce(multiply(a, add(b, c)))).toEqual(reduce(add(multiply(a, b), multiply(a, c))));
        expect(reduce(sum(a, b, c))).toEqual(reduce(add(add(a, b), c)));
        expect(a.den > 0n && add(a, b).den > 0n && multiply(a, b).den > 0n).toBe(true);
        expect(compare(add(a, b), a)).toBe(compare(b, ZERO));
      }),
    );
  });
});

describe('roundHalfAwayFromZero', () => {
  it('rounds halves away from zero and everything else to the nearest integer', () => {
    expect(roundHalfAwayFromZero(rational(5n, 2n))).toBe(3n);
    expect(roundHalfAwayFromZero(rational(-5n, 2n))).toBe(-3n);
    expect(roundHalfAwayFromZero(rational(1n, 2n))).toBe(1n);
    expect(roundHalfAwayFromZero(rational(-1n, 2n))).toBe(-1n);
    expect(roundHalfAwayFromZero(rational(249_999n, 100_000n))).toBe(2n);
    expect(roundHalfAwayFromZero(rational(-7n, 3n))).toBe(-2n);
    expect(roundHalfAwayFromZero(fromInteger(-12))).toBe(-12n);
  });

  it('is within half a unit and symmetric', () => {
    fc.assert(
      fc.property(rationalArbitrary, (a) => {
        const rounded = roundHalfAwayFromZero(a);
        const error = subtract(a, rational(rounded));
        expect(compare(error, rational(1n, 2n)) <= 0 && compare(error, rational(-1n, 2n)) >= 0).toBe(true);
        expect(roundHalfAwayFromZero(rational(-a.num, a.den))).toBe(-rounded);
      }),
    );
  });
});
