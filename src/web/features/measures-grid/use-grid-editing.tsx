import type { TFunction } from 'i18next';
import { useState } from 'react';
import type { TMeasure, TMeasureInput } from '../../../shared/schemas/measure';
import type { ImplausibleChange } from '../../app/plausibility';
import { usePlausibilityLimit } from '../../app/plausibility';
import { PlausibilityDialog } from '../../components/plausibility-dialog';
import { type EditableColumn, type EditContext, editText, parseEdit } from './cell-edit';
import { CellEditor, type Move } from './cell-editor';
import { changeLabel, shownValue } from './cell-values';
import { editErrorText, editorOptions, optionForTyped } from './editor-options';
import type { ColumnDef, ColumnId } from './grid-columns';
import type { CellPosition } from './grid-navigation';
import { gridImplausible } from './grid-plausibility';
import { cellKey } from './grid-rows';
import type { SaveRequest } from './use-measure-saver';

export interface GridSaver {
  save: (request: SaveRequest) => void;
  saving: ReadonlyMap<string, string | undefined>;
  errors: ReadonlyMap<string, string>;
  setCellError: (cellKey: string, message: string | undefined) => void;
}

export interface Editing {
  measureId: string;
  column: EditableColumn;
  initialText: string;
  /** The value before editing, as the cell showed it ("var 15 600"). */
  previousText: string;
}

/** A change waiting for "Spara ändå" in the plausibility dialog. */
interface Pending {
  request: SaveRequest;
  text: string;
  move: Move;
  at: CellPosition;
  reason: 'key' | 'blur';
  changes: ImplausibleChange[];
}

const DELTA: Record<Move, [number, number]> = {
  down: [1, 0],
  up: [-1, 0],
  right: [0, 1],
  left: [0, -1],
  none: [0, 0],
};

/**
 * Editing a cell of the grid: starting (with the old value, caret at its end, or replaced by what was
 * typed), saving (after the plausibility question when an amount looks wrong) and cancelling.
 */
export function useGridEditing(options: {
  t: TFunction;
  editContext: EditContext;
  saver: GridSaver;
  groupOptions: readonly string[];
  columnLabel: (id: ColumnId) => string;
  position: CellPosition;
  moveTo: (next: CellPosition) => void;
}) {
  const { t, editContext, saver, columnLabel, position, moveTo } = options;
  const limit = usePlausibilityLimit();
  const [editing, setEditing] = useState<Editing | null>(null);
  const [editError, setEditError] = useState<string>();
  const [pending, setPending] = useState<Pending | null>(null);

  const optionsFor = (column: EditableColumn, measure: TMeasure) =>
    editorOptions(column, measure, options.groupOptions, t);

  const startEditing = (measure: TMeasure, column: EditableColumn, typed?: string) => {
    let initialText = editText(column, measure, editContext);
    if (typed !== undefined) {
      const choices = optionsFor(column, measure);
      initialText = choices ? (optionForTyped(choices, typed) ?? initialText) : typed;
    }
    saver.setCellError(cellKey(measure.id, column), undefined);
    setEditError(undefined);
    setEditing({
      measureId: measure.id,
      column,
      initialText,
      previousText: shownValue(column, measure, editContext, t),
    });
  };

  const moveAfter = (at: CellPosition, move: Move) =>
    moveTo({ row: at.row + DELTA[move][0], col: at.col + DELTA[move][1] });

  const commit = (
    measure: TMeasure,
    column: EditableColumn,
    text: string,
    move: Move,
    reason: 'key' | 'blur',
  ) => {
    const key = cellKey(measure.id, column);
    const result = parseEdit(column, text, measure, editContext);
    if (!result.ok) {
      const message = editErrorText(result.error, t);
      if (reason === 'key') {
        setEditError(message);
        return false;
      }
      saver.setCellError(key, message);
    } else if (result.patch) {
      const request = saveRequest(measure, column, result.patch);
      const changes = gridImplausible(column, measure, result.patch, editContext.year, limit, request.label);
      if (changes.length > 0) {
        setPending({ request, text, move, at: position, reason, changes });
        setEditing(null);
        setEditError(undefined);
        return true;
      }
      saver.save(request);
    }
    setEditing(null);
    setEditError(undefined);
    if (reason === 'key') moveAfter(position, move);
    return true;
  };

  const saveRequest = (
    measure: TMeasure,
    column: EditableColumn,
    patch: Partial<TMeasureInput>,
  ): SaveRequest => ({
    measure,
    patch,
    cellKey: cellKey(measure.id, column),
    column: columnLabel(column),
    editColumn: column,
    previousText: shownValue(column, measure, editContext, t),
    label: changeLabel(column, measure, patch, editContext.year, columnLabel(column), (costType) =>
      t(`enums:costType.${costType}`),
    ),
  });

  const renderEditor = (measure: TMeasure, column: ColumnDef, errorId: string) =>
    editing ? (
      <CellEditor
        label={t('edit.editorLabel', { column: columnLabel(column.id), code: measure.code })}
        initialText={editing.initialText}
        previousText={t('edit.was', { value: editing.previousText })}
        options={optionsFor(editing.column, measure)}
        isNumeric={column.isNumeric}
        error={editError}
        errorId={errorId}
        onInput={() => setEditError(undefined)}
        onCancel={() => {
          setEditing(null);
          setEditError(undefined);
          moveTo(position);
        }}
        onCommit={(text, move, reason) => commit(measure, editing.column, text, move, reason)}
      />
    ) : null;

  const dialog = pending ? (
    <PlausibilityDialog
      changes={pending.changes}
      limit={limit}
      onConfirm={() => {
        setPending(null);
        saver.save(pending.request);
        if (pending.reason === 'key') moveAfter(pending.at, pending.move);
      }}
      onCancel={() => {
        // Back to the cell in edit mode with the typed value: nothing was saved.
        const { request } = pending;
        setPending(null);
        moveTo(pending.at);
        setEditing({
          measureId: request.measure.id,
          column: request.editColumn,
          initialText: pending.text,
          previousText: shownValue(request.editColumn, request.measure, editContext, t),
        });
      }}
    />
  ) : null;

  return { editing, startEditing, renderEditor, dialog, isAsking: pending !== null };
}
