import { describe, expect, it } from 'vitest';
import { ZMeasure } from '../../../shared/schemas/measure';
import { ApiError } from '../../api/client';
import { fieldChanges, measureConflictOf, resolvedPatch } from './conflict';

const base = ZMeasure.parse({
  id: '00000000-0000-4000-8000-000000000001',
  planId: '00000000-0000-4000-8000-000000000002',
  orgUnitId: '00000000-0000-4000-8000-000000000003',
  code: 'HS-01',
  title: 'Färre hyrläkare',
  version: 3,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  effects: [{ year: 2024, costType: 'personnel', amount: 1_000_000 }],
});

describe('measure conflicts', () => {
  const current = {
    ...base,
    version: 4,
    title: 'Färre hyrläkare i Kirurgi',
    comment: 'Ny kommentar',
    updatedAt: '2026-02-01T00:00:00Z',
  };

  it('reads the conflict from the server error', () => {
    const error = new ApiError(409, 'VERSION_CONFLICT', 'ändrad', [], {
      measure: current,
      changedBy: 'Anna Controller',
      changedAt: '2026-02-01T00:00:00Z',
    });
    expect(measureConflictOf(error)).toEqual({
      current,
      changedBy: 'Anna Controller',
      changedAt: '2026-02-01T00:00:00Z',
    });
    expect(measureConflictOf(new ApiError(400, 'VALIDATION', 'fel'))).toBeUndefined();
  });

  it('lists both sides and marks only true collisions', () => {
    const mine = { title: 'Färre hyrläkare (reviderad)', feasibility: 2 as const };
    const changes = fieldChanges(base, mine, current);
    const byField = Object.fromEntries(changes.map((c) => [c.field, c]));
    expect(byField.title?.isConflict).toBe(true);
    expect(byField.feasibility?.isConflict).toBe(false);
    expect(byField.comment).toMatchObject({ theirs: 'Ny kommentar', isConflict: false });
    expect('mine' in (byField.comment ?? {})).toBe(false);
  });

  it('saves the user choice on top of the current version, or nothing', () => {
    const mine = { title: 'Färre hyrläkare (reviderad)', feasibility: 2 as const };
    const changes = fieldChanges(base, mine, current);
    expect(resolvedPatch(changes, { title: 'mine' }, current)).toEqual({
      title: 'Färre hyrläkare (reviderad)',
      feasibility: 2,
      version: 4,
    });
    expect(resolvedPatch(changes, { title: 'theirs' }, current)).toEqual({ feasibility: 2, version: 4 });
    const onlyTitle = fieldChanges(base, { title: mine.title }, current);
    expect(resolvedPatch(onlyTitle, { title: 'theirs' }, current)).toBeNull();
  });
});
