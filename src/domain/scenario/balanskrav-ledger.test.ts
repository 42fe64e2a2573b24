import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type BalanskravLedger, type LedgerDeficit, runBalanskravLedger } from './balanskrav-ledger';
import {
  add,
  compare,
  fromInteger,
  isPositive,
  max,
  type Rational,
  rational,
  reduce,
  subtract,
  ZERO,
} from './rational';

const FIRST_YEAR = 2026;
const kr = (value: number) => fromInteger(value);
const sumOf = (values: Rational[]) => values.reduce(add, ZERO);

/** Amounts with öre and odd fractions too, since the ledger runs on exact BKR. */
const amountArbitrary = fc
  .tuple(fc.integer({ min: -500_000_000, max: 500_000_000 }), fc.constantFrom(1n, 4n, 25n, 100n, 3n))
  .map(([value, den]) => rational(BigInt(value), den));

const ledgerArbitrary = fc.record({
  opening: fc
    .uniqueArray(fc.integer({ min: FIRST_YEAR - 6, max: FIRST_YEAR - 1 }), { maxLength: 4 })
    .chain((years) =>
      fc.tuple(
        ...years.map((year) =>
          fc.integer({ min: 1, max: 400_000_000 }).map((amount) => ({ year, amount: kr(amount) })),
        ),
      ),
    ),
  results: fc.array(amountArbitrary, { minLength: 1, maxLength: 10 }),
});

function run(opening: LedgerDeficit[], results: Rational[]): BalanskravLedger {
  return runBalanskravLedger(
    opening,
    results.map((balanskravResult, index) => ({ year: FIRST_YEAR + index, balanskravResult })),
  );
}

/** What remains of the deficit dated `year` after `asOf`, from its amount and the schedule alone. */
function remainingAfter(ledger: BalanskravLedger, year: number, asOf: number): Rational {
  const deficit = ledger.deficits.find((d) => d.year === year);
  if (!deficit) throw new Error(`no deficit ${year}`);
  const restored = ledger.schedule.filter((line) => line.deficitYear === year && line.restoredInYear <= asOf);
  return subtract(deficit.amount, sumOf(restored.map((line) => line.amount)));
}

describe('runBalanskravLedger', () => {
  it('restores oldest first from later surpluses only, and flags what is past its three years', () => {
    const ledger = run([{ year: 2023, amount: kr(40) }], [kr(-100), kr(70), kr(0), kr(-10), kr(20), kr(100)]);
    expect(ledger.years.map((year) => [year.year, year.outstanding, year.isOverdue])).toEqual([
      [2026, kr(140), true],
      [2027, kr(70), false],
      [2028, kr(70), false],
      [2029, kr(80), true],
      [2030, kr(60), true],
      [2031, ZERO, false],
    ]);
    expect(ledger.schedule).toEqual([
      { deficitYear: 2023, restoredInYear: 2027, amount: kr(40) },
      { deficitYear: 2026, restoredInYear: 2027, amount: kr(30) },
      { deficitYear: 2026, restoredInYear: 2030, amount: kr(20) },
      { deficitYear: 2026, restoredInYear: 2031, amount: kr(50) },
      { deficitYear: 2029, restoredInYear: 2031, amount: kr(10) },
    ]);
    expect(ledger.deficits.map((d) => [d.year, d.deadline, d.restoredInYear])).toEqual([
      [2023, 2026, 2027],
      [2026, 2029, 2031],
      [2029, 2032, 2031],
    ]);
  });

  it('never restores a deficit from the surplus of its own year or an earlier one', () => {
    const ledger = run([], [kr(50), kr(-30), kr(0)]);
    expect(ledger.schedule).toEqual([]);
    expect(ledger.years.map((year) => year.outstanding)).toEqual([ZERO, kr(30), kr(30)]);
  });

  it('keeps its properties for any results and opening deficits', () => {
    fc.assert(
      fc.property(ledgerArbitrary, ({ opening, results }) => {
        const ledger = run(opening, results);
        let positiveSoFar = ZERO;
        let restoredSoFar = ZERO;
        let deficitsSoFar = sumOf(opening.map((deficit) => deficit.amount));
        ledger.years.forEach((year, index) => {
          const result = results[index] ?? ZERO;
          positiveSoFar = add(positiveSoFar, max(result, ZERO));
          restoredSoFar = add(restoredSoFar, year.restored);
          deficitsSoFar = add(deficitsSoFar, year.newDeficit);
          // never restored before positive BKR covers it; never below zero; nothing lost
          expect(compare(restoredSoFar, positiveSoFar)).toBeLessThanOrEqual(0);
          expect(compare(year.restored, max(result, ZERO))).toBeLessThanOrEqual(0);
          expect(compare(year.outstanding, ZERO)).toBeGreaterThanOrEqual(0);
          expect(reduce(year.outstanding)).toEqual(reduce(subtract(deficitsSoFar, restoredSoFar)));
          // a surplus left over means nothing older was left to restore
          if (compare(year.restored, max(result, ZERO)) < 0) {
            for (const d of ledger.deficits.filter((d) => d.year < year.year)) {
              expect(isPositive(remainingAfter(ledger, d.year, year.year))).toBe(false);
            }
          }
          // overdue exactly when something dated three or more years back remains, by the schedule alone
          const overdue = ledger.deficits.some(
            (d) => d.year <= year.year - 3 && isPositive(remainingAfter(ledger, d.year, year.year)),
          );
          expect(year.isOverdue).toBe(overdue);
        });
        for (const line of ledger.schedule) {
          expect(line.restoredInYear).toBeGreaterThan(line.deficitYear);
          expect(isPositive(line.amount)).toBe(true);
          // oldest first: every older deficit was cleared by the end of that year
          for (const older of ledger.deficits.filter((d) => d.year < line.deficitYear)) {
            expect(isPositive(remainingAfter(ledger, older.year, line.restoredInYear))).toBe(false);
          }
        }
        for (const deficit of ledger.deficits) {
          expect(compare(deficit.remaining, ZERO)).toBeGreaterThanOrEqual(0);
          expect(reduce(deficit.remaining)).toEqual(
            reduce(remainingAfter(ledger, deficit.year, Number.POSITIVE_INFINITY)),
          );
        }
      }),
    );
  });
});
