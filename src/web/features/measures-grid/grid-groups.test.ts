import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { subtreeIds } from '../../../domain/org-tree';
import { ownPlannedLevels, rollUpPlanned, totalOverRoots, UNIT_KEY } from '../../../domain/planned-summary';
import { COST_TYPES, EFFECT_CONVENTIONS, MEASURE_STATUSES } from '../../../shared/enums';
import { filterRows } from './grid-filters';
import { gridItems, groupByUnit } from './grid-groups';
import { buildRows, sumRows, toPlannedMeasure } from './grid-model';
import { testMeasure } from './test-measures';

const YEARS = [2023, 2024, 2025];

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

        const groups = groupByUnit(inUnit);
        expect(groups.reduce((sum, g) => sum + g.sums.planned, 0)).toBe(total.planned);
        expect(groups.reduce((sum, g) => sum + g.sums.investment, 0)).toBe(total.investment);
        expect(groups.reduce((sum, g) => sum + g.rows.length, 0)).toBe(inUnit.length);
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

  it('lists group headings before their measures', () => {
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
        testMeasure({ orgUnitId: units[1]!.id, code: 'X' }),
        testMeasure({ orgUnitId: units[0]!.id, code: 'Y' }),
        testMeasure({ orgUnitId: units[1]!.id, code: 'Z' }),
      ],
      units,
      'level',
      2024,
    );
    const items = gridItems(rows, 'unit');
    expect(
      items.map((item) => (item.kind === 'group' ? `# ${item.group.label}` : item.row.measure.code)),
    ).toEqual(['# Regionen', 'Y', '# Regionen / Å', 'X', 'Z']);
    expect(gridItems(rows, undefined)).toHaveLength(3);
  });
});
