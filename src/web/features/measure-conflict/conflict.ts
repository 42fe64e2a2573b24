import type { TMeasure, TMeasureInput, TMeasurePatch } from '../../../shared/schemas/measure';
import { ApiError } from '../../api/client';

/** The server's answer when someone saved the measure after the user opened it (HTTP 409 VERSION_CONFLICT). */
export interface MeasureConflict {
  current: TMeasure;
  changedBy: string | null;
  changedAt: string | null;
}

export type MeasureField = keyof TMeasureInput;

export function measureConflictOf(error: unknown): MeasureConflict | undefined {
  if (!(error instanceof ApiError) || error.code !== 'VERSION_CONFLICT') return undefined;
  const body = error.current as
    | { measure?: TMeasure; changedBy?: string | null; changedAt?: string | null }
    | undefined;
  if (!body?.measure) return undefined;
  return { current: body.measure, changedBy: body.changedBy ?? null, changedAt: body.changedAt ?? null };
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

export interface FieldChange {
  field: MeasureField;
  base: unknown;
  theirs: unknown;
  /** Present when the user changed the field. */
  mine?: unknown;
  /** Both changed it, to different values: the user must choose. */
  isConflict: boolean;
}

/** Every field that the user or the other person changed since `base`, and which of them collide. */
export function fieldChanges(base: TMeasure, mine: Partial<TMeasureInput>, current: TMeasure): FieldChange[] {
  const fields = new Set<MeasureField>(Object.keys(mine) as MeasureField[]);
  for (const key of Object.keys(current) as (keyof TMeasure)[]) {
    if (key in base && key !== 'version' && key !== 'updatedAt' && key !== 'createdAt' && key !== 'id') {
      if (key !== 'planId' && !same(base[key], current[key])) fields.add(key as MeasureField);
    }
  }
  return [...fields].map((field) => {
    const theirs = current[field];
    const hasMine = field in mine;
    const theyChanged = !same(base[field], theirs);
    return {
      field,
      base: base[field],
      theirs,
      ...(hasMine ? { mine: mine[field] } : {}),
      isConflict: hasMine && theyChanged && !same(mine[field], theirs),
    };
  });
}

export type Choice = 'mine' | 'theirs';

/**
 * What to save after the user chose per conflicting field: the user's own changes, except where he or she
 * chose the other person's value; null when nothing of the user's remains to save.
 */
export function resolvedPatch(
  changes: readonly FieldChange[],
  choices: Readonly<Partial<Record<MeasureField, Choice>>>,
  current: TMeasure,
): TMeasurePatch | null {
  const patch: Record<string, unknown> = {};
  for (const change of changes) {
    if (!('mine' in change)) continue;
    if (change.isConflict && choices[change.field] === 'theirs') continue;
    if (same(change.mine, change.theirs)) continue;
    patch[change.field] = change.mine;
  }
  if (Object.keys(patch).length === 0) return null;
  return { ...(patch as Partial<TMeasureInput>), version: current.version } as TMeasurePatch;
}
