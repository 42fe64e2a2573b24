import { compareSwedish } from '../../../shared/collation';
import { type AmountSums, type GridRow, sumRows } from './grid-model';

export interface RowGroup {
  unitId: string;
  /** The unit's full path (`Exempelregionen / Hälso- och sjukvård`). */
  label: string;
  rows: GridRow[];
  sums: AmountSums;
}

/** The grid's body as one list: group headings (with their sums) and measures, in display order. */
export type GridItem = { kind: 'group'; group: RowGroup } | { kind: 'measure'; row: GridRow };

/**
 * Rows grouped by the unit that owns each measure (not its subtree: every measure is counted once), the
 * groups in the order of their paths, each group keeping the rows' order.
 */
export function groupByUnit(rows: readonly GridRow[]): RowGroup[] {
  const groups = new Map<string, RowGroup>();
  for (const row of rows) {
    const id = row.measure.orgUnitId;
    let group = groups.get(id);
    if (!group) {
      group = { unitId: id, label: row.unitPath, rows: [], sums: sumRows([]) };
      groups.set(id, group);
    }
    group.rows.push(row);
  }
  const list = [...groups.values()].sort((a, b) => compareSwedish(a.label, b.label));
  for (const group of list) group.sums = sumRows(group.rows);
  return list;
}

export function gridItems(rows: readonly GridRow[], groupBy: 'unit' | undefined): GridItem[] {
  if (groupBy !== 'unit') return rows.map((row) => ({ kind: 'measure', row }));
  const items: GridItem[] = [];
  for (const group of groupByUnit(rows)) {
    items.push({ kind: 'group', group });
    for (const row of group.rows) items.push({ kind: 'measure', row });
  }
  return items;
}
