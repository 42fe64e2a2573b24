import { canChangeStatus, needsRegisteredDecision } from '../../../domain/measure-status';
import { countsAsPlanned, isEndedTemporary } from '../../../domain/planned-effect';
import {
  CATEGORIES,
  type CostType,
  type EffectConvention,
  MEASURE_STATUSES,
  SAVINGS_TYPES,
} from '../../../shared/enums';
import { type AmountUnit, formatAmount, parseAmount } from '../../../shared/money';
import type { TMeasure, TMeasureInput } from '../../../shared/schemas/measure';
import type { ColumnId } from './grid-columns';

/** The columns that can be edited in the grid (the rest only on the measure page). */
export const EDITABLE_COLUMNS = [
  'title',
  'responsibleName',
  'status',
  'category',
  'group',
  'savingsType',
  'feasibility',
  'planned',
] as const satisfies readonly ColumnId[];
export type EditableColumn = (typeof EDITABLE_COLUMNS)[number];

export function isEditableColumn(column: ColumnId): column is EditableColumn {
  return (EDITABLE_COLUMNS as readonly string[]).includes(column);
}

export interface EditContext {
  convention: EffectConvention;
  year: number;
  /** The unit amounts are typed in. */
  unit: AmountUnit;
}

/** An error at the cell: a key of `grid:errors` and its values (status codes are translated by the view). */
export interface EditError {
  key: string;
  values?: Record<string, string | number>;
}

export type EditResult = { ok: true; patch: Partial<TMeasureInput> | null } | { ok: false; error: EditError };

/**
 * Whether the planned effect of the year can be typed in the grid: only in a plan stated in levels (the
 * typed figure is then exactly the stored amount), for a measure that counts in the year, with at most one
 * cost type in that year. Everything else is edited on the measure page.
 */
export function canEditPlanned(measure: TMeasure, context: EditContext): boolean {
  if (context.convention !== 'level') return false;
  if (!countsAsPlanned(measure) || isEndedTemporary(measure, context.year)) return false;
  return measure.effects.filter((effect) => effect.year === context.year).length <= 1;
}

export function canEditCell(column: ColumnId, measure: TMeasure, context: EditContext): boolean {
  if (!isEditableColumn(column)) return false;
  return column !== 'planned' || canEditPlanned(measure, context);
}

/** The text an editor starts with: what the cell shows, without thousands separators for amounts. */
export function editText(column: EditableColumn, measure: TMeasure, context: EditContext): string {
  switch (column) {
    case 'title':
      return measure.title;
    case 'responsibleName':
      return measure.responsibleName ?? '';
    case 'status':
      return measure.status;
    case 'category':
      return measure.category ?? '';
    case 'group':
      return measure.group ?? '';
    case 'savingsType':
      return measure.savingsType ?? '';
    case 'feasibility':
      return measure.feasibility === null ? '' : String(measure.feasibility);
    case 'planned': {
      const amount = measure.effects.find((effect) => effect.year === context.year)?.amount;
      if (amount === undefined || amount === 0) return '';
      // Exact to the krona, without thousands separators, trailing decimal zeros dropped: 4500 or 1234,567.
      const decimals = context.unit === 'kr' ? 0 : context.unit === 'tkr' ? 3 : 6;
      const text = formatAmount(amount, { unit: context.unit, decimals, withUnit: false }).replace(
        /\u00a0/g,
        '',
      );
      return text.includes(',') ? text.replace(/0+$/, '').replace(/,$/, '') : text;
    }
  }
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/** The cost type a typed yearly amount gets: the year's own, else the measure's most used, else unspecified. */
function costTypeFor(measure: TMeasure, year: number): CostType {
  const own = measure.effects.find((effect) => effect.year === year);
  if (own) return own.costType;
  const counts = new Map<CostType, number>();
  for (const effect of measure.effects) counts.set(effect.costType, (counts.get(effect.costType) ?? 0) + 1);
  let best: CostType = 'unspecified';
  let bestCount = 0;
  for (const [costType, count] of counts) {
    if (count > bestCount) [best, bestCount] = [costType, count];
  }
  return best;
}

function parsePatch(
  column: EditableColumn,
  raw: string,
  measure: TMeasure,
  context: EditContext,
): EditResult {
  const text = raw.trim();
  switch (column) {
    case 'title':
      if (text === '') return { ok: false, error: { key: 'titleRequired' } };
      if (text.length > 500) return { ok: false, error: { key: 'tooLong', values: { max: 500 } } };
      return { ok: true, patch: { title: text } };
    case 'responsibleName':
      if (text.length > 200) return { ok: false, error: { key: 'tooLong', values: { max: 200 } } };
      return { ok: true, patch: { responsibleName: text || null } };
    case 'group':
      if (text.length > 200) return { ok: false, error: { key: 'tooLong', values: { max: 200 } } };
      return { ok: true, patch: { group: text || null } };
    case 'status': {
      const status = MEASURE_STATUSES.find((s) => s === text);
      if (!status) return { ok: false, error: { key: 'unknownValue' } };
      if (!canChangeStatus(measure.status, status)) {
        return { ok: false, error: { key: 'statusNeedsDecision', values: { to: status } } };
      }
      // Issue 12: beslutad and utgår come only through "Registrera beslut".
      if (needsRegisteredDecision(measure.status, status)) {
        return { ok: false, error: { key: 'statusNeedsRegisteredDecision', values: { to: status } } };
      }
      return { ok: true, patch: { status } };
    }
    case 'category': {
      if (text === '') return { ok: true, patch: { category: null } };
      const category = CATEGORIES.find((c) => c === text);
      return category ? { ok: true, patch: { category } } : { ok: false, error: { key: 'unknownValue' } };
    }
    case 'savingsType': {
      if (text === '') return { ok: true, patch: { savingsType: null } };
      const savingsType = SAVINGS_TYPES.find((s) => s === text);
      return savingsType
        ? { ok: true, patch: { savingsType } }
        : { ok: false, error: { key: 'unknownValue' } };
    }
    case 'feasibility': {
      if (text === '') return { ok: true, patch: { feasibility: null } };
      if (text === '1' || text === '2' || text === '3') {
        return { ok: true, patch: { feasibility: Number(text) as 1 | 2 | 3 } };
      }
      return { ok: false, error: { key: 'feasibility' } };
    }
    case 'planned': {
      if (!canEditPlanned(measure, context)) return { ok: false, error: { key: 'plannedNotEditable' } };
      let kronor = 0;
      if (text !== '') {
        const parsed = parseAmount(text, context.unit);
        if (!parsed.ok) return { ok: false, error: { key: 'amount', values: { text } } };
        kronor = parsed.kronor;
      }
      const others = measure.effects.filter((effect) => effect.year !== context.year);
      const effects =
        kronor === 0
          ? others
          : [
              ...others,
              { year: context.year, costType: costTypeFor(measure, context.year), amount: kronor },
            ].sort((a, b) => a.year - b.year || a.costType.localeCompare(b.costType));
      return { ok: true, patch: { effects } };
    }
  }
}

/**
 * The change that typing `text` into a cell makes, checked as the server would check it, or the error to
 * show at the cell. A patch of null means nothing changed (nothing to save).
 */
export function parseEdit(
  column: EditableColumn,
  text: string,
  measure: TMeasure,
  context: EditContext,
): EditResult {
  const result = parsePatch(column, text, measure, context);
  if (!result.ok || !result.patch) return result;
  const changed = Object.entries(result.patch).some(
    ([field, value]) => !same(measure[field as keyof TMeasure], value),
  );
  return changed ? result : { ok: true, patch: null };
}
