import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { subtreeIds } from '../../../domain/org-tree';
import { ownPlannedLevels, rollUpPlanned, totalOverRoots, UNIT_KEY } from '../../../domain/planned-summary';
import { COST_TYPES, EFFECT_CONVENTIONS, MEASURE_STATUSES } from '../../../shared/enums';
import { filterRows } from './grid-filters';
import { allGroups, gridItems, unitTree } from './grid-groups';
import { buildRows, sumRows, toPlannedMeasure } from './grid-model';
import { testMeasure } from './test-measures';

const YEARS = [2023, 2024, 2025];
const amount = (kronor: number) => [{ year: 2024, costType: 'personnel' as const, amount: kronor }];

/** A random tree (each unit's parent is an earlier unit) and measures spread over it. */
const arbitraryPlan = fc
  .integer({ min: 1, max: 12 })
  .chain((unitCount) =>
    fc.record({
      parents: fc.tuple(...Array.from({ length: unitCount }, (_, i) => fc.integer({ min: -1, max: i - 1 }))),
      measures: fc.array(
        fc.record({
          unit: fc.nat(unitCount - 1),
          status: fc.constantFrom(...MEASURE_STATUSES),
          isTemporary: fc.boolean(),
          endYear: fc.option(fc.constantFrom(...YEARS), { nil: null }),
          investment: fc.option(fc.integer({ min: -1e9, max: 1e9 }), { nil: null }),
          effects: fc.uniqueArray(
            fc.record({
              year: fc.constantFrom(...YEARS),
              costType: fc.constantFrom(...COST_TYPES),
              amount: fc.integer({ min: -5e9, max: 5e9 }),
            }),
            { selector: (e) => `${e.year}|${e.costType}`, maxLength: 8 },
          ),
        }),
        { maxLength: 40 },
      ),
      convention: fc.constantFrom(...EFFECT_CONVENTIONS),
      year: fc.constantFrom(...YEARS),
      chosen: fc.nat(unitCount - 1),
    }),
  )
  .map((plan) => {
    const unitId = (i: number) => `00000000-0000-4000-a000-${String(i).padStart(12, '0')}`;
    const units = plan.parents.map((parent, i) => ({
      id: unitId(i),
      parentId: parent < 0 ? null : unitId(parent),
      name: `Enhet ${i}`,
    }));
    const measures = plan.measures.map((m) =>
      testMeasure({
        orgUnitId: unitId(m.unit),
        status: m.status,
        isTemporary: m.isTemporary,
        endMonth: m.endYear === null ? null : `${m.endYear}-06`,
        investment: m.investment,
        effects: m.effects,
      }),
    );
    return { ...plan, units, measures, chosenId: unitId(plan.chosen) };
  });

describe('grid sums', () => {
  it('the total of a unit filter equals the server roll-up of that subtree, and groups add up to it', () => {
    fc.assert(
      fc.property(arbitraryPlan, ({ units, measures, convention, year, chosenId }) => {
        const rows = buildRows(measures, units, convention, year);
        const rolled = rollUpPlanned(
          units,
          ownPlannedLevels(measures.map(toPlannedMeasure), convention, year, YEARS, 'unit'),
        );

        const inUnit = filterRows(rows, {}, subtreeIds(units, chosenId));
        const total = sumRows(inUnit);
        expect(total.planned).toBe(rolled.get(chosenId)?.get(UNIT_KEY) ?? 0);

        const wholeTotal = sumRows(rows);
        expect(wholeTotal.planned).toBe(totalOverRoots(units, rolled).get(UNIT_KEY) ?? 0);

        // Grouped by unit as a tree: every level's subtotal is the roll-up of its subtree (the overview's
        // figure), the top adds up to the total, and every measure is listed exactly once.
        for (const tree of [unitTree(inUnit, units, chosenId), unitTree(rows, units)]) {
          for (const group of allGroups(tree)) {
            expect(group.sums.planned).toBe(rolled.get(group.unitId)?.get(UNIT_KEY) ?? 0);
            const inside = subtreeIds(units, group.unitId);
            expect(group.count).toBe(rows.filter((r) => inside.has(r.measure.orgUnitId)).length);
          }
        }
        const tree = unitTree(inUnit, units, chosenId);
        expect(tree.length).toBe(inUnit.length > 0 ? 1 : 0);
        expect(tree.reduce((sum, g) => sum + g.sums.planned, 0)).toBe(total.planned);
        expect(tree.reduce((sum, g) => sum + g.sums.investment, 0)).toBe(total.investment);
        const listed = allGroups(tree).reduce((sum, g) => sum + g.rows.length, 0);
        expect(listed).toBe(inUnit.length);
        const whole = unitTree(rows, units);
        expect(whole.reduce((sum, g) => sum + g.sums.planned, 0)).toBe(wholeTotal.planned);
      }),
      { numRuns: 300 },
    );
  });

  it('counts a cancelled measure as zero', () => {
    const units = [{ id: '00000000-0000-4000-a000-000000000001', parentId: null, name: 'Regionen' }];
    const effects = [{ year: 2024, costType: 'personnel' as const, amount: 1_000_000 }];
    const rows = buildRows(
      [testMeasure({ effects }), testMeasure({ effects, status: 'cancelled' })],
      units,
      'level',
      2024,
    );
    expect(sumRows(rows).planned).toBe(1_000_000);
  });

  it('lists a unit heading, its own measures, then its sub-units; a collapsed unit keeps only its heading', () => {
    const units = [
      { id: '00000000-0000-4000-a000-000000000001', parentId: null, name: 'Regionen' },
      {
        id: '00000000-0000-4000-a000-000000000002',
        parentId: '00000000-0000-4000-a000-000000000001',
        name: 'Å',
      },
    ];
    const rows = buildRows(
      [
        testMeasure({ orgUnitId: units[1]!.id, code: 'X', effects: amount(100) }),
        testMeasure({ orgUnitId: units[0]!.id, code: 'Y', effects: amount(200) }),
        testMeasure({ orgUnitId: units[1]!.id, code: 'Z', effects: amount(300) }),
      ],
      units,
      'level',
      2024,
    );
    const shown = (collapsed: string[]) =>
      gridItems(rows, 'unit', { units, collapsed: new Set(collapsed) }).map((item) =>
        item.kind === 'group'
          ? `${item.group.depth}# ${item.group.path} ${item.group.sums.planned} (${item.group.count})`
          : `${item.depth} ${item.row.measure.code}`,
      );
    expect(shown([])).toEqual(['0# Regionen 600 (3)', '1 Y', '1# Regionen / Å 400 (2)', '2 X', '2 Z']);
    expect(shown([units[1]!.id])).toEqual(['0# Regionen 600 (3)', '1 Y', '1# Regionen / Å 400 (2)']);
    expect(shown([units[0]!.id])).toEqual(['0# Regionen 600 (3)']);
    const chosen = gridItems(rows, 'unit', { units, rootId: units[1]!.id, collapsed: new Set() });
    expect(chosen[0]).toMatchObject({ kind: 'group', group: { path: 'Regionen / Å', depth: 0 } });
    expect(gridItems(rows, undefined)).toHaveLength(3);
  });
});
