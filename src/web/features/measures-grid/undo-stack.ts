import type { TMeasure, TMeasureInput } from '../../../shared/schemas/measure';
import type { EditableColumn } from './cell-edit';

/**
 * The grid's undo (issue 11) as pure functions: every saved change is remembered with the measure before and
 * after it; undoing saves the previous values again as a new version (a normal PATCH with the current
 * version), so the audit log shows both the change and its undoing.
 */
export interface UndoEntry {
  /** The measure as it was before the change was saved. */
  before: TMeasure;
  /** The measure as the server saved it. */
  saved: TMeasure;
  /** The fields the change set. */
  patch: Partial<TMeasureInput>;
  editColumn: EditableColumn;
  /** The cell the change was made in (for its saving state and error). */
  cellKey: string;
  /** Words for messages: "HS-12 Personal 2024", and the values before and after as the cell shows them. */
  label: string;
  column: string;
  beforeText: string;
  savedText: string;
}

export const UNDO_DEPTH = 50;

export function pushUndo(stack: readonly UndoEntry[], entry: UndoEntry): UndoEntry[] {
  return [...stack, entry].slice(-UNDO_DEPTH);
}

export function lastUndo(stack: readonly UndoEntry[]): UndoEntry | undefined {
  return stack[stack.length - 1];
}

export function withoutLast(stack: readonly UndoEntry[]): UndoEntry[] {
  return stack.slice(0, -1);
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

function fields(entry: UndoEntry): (keyof TMeasureInput & keyof TMeasure)[] {
  return Object.keys(entry.patch) as (keyof TMeasureInput & keyof TMeasure)[];
}

/** The change that restores the previous values of exactly the fields the change set. */
export function undoPatch(entry: UndoEntry): Partial<TMeasureInput> {
  const patch: Record<string, unknown> = {};
  for (const field of fields(entry)) patch[field] = entry.before[field];
  return patch as Partial<TMeasureInput>;
}

/**
 * Whether the change can still be undone: the measure's fields are still what this change saved. If someone
 * (or a later change) has changed them since, undoing would overwrite that silently, so it is refused.
 */
export function isStillCurrent(entry: UndoEntry, current: TMeasure | undefined): boolean {
  if (!current) return false;
  return fields(entry).every((field) => same(current[field], entry.saved[field]));
}

/** Drops the entries of a measure that are no longer current (they can never be undone). */
export function pruneStale(stack: readonly UndoEntry[], current: (id: string) => TMeasure | undefined) {
  return stack.filter((entry) => isStillCurrent(entry, current(entry.before.id)));
}
