import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unitPaths } from '../../../domain/org-tree';
import { ROUND_MEASURE_STATES, type TRoundMeasure } from '../../../shared/schemas/round';
import { roundMeasureState, summarizeRoundProgress } from './summarize-round-progress';

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** A random tree (each unit's parent comes before it) and random measures with states and owners. */
const world = fc.integer({ min: 1, max: 12 }).chain((size) =>
  fc.record({
    parents: fc.tuple(...Array.from({ length: size }, (_, i) => fc.integer({ min: -1, max: i - 1 }))),
    measures: fc.array(
      fc.record({
        unit: fc.integer({ min: 0, max: size - 1 }),
        state: fc.constantFrom(...ROUND_MEASURE_STATES),
        hasDraft: fc.boolean(),
        person: fc.constantFrom(0, 1, 2, null),
      }),
      { maxLength: 40 },
    ),
  }),
);

function build(
  parents: number[],
  rows: { unit: number; state: string; hasDraft: boolean; person: number | null }[],
) {
  // Unit 0 is the round's top; any other unit without a parent hangs below it.
  const units = parents.map((p, i) => ({
    id: uuid(i),
    parentId: i === 0 ? null : uuid(Math.max(p, 0)),
    name: `Enhet ${i}`,
  }));
  const measures = rows.map(
    (row, i): TRoundMeasure => ({
      measureId: uuid(100 + i),
      code: `M-${String(i).padStart(2, '0')}`,
      title: 'x',
      orgUnitId: uuid(row.unit),
      orgUnitPath: '',
      responsible: {
        userId: row.person === 0 ? uuid(999) : null,
        name: row.person === null ? null : `Chef ${row.person}`,
      },
      state: row.state as TRoundMeasure['state'],
      hasDraft: row.hasDraft && row.state !== 'reported',
      reportedByName: null,
      reportedAt: null,
    }),
  );
  return { units, measures };
}

describe('round progress', () => {
  it('submitted wins, a passed deadline makes a draft overdue', () => {
    expect(roundMeasureState({ isDraft: false }, true)).toBe('reported');
    expect(roundMeasureState({ isDraft: true }, true)).toBe('overdue');
    expect(roundMeasureState({ isDraft: true }, false)).toBe('draft');
    expect(roundMeasureState(undefined, false)).toBe('notReported');
  });

  it('rolls up exactly: a unit counts its own measures plus its children, people and totals agree', () => {
    fc.assert(
      fc.property(world, ({ parents, measures: rows }) => {
        const { units, measures } = build(parents, rows);
        const progress = summarizeRoundProgress(measures, units, unitPaths(units));
        const byUnit = new Map(progress.units.map((row) => [row.orgUnitId, row]));
        for (const row of progress.units) {
          const own = measures.filter((m) => m.orgUnitId === row.orgUnitId);
          const children = progress.units.filter((child) => child.parentId === row.orgUnitId);
          expect(row.due).toBe(own.length + children.reduce((sum, child) => sum + child.due, 0));
          expect(row.reported).toBe(
            own.filter((m) => m.state === 'reported').length +
              children.reduce((sum, child) => sum + child.reported, 0),
          );
        }
        const top = byUnit.get(uuid(0));
        if (top) {
          const { orgUnitId: _id, parentId: _parent, orgUnitPath: _path, ...counts } = top;
          expect(counts).toEqual(progress.totals);
        } else expect(measures).toHaveLength(0);
        expect(progress.totals.reported + progress.totals.notReported).toBe(measures.length);
        expect(progress.people.reduce((sum, p) => sum + p.overdue, 0)).toBe(progress.totals.overdue);
        const unreported = measures.filter((m) => m.state !== 'reported').map((m) => m.code);
        expect(progress.remind.flatMap((r) => r.measureCodes).sort()).toEqual(unreported.sort());
      }),
    );
  });
});
