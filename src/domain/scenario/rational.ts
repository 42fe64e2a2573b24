/**
 * Exact rational numbers on BigInt, for the scenario model (docs/scenario-model.md). The model carries
 * revenue and net cost from year to year without rounding, so every figure it shows is the exact value of the
 * documented formula, rounded once.
 *
 * The denominator is always positive but the fraction is not kept in lowest terms: every input is a decimal,
 * so denominators are powers of ten that divide one another, and reducing after each step (a gcd of numbers
 * hundreds of digits long) made a 10-year scenario twenty times slower. Compare values with `compare`, or
 * `reduce` them first; two equal rationals may have different parts.
 */

export interface Rational {
  readonly num: bigint;
  readonly den: bigint;
}

export const ZERO: Rational = { num: 0n, den: 1n };
export const ONE: Rational = { num: 1n, den: 1n };

function abs(value: bigint): bigint {
  return value < 0n ? -value : value;
}

function gcd(a: bigint, b: bigint): bigint {
  let x = abs(a);
  let y = abs(b);
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/** num/den in lowest terms; den must not be 0. */
export function rational(num: bigint, den = 1n): Rational {
  if (den === 0n) throw new RangeError('Division med noll');
  if (num === 0n) return ZERO;
  const sign = den < 0n ? -1n : 1n;
  const divisor = gcd(num, den);
  return { num: (sign * num) / divisor, den: (sign * den) / divisor };
}

/** The same value in lowest terms, e.g. to compare parts in a test. */
export function reduce(a: Rational): Rational {
  return rational(a.num, a.den);
}

const POWERS_OF_TEN: bigint[] = [1n];

function powerOfTen(exponent: number): bigint {
  for (let k = POWERS_OF_TEN.length; k <= exponent; k++)
    POWERS_OF_TEN.push((POWERS_OF_TEN[k - 1] ?? 1n) * 10n);
  return POWERS_OF_TEN[exponent] ?? 10n ** BigInt(exponent);
}

export function fromInteger(value: number): Rational {
  if (!Number.isSafeInteger(value)) throw new RangeError(`${value} är inte ett säkert heltal`);
  return { num: BigInt(value), den: 1n };
}

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/;

/**
 * The exact value of the decimal a JavaScript number prints as: 0.035 is 35/1000, not the binary double
 * nearest to it. `String(x)` is the shortest decimal that reads back as x, so this is what the user typed
 * (or wrote in JSON) whenever that had at most 17 significant digits.
 */
export function fromNumber(value: number): Rational {
  if (!Number.isFinite(value)) throw new RangeError(`${value} är inte ett ändligt tal`);
  const match = DECIMAL.exec(String(value));
  if (!match) throw new RangeError(`${value} kan inte läsas som decimaltal`);
  const [, sign = '', whole = '', fraction = '', exponent = '0'] = match;
  const digits = BigInt(`${sign}${whole}${fraction}`);
  const power = Number(exponent) - fraction.length;
  // kept over a power of ten (not reduced): see the note at the top
  return power >= 0 ? { num: digits * powerOfTen(power), den: 1n } : { num: digits, den: powerOfTen(-power) };
}

export function add(a: Rational, b: Rational): Rational {
  if (a.den === b.den) return { num: a.num + b.num, den: a.den };
  // decimals: one denominator is usually a multiple of the other
  if (a.den > b.den && a.den % b.den === 0n) return { num: a.num + b.num * (a.den / b.den), den: a.den };
  if (b.den > a.den && b.den % a.den === 0n) return { num: b.num + a.num * (b.den / a.den), den: b.den };
  return { num: a.num * b.den + b.num * a.den, den: a.den * b.den };
}

export function sum(...terms: Rational[]): Rational {
  return terms.reduce(add, ZERO);
}

export function subtract(a: Rational, b: Rational): Rational {
  return add(a, negate(b));
}

export function multiply(a: Rational, b: Rational): Rational {
  return { num: a.num * b.num, den: a.den * b.den };
}

export function negate(a: Rational): Rational {
  return { num: -a.num, den: a.den };
}

export function compare(a: Rational, b: Rational): -1 | 0 | 1 {
  const difference = a.num * b.den - b.num * a.den;
  return difference < 0n ? -1 : difference > 0n ? 1 : 0;
}

export function isNegative(a: Rational): boolean {
  return a.num < 0n;
}

export function isPositive(a: Rational): boolean {
  return a.num > 0n;
}

export function max(a: Rational, b: Rational): Rational {
  return compare(a, b) >= 0 ? a : b;
}

export function min(a: Rational, b: Rational): Rational {
  return compare(a, b) <= 0 ? a : b;
}

/** Rounds half away from zero to an integer: 2.5 → 3, −2.5 → −3 (as in src/shared/money.ts). */
export function roundHalfAwayFromZero(a: Rational): bigint {
  const rounded = (2n * abs(a.num) + a.den) / (2n * a.den);
  return a.num < 0n ? -rounded : rounded;
}
