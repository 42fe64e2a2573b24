import type { EffectConvention } from './enums';

/**
 * The two effect conventions of SPEC §3. A plan states its yearly amounts either as the *level* against the
 * baseline in each year, or as the *increment* added in each year. Amounts keyed by year are whole kronor.
 * Every function names which of the two it returns.
 */

export type LevelByYear = Readonly<Record<number, number>>;
export type IncrementByYear = Readonly<Record<number, number>>;
export type AmountByYear = Readonly<Record<number, number>>;

function sortedYears(amounts: AmountByYear, years?: readonly number[]): number[] {
  return (years ?? Object.keys(amounts).map(Number)).slice().sort((a, b) => a - b);
}

/** The level in each year is the sum of the increments up to and including that year. */
export function levelsFromIncrements(increments: IncrementByYear, years?: readonly number[]): LevelByYear {
  const levels: Record<number, number> = {};
  let level = 0;
  const allYears = sortedYears(increments, years);
  const firstYear = allYears[0];
  if (firstYear !== undefined) {
    for (const year of Object.keys(increments).map(Number)) {
      if (year < firstYear) level += increments[year] ?? 0;
    }
  }
  for (const year of allYears) {
    level += increments[year] ?? 0;
    levels[year] = level;
  }
  return levels;
}

/** The increment in each year is its level minus the previous year's level (the first year's increment is its level). */
export function incrementsFromLevels(levels: LevelByYear, years?: readonly number[]): IncrementByYear {
  const increments: Record<number, number> = {};
  let previous = 0;
  for (const year of sortedYears(levels, years)) {
    const level = levels[year] ?? 0;
    increments[year] = level - previous;
    previous = level;
  }
  return increments;
}

/**
 * The level in `year` of amounts stated in `convention`. In the level convention a year without an amount has
 * level 0; in the increment convention it carries the sum of all earlier increments.
 */
export function levelInYear(convention: EffectConvention, amounts: AmountByYear, year: number): number {
  if (convention === 'level') return amounts[year] ?? 0;
  let level = 0;
  for (const [key, amount] of Object.entries(amounts)) {
    if (Number(key) <= year) level += amount;
  }
  return level;
}

/** Converts amounts stated in `from` into the same plan stated in `to`, over `years`. */
export function convertAmounts(
  amounts: AmountByYear,
  from: EffectConvention,
  to: EffectConvention,
  years: readonly number[],
): AmountByYear {
  if (from === to) return Object.fromEntries(years.map((year) => [year, amounts[year] ?? 0]));
  return from === 'increment' ? levelsFromIncrements(amounts, years) : incrementsFromLevels(amounts, years);
}
