import type { TMeasure, TMeasureInput } from '../../../shared/schemas/measure';
import { findImplausible, type ImplausibleChange } from '../../app/plausibility';
import type { EditableColumn } from './cell-edit';
import { yearAmount } from './cell-values';

/**
 * The grid's plausibility check (issue 11): a typed amount that is more than ten times (or under a tenth of)
 * the year's previous amount, or above the tenant's limit, must be confirmed before it is saved. Only the
 * planned effect holds an amount in the grid; an emptied amount counts as 0.
 */
export function gridImplausible(
  column: EditableColumn,
  measure: TMeasure,
  patch: Partial<TMeasureInput>,
  year: number,
  limit: number,
  label: string,
): ImplausibleChange[] {
  if (column !== 'planned' || !patch.effects) return [];
  const previous = yearAmount(measure, year);
  const next = yearAmount({ effects: patch.effects }, year) ?? 0;
  if (next === (previous ?? 0)) return [];
  return findImplausible([{ label, previous, next }], limit);
}
