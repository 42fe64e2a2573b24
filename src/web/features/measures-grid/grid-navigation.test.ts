import { describe, expect, it } from 'vitest';
import { isTypingKey, moveFocus } from './grid-navigation';

const bounds = { rowCount: 10, colCount: 5, pageSize: 4 };

describe('moveFocus', () => {
  it('moves with the arrows and stops at the edges', () => {
    expect(moveFocus({ row: 3, col: 2 }, { key: 'ArrowDown' }, bounds)).toEqual({ row: 4, col: 2 });
    expect(moveFocus({ row: 3, col: 2 }, { key: 'ArrowLeft' }, bounds)).toEqual({ row: 3, col: 1 });
    expect(moveFocus({ row: 0, col: 0 }, { key: 'ArrowUp' }, bounds)).toEqual({ row: 0, col: 0 });
    expect(moveFocus({ row: 9, col: 4 }, { key: 'ArrowRight' }, bounds)).toEqual({ row: 9, col: 4 });
  });

  it('goes to the ends of the row with Home/End and of the grid with Ctrl', () => {
    expect(moveFocus({ row: 3, col: 2 }, { key: 'Home' }, bounds)).toEqual({ row: 3, col: 0 });
    expect(moveFocus({ row: 3, col: 2 }, { key: 'End' }, bounds)).toEqual({ row: 3, col: 4 });
    expect(moveFocus({ row: 3, col: 2 }, { key: 'Home', ctrlKey: true }, bounds)).toEqual({ row: 0, col: 0 });
    expect(moveFocus({ row: 3, col: 2 }, { key: 'End', metaKey: true }, bounds)).toEqual({ row: 9, col: 4 });
    expect(moveFocus({ row: 3, col: 2 }, { key: 'ArrowDown', ctrlKey: true }, bounds)).toEqual({
      row: 9,
      col: 2,
    });
  });

  it('pages by the rows in view', () => {
    expect(moveFocus({ row: 3, col: 1 }, { key: 'PageDown' }, bounds)).toEqual({ row: 7, col: 1 });
    expect(moveFocus({ row: 7, col: 1 }, { key: 'PageDown' }, bounds)).toEqual({ row: 9, col: 1 });
    expect(moveFocus({ row: 2, col: 1 }, { key: 'PageUp' }, bounds)).toEqual({ row: 0, col: 1 });
  });

  it('brings a stale position back into the grid and ignores other keys', () => {
    expect(moveFocus({ row: 40, col: 9 }, { key: 'ArrowUp' }, bounds)).toEqual({ row: 8, col: 4 });
    expect(moveFocus({ row: 1, col: 1 }, { key: 'a' }, bounds)).toBeUndefined();
  });

  it('treats printable characters as typing', () => {
    expect(isTypingKey({ key: 'x' })).toBe(true);
    expect(isTypingKey({ key: 'Ö' })).toBe(true);
    expect(isTypingKey({ key: 'c', ctrlKey: true })).toBe(false);
    expect(isTypingKey({ key: 'Enter' })).toBe(false);
  });
});
