import { compareSwedish } from '../../../shared/collation';
import {
  CATEGORIES,
  MEASURE_STATUSES,
  PERIODICITIES,
  REPORT_STATUSES,
  SAVINGS_TYPES,
  type SavingsType,
} from '../../../shared/enums';
import type { ColumnId } from './grid-columns';
import type { GridSort } from './grid-filters';
import type { GridRow } from './grid-model';

type SortValue = string | number | null;

function indexIn(list: readonly string[], value: string | null): number | null {
  return value === null ? null : list.indexOf(value);
}

/**
 * What a column sorts by: numbers for amounts and feasibility, the vocabulary's own order for status
 * (the lifecycle), category, savings type (the audit pyramid) and periodicity, Swedish text otherwise.
 */
export function sortValue(row: GridRow, column: ColumnId): SortValue {
  const m = row.measure;
  switch (column) {
    case 'code':
      return m.code;
    case 'title':
      return m.title;
    case 'orgUnit':
      return row.unitPath;
    case 'responsibleName':
      return m.responsibleName;
    case 'status':
      return indexIn(MEASURE_STATUSES, m.status);
    case 'category':
      return indexIn(CATEGORIES, m.category);
    case 'group':
      return m.group;
    case 'savingsType':
      return indexIn(SAVINGS_TYPES as readonly SavingsType[], m.savingsType);
    case 'feasibility':
      return m.feasibility;
    case 'isTemporary':
      return m.isTemporary ? 1 : 0;
    case 'startMonth':
    case 'endMonth':
    case 'fullEffectMonth':
    case 'riskAnalysisDoneOn':
    case 'followUpMetric':
      return m[column];
    case 'planned':
      return row.planned;
    case 'investment':
    case 'oneOffCost':
    case 'runningCostPerYear':
      return m[column];
    case 'riskAnalysisRequired':
      return m.riskAnalysisRequired ? 1 : 0;
    case 'periodicity':
      return indexIn(PERIODICITIES, m.periodicity);
    case 'programmes':
      return m.programmes.length === 0 ? null : [...m.programmes].sort(compareSwedish).join(', ');
    case 'target':
    case 'outcome':
    case 'forecast':
    case 'deviation':
      return row.followUp?.[column] ?? null;
    case 'reportStatus':
      return indexIn(REPORT_STATUSES, row.followUp?.status ?? null);
    case 'reportComment':
      return row.followUp?.comment ?? null;
    case 'lastReported':
      // Stale first when ascending: the ones to chase.
      return row.followUp ? `${row.followUp.isStale ? 0 : 1}${row.followUp.lastReportedPeriod ?? ''}` : null;
  }
}

function compareValues(a: SortValue, b: SortValue): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return compareSwedish(String(a), String(b));
}

/**
 * A stable sort by one column; empty values always last, whichever the direction; ties keep the code order
 * so the same view always lists the same way.
 */
export function sortRows(rows: readonly GridRow[], sort: GridSort | undefined): GridRow[] {
  const byCode = (a: GridRow, b: GridRow) => compareSwedish(a.measure.code, b.measure.code);
  if (!sort) return [...rows].sort(byCode);
  const sign = sort.direction === 'asc' ? 1 : -1;
  const keyed = rows.map((row) => ({ row, value: sortValue(row, sort.column) }));
  keyed.sort((a, b) => {
    const aEmpty = a.value === null || a.value === '';
    const bEmpty = b.value === null || b.value === '';
    if (aEmpty !== bEmpty) return aEmpty ? 1 : -1;
    const order = aEmpty ? 0 : compareValues(a.value, b.value) * sign;
    return order !== 0 ? order : byCode(a.row, b.row);
  });
  return keyed.map((entry) => entry.row);
}
