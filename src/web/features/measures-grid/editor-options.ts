import type { TFunction } from 'i18next';
import { needsRegisteredDecision } from '../../../domain/measure-status';
import { CATEGORIES, MEASURE_STATUSES, SAVINGS_TYPES } from '../../../shared/enums';
import type { TMeasure } from '../../../shared/schemas/measure';
import type { EditableColumn, EditError } from './cell-edit';
import type { EditorOption } from './cell-editor';

/** The choices of a select cell (status, category, savings type, group); undefined for a text cell. */
export function editorOptions(
  column: EditableColumn,
  measure: TMeasure,
  groups: readonly string[],
  t: TFunction,
): EditorOption[] | undefined {
  const none = { value: '', label: t('grid:edit.none') };
  switch (column) {
    case 'status':
      // beslutad and utgår are not chosen here: they come only through "Registrera beslut" (issue 12).
      return MEASURE_STATUSES.filter((s) => !needsRegisteredDecision(measure.status, s)).map((s) => ({
        value: s,
        label: t(`enums:status.${s}`),
      }));
    case 'category':
      return [none, ...CATEGORIES.map((c) => ({ value: c, label: t(`enums:category.${c}`) }))];
    case 'savingsType':
      return [none, ...SAVINGS_TYPES.map((s) => ({ value: s, label: t(`enums:savingsType.${s}`) }))];
    case 'group': {
      const list = measure.group && !groups.includes(measure.group) ? [...groups, measure.group] : groups;
      return [none, ...list.map((g) => ({ value: g, label: g }))];
    }
    default:
      return undefined;
  }
}

/** The value a select editor starts with when the user typed a character: the first choice it begins. */
export function optionForTyped(options: readonly EditorOption[], typed: string): string | undefined {
  const lower = typed.toLocaleLowerCase('sv');
  return options.find((o) => o.value && o.label.toLocaleLowerCase('sv').startsWith(lower))?.value;
}

/** A cell error in the user's language. */
export function editErrorText(error: EditError, t: TFunction): string {
  const values: Record<string, string | number> = { ...error.values };
  if (error.key === 'statusNeedsDecision' || error.key === 'statusNeedsRegisteredDecision')
    values.to = t(`enums:status.${String(values.to)}`);
  return t(`grid:errors.${error.key}`, values);
}
