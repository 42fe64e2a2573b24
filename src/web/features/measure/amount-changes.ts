import type { CostType } from '../../../shared/enums';
import {
  type CostAmountField,
  measureAmountChanges as changesOf,
  type MeasureAmountChange,
  type MeasureAmounts,
} from '../../../shared/measure-amount-changes';
import type { AmountChange } from '../../app/plausibility';

export interface AmountLabels {
  /** An effect cell: "Personal 2024". */
  effect: (year: number, costType: CostType) => string;
  /** A field's name: "Investering". */
  field: (field: CostAmountField) => string;
}

/** A changed amount in words the user recognises (`HS-12 Personal 2024`), for the plausibility dialog. */
export function labelledChange(change: MeasureAmountChange, labels: AmountLabels, prefix = ''): AmountChange {
  const label =
    change.field === 'effect' ? labels.effect(change.year, change.costType) : labels.field(change.field);
  return { label: `${prefix}${label}`, previous: change.previous, next: change.next };
}

/**
 * Every amount of the measure page that a save changes — each effect (year × cost type), the investment and
 * the costs — with its saved and its new value, for the plausibility check (issue 11, item 2). A new measure
 * (no `saved`) has nothing before, so only the tenant's limit can make its amounts implausible. Unchanged
 * amounts are left out; a removed one has `next` null (always plausible).
 */
export function measureAmountChanges(
  saved: MeasureAmounts | undefined,
  next: MeasureAmounts,
  labels: AmountLabels,
  prefix = '',
): AmountChange[] {
  return changesOf(saved, next).map((change) => labelledChange(change, labels, prefix));
}
