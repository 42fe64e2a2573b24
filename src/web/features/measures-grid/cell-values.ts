import type { TFunction } from 'i18next';
import { COST_TYPE_SV, type CostType } from '../../../shared/enums';
import { formatAmount } from '../../../shared/money';
import type { TMeasure, TMeasureInput } from '../../../shared/schemas/measure';
import type { EditableColumn, EditContext } from './cell-edit';

/** A measure's amount typed in the grid for the year: its effect of that year (null: none). */
export function yearAmount(measure: Pick<TMeasure, 'effects'>, year: number): number | null {
  return measure.effects.find((effect) => effect.year === year)?.amount ?? null;
}

function yearCostType(
  measure: Pick<TMeasure, 'effects'>,
  patch: Partial<TMeasureInput> | undefined,
  year: number,
): CostType {
  const effects = [...(patch?.effects ?? []), ...measure.effects];
  return effects.find((effect) => effect.year === year)?.costType ?? 'unspecified';
}

/**
 * How a change is named in messages and in the plausibility dialog: "HS-12 Personal 2024" for an amount
 * (code, cost type, year), "HS-12 Ansvarig" for another column. Cost types are named in Swedish, as in the
 * plan; `costTypeName` can translate them.
 */
export function changeLabel(
  column: EditableColumn,
  measure: TMeasure,
  patch: Partial<TMeasureInput> | undefined,
  year: number,
  columnLabel: string,
  costTypeName: (costType: CostType) => string = (c) => COST_TYPE_SV[c],
): string {
  if (column !== 'planned') return `${measure.code} ${columnLabel}`;
  return `${measure.code} ${costTypeName(yearCostType(measure, patch, year))} ${year}`;
}

/** A value as the cell shows it, for "var 15 600" and the undo message; `(ingen)` when empty. */
export function shownValue(
  column: EditableColumn,
  measure: TMeasure,
  context: EditContext,
  t: TFunction,
): string {
  const none = t('edit.none');
  switch (column) {
    case 'planned': {
      const amount = yearAmount(measure, context.year);
      return amount === null ? none : formatAmount(amount, { unit: context.unit, withUnit: false });
    }
    case 'status':
      return t(`enums:status.${measure.status}`);
    case 'category':
      return measure.category ? t(`enums:category.${measure.category}`) : none;
    case 'savingsType':
      return measure.savingsType ? t(`enums:savingsType.${measure.savingsType}`) : none;
    case 'feasibility':
      return measure.feasibility === null ? none : String(measure.feasibility);
    case 'title':
      return measure.title;
    case 'responsibleName':
      return measure.responsibleName || none;
    case 'group':
      return measure.group || none;
  }
}
