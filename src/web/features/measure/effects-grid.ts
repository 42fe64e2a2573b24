import { COST_TYPES, type CostType } from '../../../shared/enums';
import { formatAmount, parseAmount } from '../../../shared/money';

/**
 * The effects table of the measure page: one text cell per year × cost type, in tkr as the user types it
 * (`1 234,5`), ⇄ the measure's `effects` array in whole kronor. Amounts stay in the plan's convention; the
 * table never converts between level and increment.
 */

export interface Effect {
  year: number;
  costType: CostType;
  amount: number;
}

/** Cell texts keyed by `cellKey(year, costType)`; a missing or blank cell means no effect. */
export type EffectGrid = Readonly<Record<string, string>>;

export function cellKey(year: number, costType: CostType): string {
  return `${year}.${costType}`;
}

export function planYears(plan: { firstYear: number; lastYear: number }): number[] {
  return Array.from({ length: plan.lastYear - plan.firstYear + 1 }, (_, i) => plan.firstYear + i);
}

/**
 * Whole kronor as tkr with just the decimals needed to be exact (`45 000`, `1 234,5`, `0,001`), no unit; in
 * Swedish for the inputs, or in the page's `language` for display (`1,234.5`).
 */
export function tkrText(kronor: number, language = 'sv'): string {
  const decimals = kronor % 1000 === 0 ? 0 : kronor % 100 === 0 ? 1 : kronor % 10 === 0 ? 2 : 3;
  return formatAmount(kronor, { unit: 'tkr', decimals, withUnit: false, language });
}

/** Parses a tkr text the user typed; blank is `null` (no amount). */
export function parseTkr(text: string): { ok: true; kronor: number | null } | { ok: false } {
  if (text.trim() === '') return { ok: true, kronor: null };
  const parsed = parseAmount(text, 'tkr');
  return parsed.ok ? { ok: true, kronor: parsed.kronor } : { ok: false };
}

export function gridFromEffects(effects: readonly Effect[]): EffectGrid {
  const sums = new Map<string, number>();
  for (const effect of effects) {
    const key = cellKey(effect.year, effect.costType);
    sums.set(key, (sums.get(key) ?? 0) + effect.amount);
  }
  return Object.fromEntries([...sums].map(([key, kronor]) => [key, tkrText(kronor)]));
}

export interface GridResult {
  /** Sorted by year, then cost type in the order of COST_TYPES. */
  effects: Effect[];
  /** Keys of the cells whose text is not an amount. */
  invalid: string[];
}

export function effectsFromGrid(grid: EffectGrid, years: readonly number[]): GridResult {
  const effects: Effect[] = [];
  const invalid: string[] = [];
  for (const year of years) {
    for (const costType of COST_TYPES) {
      const key = cellKey(year, costType);
      const parsed = parseTkr(grid[key] ?? '');
      if (!parsed.ok) invalid.push(key);
      else if (parsed.kronor !== null) effects.push({ year, costType, amount: parsed.kronor });
    }
  }
  return { effects, invalid };
}

/** The amounts of the effects per year (as stated, in the plan's convention), optionally of one cost type. */
export function amountsByYear(effects: readonly Effect[], costType?: CostType): Record<number, number> {
  const amounts: Record<number, number> = {};
  for (const effect of effects) {
    if (costType !== undefined && effect.costType !== costType) continue;
    amounts[effect.year] = (amounts[effect.year] ?? 0) + effect.amount;
  }
  return amounts;
}
