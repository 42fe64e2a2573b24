import type { TablePosition } from './assumption-paste';

export interface CellKey {
  key: string;
  shiftKey?: boolean;
  /** The caret is at the start / end of the text with nothing selected (left/right then leave the cell). */
  isCaretAtStart: boolean;
  isCaretAtEnd: boolean;
}

/**
 * Where a key moves in the assumption table, as in a spreadsheet: up and down (Enter, Shift+Enter) between
 * the rows one can type in, left and right between years once the caret is at the edge of the text. Tab is
 * left to the browser. Undefined: the key stays with the input.
 */
export function moveInTable(
  at: TablePosition,
  event: CellKey,
  bounds: { editableRows: readonly number[]; columnCount: number },
): TablePosition | undefined {
  const index = bounds.editableRows.indexOf(at.row);
  const rowAt = (i: number) => bounds.editableRows[i];
  const vertical = (step: 1 | -1) => {
    const row = rowAt(index + step);
    return row === undefined || index < 0 ? undefined : { row, column: at.column };
  };
  switch (event.key) {
    case 'ArrowDown':
      return vertical(1);
    case 'ArrowUp':
      return vertical(-1);
    case 'Enter':
      return vertical(event.shiftKey ? -1 : 1);
    case 'ArrowLeft':
      return event.isCaretAtStart && at.column > 0 ? { row: at.row, column: at.column - 1 } : undefined;
    case 'ArrowRight':
      return event.isCaretAtEnd && at.column < bounds.columnCount - 1
        ? { row: at.row, column: at.column + 1 }
        : undefined;
    default:
      return undefined;
  }
}
