import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import type { TMeasure, TMeasureInput, TMeasurePatch } from '../../../shared/schemas/measure';
import { updateMeasure } from '../../api/endpoints';
import { ConflictDialog, type MeasureConflict, measureConflictOf } from '../../components/conflict-dialog';
import { errorMessage } from '../../components/query-state';
import type { EditableColumn } from './cell-edit';
import { measuresKey } from './grid-queries';
import type { UndoEntry } from './undo-stack';

export interface SaveRequest {
  /** The measure as the user saw it when the change was made. */
  measure: TMeasure;
  patch: Partial<TMeasureInput>;
  /** The cell the change was made in, for its saving state and error. */
  cellKey: string;
  /** Words for messages: the column's name and the measure's code. */
  column: string;
  /** The column edited, and the change named for messages: "HS-12 Personal 2024". */
  editColumn: EditableColumn;
  label: string;
  /** The value before the change as the cell showed it: shown beside the cell until saved ("var 15 600"). */
  previousText?: string;
  /** Set when this save undoes an earlier change (it is then not itself undoable). */
  undoes?: UndoEntry;
}

interface OpenConflict {
  conflict: MeasureConflict;
  base: TMeasure;
  request: SaveRequest;
}

export type SaveEvent =
  | { kind: 'saved'; request: SaveRequest; saved: TMeasure }
  | { kind: 'failed'; request: SaveRequest; message: string }
  | { kind: 'kept'; request: SaveRequest };

/**
 * Saves grid edits: shown at once (optimistic), sent one at a time per measure with the version the user
 * started from, and never silently over someone else's newer version — a conflict opens the shared
 * conflict dialog where the user chooses.
 */
export function useMeasureSaver(planId: string, onEvent: (event: SaveEvent) => void) {
  const client = useQueryClient();
  // Edits are made in the present only (the grid is read-only as of a past instant).
  const key = measuresKey(planId, undefined);
  const queues = useRef(new Map<string, Promise<void>>());
  // Versions this browser saved itself, by the version they replaced: a queued change to the same measure
  // follows its own earlier saves, but never jumps over a version someone else saved.
  const ownSaves = useRef(new Map<string, Map<number, TMeasure>>());
  const pendingPatches = useRef(new Map<string, Partial<TMeasureInput>[]>());
  const savedIds = useRef(new Set<string>());
  const inFlight = useRef(0);
  // The cells being saved, each with the value it had before ("var 15 600" is shown until saved).
  const [saving, setSaving] = useState<ReadonlyMap<string, string | undefined>>(() => new Map());
  const [errors, setErrors] = useState<ReadonlyMap<string, string>>(() => new Map());
  const [conflicts, setConflicts] = useState<readonly OpenConflict[]>([]);

  const show = useCallback(
    (measure: TMeasure) => {
      const pending = pendingPatches.current.get(measure.id) ?? [];
      const shown = Object.assign({}, measure, ...pending) as TMeasure;
      client.setQueryData<TMeasure[]>(key, (list) => list?.map((m) => (m.id === measure.id ? shown : m)));
    },
    [client, key],
  );

  const setCellSaving = (cellKey: string, isSaving: boolean, previousText?: string) =>
    setSaving((current) => {
      const next = new Map(current);
      if (isSaving) next.set(cellKey, previousText);
      else next.delete(cellKey);
      return next;
    });

  const setCellError = useCallback((cellKey: string, message: string | undefined) => {
    setErrors((current) => {
      if (message === undefined && !current.has(cellKey)) return current;
      const next = new Map(current);
      if (message === undefined) next.delete(cellKey);
      else next.set(cellKey, message);
      return next;
    });
  }, []);

  const settle = () => {
    inFlight.current -= 1;
    if (inFlight.current > 0) return;
    void client.invalidateQueries({ queryKey: ['summary'] });
    void client.invalidateQueries({ queryKey: ['measures'] });
    for (const id of savedIds.current) void client.invalidateQueries({ queryKey: ['measure', id] });
    savedIds.current.clear();
  };

  const latestOwn = (measure: TMeasure): TMeasure => {
    const chain = ownSaves.current.get(measure.id);
    let current = measure;
    for (let next = chain?.get(current.version); next; next = chain?.get(current.version)) current = next;
    return current;
  };

  const save = (request: SaveRequest) => {
    const { measure, patch, cellKey } = request;
    const id = measure.id;
    const pending = pendingPatches.current.get(id) ?? [];
    pending.push(patch);
    pendingPatches.current.set(id, pending);
    const unpend = () => {
      const list = pendingPatches.current.get(id) ?? [];
      list.splice(list.indexOf(patch), 1);
    };
    show(measure);
    setCellSaving(cellKey, true, request.previousText);
    setCellError(cellKey, undefined);
    inFlight.current += 1;
    const run = async () => {
      const base = latestOwn(measure);
      try {
        const saved = await updateMeasure(id, { ...patch, version: base.version } as TMeasurePatch);
        const chain = ownSaves.current.get(id) ?? new Map<number, TMeasure>();
        chain.set(base.version, saved);
        ownSaves.current.set(id, chain);
        savedIds.current.add(id);
        unpend();
        show(saved);
        onEvent({ kind: 'saved', request, saved });
      } catch (error) {
        unpend();
        const conflict = measureConflictOf(error);
        if (conflict) {
          show(conflict.current);
          setConflicts((list) => [...list, { conflict, base, request }]);
        } else {
          show(base);
          const message = errorMessage(error);
          setCellError(cellKey, message);
          onEvent({ kind: 'failed', request, message });
        }
      } finally {
        setCellSaving(cellKey, false);
        settle();
      }
    };
    const queued = (queues.current.get(id) ?? Promise.resolve()).then(run);
    queues.current.set(id, queued);
  };

  const closeConflict = (open: OpenConflict) => setConflicts((list) => list.filter((c) => c !== open));

  const first = conflicts[0];
  const dialog = first ? (
    <ConflictDialog
      key={`${first.request.cellKey}-${first.conflict.current.version}`}
      conflict={first.conflict}
      base={first.base}
      mine={first.request.patch}
      onResolve={(patch) => {
        closeConflict(first);
        if (patch) {
          const { version: _version, ...fields } = patch;
          save({ ...first.request, measure: first.conflict.current, patch: fields });
        } else {
          onEvent({ kind: 'kept', request: first.request });
          void client.invalidateQueries({ queryKey: ['measures'] });
        }
      }}
      onCancel={() => {
        closeConflict(first);
        onEvent({ kind: 'kept', request: first.request });
      }}
    />
  ) : null;

  return { save, saving, errors, setCellError, dialog };
}
