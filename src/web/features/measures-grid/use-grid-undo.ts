import type { TFunction } from 'i18next';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { TMeasure } from '../../../shared/schemas/measure';
import type { EditContext } from './cell-edit';
import { shownValue } from './cell-values';
import { isUndoKey } from './grid-keys';
import { isStillCurrent, lastUndo, pushUndo, type UndoEntry, undoPatch, withoutLast } from './undo-stack';
import type { SaveEvent, SaveRequest } from './use-measure-saver';

/**
 * Undo for the grid (issue 11): remembers every saved change; "Ångra" or Ctrl+Z (outside a text field and a
 * dialog) saves the previous values again as a new version, and says so in Swedish.
 */
export function useGridUndo(options: {
  t: TFunction;
  measures: readonly TMeasure[];
  editContext: EditContext;
  save: (request: SaveRequest) => void;
  announce: (message: string) => void;
}) {
  const { t, editContext, announce } = options;
  const [stack, setStack] = useState<readonly UndoEntry[]>([]);
  const latest = useRef(options);
  latest.current = options;

  /** Records a saved change (not an undo) so that it can be undone. */
  const record = useCallback(
    (event: Extract<SaveEvent, { kind: 'saved' }>) => {
      const { request, saved } = event;
      if (request.undoes) return;
      const entry: UndoEntry = {
        before: request.measure,
        saved,
        patch: request.patch,
        editColumn: request.editColumn,
        cellKey: request.cellKey,
        label: request.label,
        column: request.column,
        beforeText: shownValue(request.editColumn, request.measure, editContext, t),
        savedText: shownValue(request.editColumn, saved, editContext, t),
      };
      setStack((current) => pushUndo(current, entry));
    },
    [editContext, t],
  );

  const undo = useCallback(() => {
    const entry = lastUndo(stack);
    if (!entry) {
      announce(t('undo.nothing'));
      return;
    }
    setStack(withoutLast(stack));
    const current = latest.current.measures.find((m) => m.id === entry.before.id);
    if (!current || !isStillCurrent(entry, current)) {
      announce(t('undo.changedSince', { label: entry.label }));
      return;
    }
    latest.current.save({
      measure: current,
      patch: undoPatch(entry),
      cellKey: entry.cellKey,
      column: entry.column,
      editColumn: entry.editColumn,
      label: entry.label,
      previousText: entry.savedText,
      undoes: entry,
    });
  }, [stack, announce, t]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isUndoKey(event, event.target as HTMLElement | null)) return;
      if (document.querySelector('[role="dialog"], [role="alertdialog"]')) return;
      event.preventDefault();
      undo();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [undo]);

  return { record, undo, last: lastUndo(stack) };
}
