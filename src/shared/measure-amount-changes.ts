import { COST_TYPES, type CostType } from './enums';

/** The amounts of a measure that the plausibility check watches (issue 11, item 2). */
export const COST_AMOUNT_FIELDS = ['investment', 'oneOffCost', 'runningCostPerYear'] as const;
export type CostAmountField = (typeof COST_AMOUNT_FIELDS)[number];

export interface MeasureAmounts {
  effects: readonly { year: number; costType: CostType; amount: number }[];
  investment: number | null;
  oneOffCost: number | null;
  runningCostPerYear: number | null;
}

/** One changed amount: an effect cell (year × cost type) or a cost field, with its old and new kronor. */
export type MeasureAmountChange =
  | { field: 'effect'; year: number; costType: CostType; previous: number | null; next: number | null }
  | { field: CostAmountField; previous: number | null; next: number | null };

/**
 * The amounts that differ between a saved measure and its next version — each effect cell, the investment and
 * the costs — in year and cost-type order. Without `saved` (a new measure) every amount counts as new. Pure:
 * the measure page and the import preview list the same changes for the same edit.
 */
export function measureAmountChanges(
  saved: MeasureAmounts | undefined,
  next: MeasureAmounts,
): MeasureAmountChange[] {
  const key = (year: number, costType: CostType) => `${year}.${costType}`;
  const before = new Map((saved?.effects ?? []).map((e) => [key(e.year, e.costType), e.amount]));
  const after = new Map(next.effects.map((e) => [key(e.year, e.costType), e.amount]));
  const cells = [...new Set([...before.keys(), ...after.keys()])]
    .map((cell) => {
      const [year, costType] = cell.split('.') as [string, CostType];
      return { cell, year: Number(year), costType };
    })
    .sort((a, b) => a.year - b.year || COST_TYPES.indexOf(a.costType) - COST_TYPES.indexOf(b.costType));
  const changes: MeasureAmountChange[] = [];
  for (const { cell, year, costType } of cells) {
    const previous = before.get(cell) ?? null;
    const value = after.get(cell) ?? null;
    if (previous !== value) changes.push({ field: 'effect', year, costType, previous, next: value });
  }
  for (const field of COST_AMOUNT_FIELDS) {
    const previous = saved?.[field] ?? null;
    const value = next[field] ?? null;
    if (previous !== value) changes.push({ field, previous, next: value });
  }
  return changes;
}
