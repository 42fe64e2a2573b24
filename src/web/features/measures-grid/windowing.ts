/**
 * Simple windowing for rows of one fixed height: only the rows in view (plus a margin) are in the DOM, so
 * 5 000 measures cost what 40 do. Spacers keep the scroll height and the rows' positions exact.
 */
export interface RowRange {
  /** First rendered row. */
  start: number;
  /** One past the last rendered row. */
  end: number;
}

export function visibleRange(
  scrollTop: number,
  viewportHeight: number,
  rowHeight: number,
  count: number,
  overscan = 10,
): RowRange {
  if (count === 0) return { start: 0, end: 0 };
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const shown = Math.ceil(Math.max(viewportHeight, rowHeight) / rowHeight);
  const start = Math.max(0, Math.min(first, count - 1) - overscan);
  const end = Math.min(count, first + shown + overscan);
  return { start, end: Math.max(end, start + 1) };
}

export type Segment = { kind: 'row'; index: number } | { kind: 'gap'; start: number; rows: number };

/**
 * What the body renders in order: the range, any `extra` rows that must stay in the DOM (the active cell's
 * row keeps keyboard focus while scrolled away), and gaps (in rows) in between and around them.
 */
export function segments(range: RowRange, extra: readonly number[], count: number): Segment[] {
  const indices = new Set<number>();
  for (let index = range.start; index < range.end; index++) indices.add(index);
  for (const index of extra) if (index >= 0 && index < count) indices.add(index);
  const sorted = [...indices].sort((a, b) => a - b);
  const result: Segment[] = [];
  let next = 0;
  for (const index of sorted) {
    if (index > next) result.push({ kind: 'gap', start: next, rows: index - next });
    result.push({ kind: 'row', index });
    next = index + 1;
  }
  if (count > next) result.push({ kind: 'gap', start: next, rows: count - next });
  return result;
}
