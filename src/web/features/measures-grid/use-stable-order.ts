import { useRef } from 'react';
import type { GridRow } from './grid-model';

/**
 * The rows in the order (and selection) computed when the view last changed — the filters, the sort or
 * which measures exist — not re-sorted on every edit: like a spreadsheet, a row the user just changed stays
 * where it is until he or she sorts or filters again. The values shown are always the latest.
 */
export function useStableOrder(
  rows: readonly GridRow[],
  viewKey: string,
  arrange: (rows: readonly GridRow[]) => GridRow[],
): GridRow[] {
  const order = useRef<{ key: string; ids: string[] } | null>(null);
  if (order.current?.key !== viewKey) {
    order.current = { key: viewKey, ids: arrange(rows).map((row) => row.measure.id) };
  }
  const byId = new Map(rows.map((row) => [row.measure.id, row]));
  const result: GridRow[] = [];
  for (const id of order.current.ids) {
    const row = byId.get(id);
    if (row) result.push(row);
  }
  return result;
}
