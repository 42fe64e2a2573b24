/**
 * Spreadsheet keyboard navigation as a pure function: where the active cell goes for a key. Rows count
 * from 0 = the header row to the last = the total row; columns from 0.
 */
export interface CellPosition {
  row: number;
  col: number;
}

export interface GridBounds {
  rowCount: number;
  colCount: number;
  /** How many rows PageUp/PageDown move: the rows that fit in the view. */
  pageSize: number;
}

export interface NavigationKey {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}

export function clampPosition(position: CellPosition, bounds: GridBounds): CellPosition {
  return {
    row: clamp(position.row, 0, Math.max(0, bounds.rowCount - 1)),
    col: clamp(position.col, 0, Math.max(0, bounds.colCount - 1)),
  };
}

/** The new active cell, or undefined when the key does not navigate (so the caller lets it through). */
export function moveFocus(
  position: CellPosition,
  event: NavigationKey,
  bounds: GridBounds,
): CellPosition | undefined {
  const ctrl = Boolean(event.ctrlKey || event.metaKey);
  const lastRow = Math.max(0, bounds.rowCount - 1);
  const lastCol = Math.max(0, bounds.colCount - 1);
  const page = Math.max(1, bounds.pageSize);
  const { row, col } = clampPosition(position, bounds);
  switch (event.key) {
    case 'ArrowUp':
      return { row: ctrl ? 0 : Math.max(0, row - 1), col };
    case 'ArrowDown':
      return { row: ctrl ? lastRow : Math.min(lastRow, row + 1), col };
    case 'ArrowLeft':
      return { row, col: ctrl ? 0 : Math.max(0, col - 1) };
    case 'ArrowRight':
      return { row, col: ctrl ? lastCol : Math.min(lastCol, col + 1) };
    case 'Home':
      return ctrl ? { row: 0, col: 0 } : { row, col: 0 };
    case 'End':
      return ctrl ? { row: lastRow, col: lastCol } : { row, col: lastCol };
    case 'PageUp':
      return { row: Math.max(0, row - page), col };
    case 'PageDown':
      return { row: Math.min(lastRow, row + page), col };
    default:
      return undefined;
  }
}

/** Whether a key press is a printable character that should start editing with that character. */
export function isTypingKey(event: { key: string; ctrlKey?: boolean; metaKey?: boolean; altKey?: boolean }) {
  return event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey && event.key !== ' ';
}
