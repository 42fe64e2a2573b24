import { COST_TYPES, type CostType } from '../../../shared/enums';
import type { TMeasureInput } from '../../../shared/schemas/measure';
import type { AmountChange } from '../../app/plausibility';

type Amounts = Pick<TMeasureInput, 'effects' | 'investment' | 'oneOffCost' | 'runningCostPerYear'>;

export interface AmountLabels {
  /** An effect cell: "Personal 2024". */
  effect: (year: number, costType: CostType) => string;
  /** A field's name: "Investering". */
  field: (field: 'investment' | 'oneOffCost' | 'runningCostPerYear') => string;
}

const COST_FIELDS = ['investment', 'oneOffCost', 'runningCostPerYear'] as const;

/**
 * Every amount of the measure page that a save changes — each effect (year × cost type), the investment and
 * the costs — with its saved and its new value, for the plausibility check (issue 11, item 2). A new measure
 * (no `saved`) has nothing before, so only the tenant's limit can make its amounts implausible. Unchanged
 * amounts are left out; a removed one has `next` null (always plausible).
 */
export function measureAmountChanges(
  saved: Amounts | undefined,
  next: Amounts,
  labels: AmountLabels,
  prefix = '',
): AmountChange[] {
  const key = (year: number, costType: CostType) => `${year}.${costType}`;
  const before = new Map((saved?.effects ?? []).map((e) => [key(e.year, e.costType), e.amount]));
  const after = new Map(next.effects.map((e) => [key(e.year, e.costType), e.amount]));
  const cells = [...new Set([...before.keys(), ...after.keys()])]
    .map((cell) => {
      const [year, costType] = cell.split('.') as [string, CostType];
      return { cell, year: Number(year), costType };
    })
    .sort((a, b) => a.year - b.year || COST_TYPES.indexOf(a.costType) - COST_TYPES.indexOf(b.costType));
  const changes: AmountChange[] = [];
  for (const { cell, year, costType } of cells) {
    const previous = before.get(cell) ?? null;
    const value = after.get(cell) ?? null;
    if (previous !== value)
      changes.push({ label: `${prefix}${labels.effect(year, costType)}`, previous, next: value });
  }
  for (const field of COST_FIELDS) {
    const previous = saved?.[field] ?? null;
    const value = next[field] ?? null;
    if (previous !== value) changes.push({ label: `${prefix}${labels.field(field)}`, previous, next: value });
  }
  return changes;
}
