import {
  CATEGORIES,
  type Category,
  MEASURE_STATUSES,
  type MeasureStatus,
  SAVINGS_TYPES,
  type SavingsType,
} from '../../../shared/enums';
import { type ColumnId, isColumnId } from './grid-columns';
import type { GridRow } from './grid-model';

/** The value of a filter that asks for measures without the attribute (`?sparform=saknas`). */
export const MISSING = 'saknas';
/** Feasibility 1 or 2: the measures behind the overview's "genomförbarhet 1–2" figure. */
export const FEASIBLE = '1-2';
type OrMissing<T> = T | typeof MISSING;

export type SortDirection = 'asc' | 'desc';
export interface GridSort {
  column: ColumnId;
  direction: SortDirection;
}

/**
 * Everything that narrows or orders the grid, as kept in the address so that a view can be shared. The
 * parameter names are a contract with the overview page, which links here.
 */
export interface GridFilters {
  unitId?: string;
  status?: MeasureStatus;
  category?: OrMissing<Category>;
  savingsType?: OrMissing<SavingsType>;
  feasibility?: OrMissing<'1' | '2' | '3' | typeof FEASIBLE>;
  group?: string;
  q?: string;
  sort?: GridSort;
  groupBy?: 'unit';
}

export const PARAM = {
  unitId: 'enhet',
  status: 'status',
  category: 'kategori',
  savingsType: 'sparform',
  feasibility: 'genomforbarhet',
  group: 'grupp',
  q: 'q',
  sort: 'sortera',
  groupBy: 'gruppera',
} as const satisfies Record<keyof GridFilters, string>;

function oneOf<T extends string>(values: readonly T[], text: string | null): T | undefined {
  return text !== null && (values as readonly string[]).includes(text) ? (text as T) : undefined;
}

/** `sortera=planned:desc` (also `-planned` and `planned`); anything unknown is ignored. */
export function parseSort(text: string | null): GridSort | undefined {
  if (!text) return undefined;
  const [rawColumn = '', rawDirection] = text.split(':');
  const descByPrefix = rawColumn.startsWith('-');
  const column = descByPrefix ? rawColumn.slice(1) : rawColumn;
  if (!isColumnId(column)) return undefined;
  const direction: SortDirection = rawDirection === 'desc' || descByPrefix ? 'desc' : 'asc';
  return { column, direction };
}

export function formatSort(sort: GridSort): string {
  return `${sort.column}:${sort.direction}`;
}

export function parseFilters(params: URLSearchParams): GridFilters {
  const filters: GridFilters = {};
  const text = (name: string) => params.get(name)?.trim() || undefined;
  const unitId = text(PARAM.unitId);
  if (unitId) filters.unitId = unitId;
  const status = oneOf(MEASURE_STATUSES, params.get(PARAM.status));
  if (status) filters.status = status;
  const category = oneOf([...CATEGORIES, MISSING], params.get(PARAM.category));
  if (category) filters.category = category;
  const savingsType = oneOf([...SAVINGS_TYPES, MISSING], params.get(PARAM.savingsType));
  if (savingsType) filters.savingsType = savingsType;
  const feasibility = oneOf(['1', '2', '3', FEASIBLE, MISSING] as const, params.get(PARAM.feasibility));
  if (feasibility) filters.feasibility = feasibility;
  const group = text(PARAM.group);
  if (group) filters.group = group;
  const q = params.get(PARAM.q);
  if (q?.trim()) filters.q = q;
  const sort = parseSort(params.get(PARAM.sort));
  if (sort) filters.sort = sort;
  if (params.get(PARAM.groupBy) === 'enhet') filters.groupBy = 'unit';
  return filters;
}

/** The address's query with `changes` applied; other parameters (e.g. `ar`) are kept as they are. */
export function withFilters(params: URLSearchParams, changes: Partial<GridFilters>): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const [key, value] of Object.entries(changes) as [
    keyof GridFilters,
    GridFilters[keyof GridFilters],
  ][]) {
    const name = PARAM[key];
    if (value === undefined || value === '') next.delete(name);
    else if (key === 'sort') next.set(name, formatSort(value as GridSort));
    else if (key === 'groupBy') next.set(name, 'enhet');
    else next.set(name, String(value));
  }
  return next;
}

/** Whether any filter other than the unit narrows the list (then the server's unit total no longer applies). */
export function hasNarrowingFilters(filters: GridFilters): boolean {
  return Boolean(
    filters.status ||
      filters.category ||
      filters.savingsType ||
      filters.feasibility ||
      filters.group ||
      filters.q?.trim(),
  );
}

function matches(value: string | null, wanted: string | undefined): boolean {
  if (wanted === undefined) return true;
  if (wanted === MISSING) return value === null || value === '';
  if (wanted === FEASIBLE) return value === '1' || value === '2';
  return value === wanted;
}

function normalize(text: string): string {
  return text.toLocaleLowerCase('sv').normalize('NFC');
}

/**
 * The rows that pass every filter. `unitScope` is the chosen unit's subtree (the unit and all below it);
 * the free text matches code, title, responsible and unit, ignoring case.
 */
export function filterRows(
  rows: readonly GridRow[],
  filters: GridFilters,
  unitScope: ReadonlySet<string> | undefined,
): GridRow[] {
  const words = normalize(filters.q ?? '')
    .split(/\s+/)
    .filter(Boolean);
  return rows.filter(({ measure, unitName, unitPath }) => {
    if (unitScope && !unitScope.has(measure.orgUnitId)) return false;
    if (filters.status && measure.status !== filters.status) return false;
    if (!matches(measure.category, filters.category)) return false;
    if (!matches(measure.savingsType, filters.savingsType)) return false;
    if (!matches(measure.feasibility === null ? null : String(measure.feasibility), filters.feasibility))
      return false;
    if (!matches(measure.group, filters.group)) return false;
    if (words.length > 0) {
      const haystack = normalize(
        [measure.code, measure.title, measure.responsibleName ?? '', unitName, unitPath].join('\n'),
      );
      if (!words.every((word) => haystack.includes(word))) return false;
    }
    return true;
  });
}
