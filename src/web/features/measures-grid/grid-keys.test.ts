import { describe, expect, it } from 'vitest';
import { type ActiveCell, isUndoKey, keyAction } from './grid-keys';

const editable: ActiveCell = { isHeader: false, isMeasure: true, isEditable: true, opensMeasure: false };
const readOnlyTitle: ActiveCell = { ...editable, isEditable: false, opensMeasure: true };

describe('spreadsheet keys on a selected cell', () => {
  it('edits the old value (caret at its end) on Enter and F2', () => {
    expect(keyAction({ key: 'Enter' }, editable)).toEqual({ kind: 'edit' });
    expect(keyAction({ key: 'F2' }, editable)).toEqual({ kind: 'edit' });
  });

  it('replaces the value with a typed character, and empties it on Backspace/Delete', () => {
    expect(keyAction({ key: '3' }, editable)).toEqual({ kind: 'replace', text: '3' });
    expect(keyAction({ key: 'å' }, editable)).toEqual({ kind: 'replace', text: 'å' });
    expect(keyAction({ key: 'Backspace' }, editable)).toEqual({ kind: 'replace', text: '' });
    expect(keyAction({ key: 'Delete' }, editable)).toEqual({ kind: 'replace', text: '' });
  });

  it('does not edit on shortcuts, Space or named keys', () => {
    expect(keyAction({ key: 'z', ctrlKey: true }, editable)).toEqual({ kind: 'none' });
    expect(keyAction({ key: 'c', metaKey: true }, editable)).toEqual({ kind: 'none' });
    expect(keyAction({ key: ' ' }, editable)).toEqual({ kind: 'none' });
    expect(keyAction({ key: 'Shift' }, editable)).toEqual({ kind: 'none' });
  });

  it('opens the measure on Ctrl+Enter, and on Enter on a code or title that cannot be edited', () => {
    expect(keyAction({ key: 'Enter', ctrlKey: true }, editable)).toEqual({ kind: 'open' });
    expect(keyAction({ key: 'Enter' }, readOnlyTitle)).toEqual({ kind: 'open' });
    expect(keyAction({ key: 'F2' }, readOnlyTitle)).toEqual({ kind: 'none' });
    expect(keyAction({ key: '7' }, readOnlyTitle)).toEqual({ kind: 'none' });
  });

  it('sorts on Enter or Space in the header; does nothing on a group or total row', () => {
    const header = { ...editable, isHeader: true };
    expect(keyAction({ key: 'Enter' }, header)).toEqual({ kind: 'sort' });
    expect(keyAction({ key: ' ' }, header)).toEqual({ kind: 'sort' });
    expect(keyAction({ key: '3' }, header)).toEqual({ kind: 'none' });
    expect(keyAction({ key: 'Enter' }, { ...editable, isMeasure: false })).toEqual({ kind: 'none' });
  });

  it('expands or collapses a unit group on Enter or Space', () => {
    const group = { ...editable, isMeasure: false, isGroup: true };
    expect(keyAction({ key: 'Enter' }, group)).toEqual({ kind: 'toggle' });
    expect(keyAction({ key: ' ' }, group)).toEqual({ kind: 'toggle' });
    expect(keyAction({ key: 'a' }, group)).toEqual({ kind: 'none' });
  });
});

describe('Ctrl+Z', () => {
  const cell = { tagName: 'TD' };
  it('undoes outside text fields only', () => {
    expect(isUndoKey({ key: 'z', ctrlKey: true }, cell)).toBe(true);
    expect(isUndoKey({ key: 'Z', metaKey: true }, cell)).toBe(true);
    expect(isUndoKey({ key: 'z', ctrlKey: true }, { tagName: 'input' })).toBe(false);
    expect(isUndoKey({ key: 'z', ctrlKey: true }, { tagName: 'SELECT' })).toBe(false);
    expect(isUndoKey({ key: 'z', ctrlKey: true }, { tagName: 'DIV', isContentEditable: true })).toBe(false);
    expect(isUndoKey({ key: 'z' }, cell)).toBe(false);
    expect(isUndoKey({ key: 'z', ctrlKey: true, shiftKey: true }, cell)).toBe(false);
  });
});
