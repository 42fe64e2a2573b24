import { describe, expect, it } from 'vitest';
import { testMeasure } from './test-measures';
import {
  isStillCurrent,
  lastUndo,
  pushUndo,
  UNDO_DEPTH,
  type UndoEntry,
  undoPatch,
  withoutLast,
} from './undo-stack';

function entry(before = testMeasure(), patch = { responsibleName: 'Ny Ansvarig' }): UndoEntry {
  const saved = { ...before, ...patch, version: before.version + 1 };
  return {
    before,
    saved,
    patch,
    editColumn: 'responsibleName',
    cellKey: `${before.id}:responsibleName`,
    label: `${before.code} Ansvarig`,
    column: 'Ansvarig',
    beforeText: before.responsibleName ?? '(ingen)',
    savedText: 'Ny Ansvarig',
  };
}

describe('the undo stack', () => {
  it('undoes the last change first and forgets the oldest beyond its depth', () => {
    const a = entry();
    const b = entry();
    let stack = pushUndo(pushUndo([], a), b);
    expect(lastUndo(stack)).toBe(b);
    stack = withoutLast(stack);
    expect(lastUndo(stack)).toBe(a);
    expect(lastUndo(withoutLast(stack))).toBeUndefined();
    let full: UndoEntry[] = [];
    for (let i = 0; i < UNDO_DEPTH + 5; i++) full = pushUndo(full, entry());
    expect(full).toHaveLength(UNDO_DEPTH);
  });

  it('restores exactly the fields the change set, from the measure before it', () => {
    const before = testMeasure({
      responsibleName: 'Anna',
      title: 'Behålls',
      effects: [{ year: 2024, costType: 'personnel', amount: 15_600_000 }],
    });
    expect(undoPatch(entry(before))).toEqual({ responsibleName: 'Anna' });
    const amount = entry(before, {
      effects: [{ year: 2024, costType: 'personnel', amount: 156_003_100_000 }],
    } as never);
    expect(undoPatch(amount)).toEqual({
      effects: [{ year: 2024, costType: 'personnel', amount: 15_600_000 }],
    });
  });

  it('refuses to undo a change that someone (or a later change) has overwritten since', () => {
    const e = entry(testMeasure({ responsibleName: 'Anna' }));
    expect(isStillCurrent(e, { ...e.saved, version: 9, title: 'annat fält' })).toBe(true);
    expect(isStillCurrent(e, { ...e.saved, responsibleName: 'Bertil' })).toBe(false);
    expect(isStillCurrent(e, undefined)).toBe(false);
  });
});
