/**
 * The balanskrav deficit ledger (Kommunallagen 11 kap. 12 §): a negative balanskravsresultat must be restored
 * within the three following years. Rules as implemented (docs/scenario-model.md, "The deficit ledger"):
 * - a negative BKR in year t creates a deficit of |BKR_t| dated t; opening deficits enter with their own year;
 * - a positive BKR in year t restores outstanding deficits dated before t, oldest first, up to BKR_t; what is
 *   left of BKR_t restores nothing later (a surplus is not saved up against future deficits);
 * - a deficit dated y is overdue from year y + 3 on while any of it is outstanding after that year's BKR.
 * Amounts are exact rationals: the ledger runs on the unrounded BKR, so it agrees with the formula to the öre.
 */
import { add, isNegative, isPositive, min, negate, type Rational, subtract, ZERO } from './rational';

/** A deficit is restored in the three years after the one it arose in. */
export const RESTORATION_YEARS = 3;

export interface LedgerDeficit {
  year: number;
  /** The deficit to restore, positive. */
  amount: Rational;
}

export interface LedgerInputYear {
  year: number;
  balanskravResult: Rational;
}

/** One line of the restoration schedule: the surplus of `restoredInYear` restored `amount` of `deficitYear`. */
export interface Restoration {
  deficitYear: number;
  restoredInYear: number;
  amount: Rational;
}

export interface LedgerYear {
  year: number;
  /** The deficit the year's own BKR created (0 when BKR ≥ 0). */
  newDeficit: Rational;
  /** What the year's BKR restored of earlier deficits. */
  restored: Rational;
  /** Everything still to restore after this year's BKR is applied. */
  outstanding: Rational;
  /** Some deficit dated three or more years before this year is still outstanding. */
  isOverdue: boolean;
}

export interface DeficitStatus {
  year: number;
  amount: Rational;
  /** The last year it may be restored in: year + 3. */
  deadline: number;
  /** Outstanding after the ledger's last year. */
  remaining: Rational;
  /** The year its last krona was restored, or null while some of it remains. */
  restoredInYear: number | null;
}

export interface BalanskravLedger {
  years: LedgerYear[];
  deficits: DeficitStatus[];
  schedule: Restoration[];
}

/** Runs the ledger over `results` (any order; each year once) starting from the opening deficits. */
export function runBalanskravLedger(
  openingDeficits: readonly LedgerDeficit[],
  results: readonly LedgerInputYear[],
): BalanskravLedger {
  const deficits: DeficitStatus[] = openingDeficits
    .filter((deficit) => isPositive(deficit.amount))
    .map((deficit) => ({
      year: deficit.year,
      amount: deficit.amount,
      deadline: deficit.year + RESTORATION_YEARS,
      remaining: deficit.amount,
      restoredInYear: null,
    }));
  const schedule: Restoration[] = [];
  const years: LedgerYear[] = [];
  for (const { year, balanskravResult } of [...results].sort((a, b) => a.year - b.year)) {
    let surplus = isPositive(balanskravResult) ? balanskravResult : ZERO;
    let restored = ZERO;
    // oldest first; a stable sort keeps the given order of two deficits dated the same year
    for (const deficit of [...deficits].sort((a, b) => a.year - b.year)) {
      if (!isPositive(surplus)) break;
      if (deficit.year >= year || !isPositive(deficit.remaining)) continue;
      const amount = min(surplus, deficit.remaining);
      deficit.remaining = subtract(deficit.remaining, amount);
      if (!isPositive(deficit.remaining)) deficit.restoredInYear = year;
      surplus = subtract(surplus, amount);
      restored = add(restored, amount);
      schedule.push({ deficitYear: deficit.year, restoredInYear: year, amount });
    }
    const newDeficit = isNegative(balanskravResult) ? negate(balanskravResult) : ZERO;
    if (isPositive(newDeficit)) {
      deficits.push({
        year,
        amount: newDeficit,
        deadline: year + RESTORATION_YEARS,
        remaining: newDeficit,
        restoredInYear: null,
      });
    }
    const counted = deficits.filter((deficit) => deficit.year <= year);
    years.push({
      year,
      newDeficit,
      restored,
      outstanding: counted.reduce((sum, deficit) => add(sum, deficit.remaining), ZERO),
      isOverdue: counted.some((deficit) => deficit.deadline <= year && isPositive(deficit.remaining)),
    });
  }
  return { years, deficits: deficits.sort((a, b) => a.year - b.year), schedule };
}
