import { isTypingKey } from './grid-navigation';

/**
 * The spreadsheet habits of the grid (issue 11) as a pure decision: what a key press on the active cell
 * (not while editing) does. Arrow keys and the like are `moveFocus`'s; this decides the rest.
 */
export interface KeyInput {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  shiftKey?: boolean;
}

export interface ActiveCell {
  /** The header row (sorts). */
  isHeader: boolean;
  /** A measure's row (not a group heading or the total). */
  isMeasure: boolean;
  /** A unit's group heading (Enter or Space expands or collapses it). */
  isGroup?: boolean;
  /** The user may edit this cell now. */
  isEditable: boolean;
  /** The code or title: Enter opens the measure when the cell cannot be edited. */
  opensMeasure: boolean;
}

export type KeyAction =
  | { kind: 'none' }
  | { kind: 'sort' }
  | { kind: 'open' }
  | { kind: 'toggle' }
  /** Edit the old value with the caret at its end (Enter, F2, double click). */
  | { kind: 'edit' }
  /** Edit with the old value replaced by `text` (typing a character; Backspace/Delete: empty). */
  | { kind: 'replace'; text: string };

const NONE: KeyAction = { kind: 'none' };

export function keyAction(event: KeyInput, cell: ActiveCell): KeyAction {
  const ctrl = Boolean(event.ctrlKey || event.metaKey);
  if (cell.isHeader) return event.key === 'Enter' || event.key === ' ' ? { kind: 'sort' } : NONE;
  if (cell.isGroup) return event.key === 'Enter' || event.key === ' ' ? { kind: 'toggle' } : NONE;
  if (!cell.isMeasure) return NONE;
  if (event.key === 'Enter' && ctrl) return { kind: 'open' };
  if (event.key === 'Enter' || event.key === 'F2') {
    if (cell.isEditable) return { kind: 'edit' };
    return event.key === 'Enter' && cell.opensMeasure ? { kind: 'open' } : NONE;
  }
  if (!cell.isEditable) return NONE;
  if (event.key === 'Backspace' || event.key === 'Delete') return { kind: 'replace', text: '' };
  if (isTypingKey(event)) return { kind: 'replace', text: event.key };
  return NONE;
}

/** Ctrl+Z (⌘Z): undo the last saved change — only when no text field has focus (it undoes its own typing). */
export function isUndoKey(event: KeyInput, target: { tagName?: string; isContentEditable?: boolean } | null) {
  if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return false;
  if (event.key.toLowerCase() !== 'z') return false;
  const tag = target?.tagName?.toUpperCase();
  return !(tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || target?.isContentEditable);
}
