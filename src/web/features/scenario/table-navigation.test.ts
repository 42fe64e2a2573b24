import { describe, expect, it } from 'vitest';
import { moveInTable } from './table-navigation';

const bounds = { editableRows: [0, 1, 2, 4], columnCount: 3 };
const key = (k: string, caret: 'start' | 'end' | 'middle' = 'middle', shiftKey = false) => ({
  key: k,
  shiftKey,
  isCaretAtStart: caret === 'start',
  isCaretAtEnd: caret === 'end',
});

describe('moving in the assumption table with the keyboard', () => {
  it('moves up and down (Enter, Shift+Enter) over the rows one can type in', () => {
    expect(moveInTable({ row: 2, column: 1 }, key('ArrowDown'), bounds)).toEqual({ row: 4, column: 1 });
    expect(moveInTable({ row: 4, column: 1 }, key('Enter', 'middle', true), bounds)).toEqual({
      row: 2,
      column: 1,
    });
    expect(moveInTable({ row: 0, column: 0 }, key('ArrowUp'), bounds)).toBeUndefined();
    expect(moveInTable({ row: 4, column: 0 }, key('Enter'), bounds)).toBeUndefined();
  });

  it('moves between years only from the edge of the text', () => {
    expect(moveInTable({ row: 1, column: 1 }, key('ArrowLeft'), bounds)).toBeUndefined();
    expect(moveInTable({ row: 1, column: 1 }, key('ArrowLeft', 'start'), bounds)).toEqual({
      row: 1,
      column: 0,
    });
    expect(moveInTable({ row: 1, column: 1 }, key('ArrowRight', 'end'), bounds)).toEqual({
      row: 1,
      column: 2,
    });
    expect(moveInTable({ row: 1, column: 2 }, key('ArrowRight', 'end'), bounds)).toBeUndefined();
    expect(moveInTable({ row: 1, column: 2 }, key('Tab'), bounds)).toBeUndefined();
  });
});
