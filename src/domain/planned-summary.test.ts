import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { incrementsFromLevels } from '../shared/effect-convention';
import { CATEGORIES, COST_TYPES, MEASURE_STATUSES, SAVINGS_TYPES } from '../shared/enums';
import { subtreeIds, type TreeUnit } from './org-tree';
import type { PlannedMeasure } from './planned-effect';
import { GROUPINGS, ownPlannedLevels, rollUpPlanned, totalOverRoots, UNIT_KEY } from './planned-summary';

const PLAN_YEARS = [2023, 2024, 2025, 2026];

const treeArbitrary = fc
  .array(fc.tuple(fc.nat(), fc.boolean()), { minLength: 1, maxLength: 25 })
  .map((parents): TreeUnit[] =>
    parents.map(([parent, isRoot], index) => ({
      id: `u${index}`,
      name: `Enhet ${index}`,
      parentId: index === 0 || (isRoot && index % 7 === 0) ? null : `u${parent % index}`,
    })),
  );

const measureArbitrary = (unitCount: number) =>
  fc.record({
    unit: fc.nat({ max: unitCount - 1 }),
    status: fc.constantFrom(...MEASURE_STATUSES),
    isTemporary: fc.boolean(),
    endYear: fc.option(fc.constantFrom(...PLAN_YEARS), { nil: null }),
    category: fc.option(fc.constantFrom(...CATEGORIES), { nil: null }),
    group: fc.option(fc.constantFrom('utbud', 'intäkter'), { nil: null }),
    savingsType: fc.option(fc.constantFrom(...SAVINGS_TYPES), { nil: null }),
    feasibility: fc.option(fc.constantFrom(1, 2, 3), { nil: null }),
    programmeIds: fc.subarray(['p1', 'p2', 'p3']),
    effects: fc.array(
      fc.record({
        year: fc.constantFrom(...PLAN_YEARS),
        costType: fc.constantFrom(...COST_TYPES),
        amount: fc.integer({ min: -1e10, max: 1e10 }),
      }),
      { maxLength: 8 },
    ),
  });

const planArbitrary = treeArbitrary.chain((units) =>
  fc.record({
    units: fc.constant(units),
    measures: fc.array(measureArbitrary(units.length), { maxLength: 40 }).map((raw) =>
      raw.map(
        (m, index): PlannedMeasure => ({
          id: `m${index}`,
          orgUnitId: `u${m.unit}`,
          status: m.status,
          isTemporary: m.isTemporary,
          endMonth: m.endYear === null ? null : `${m.endYear}-06`,
          category: m.category,
          group: m.group,
          savingsType: m.savingsType,
          feasibility: m.feasibility,
          programmeIds: m.programmeIds,
          // one amount per year and cost type, as the database keys them
          effects: [...new Map(m.effects.map((e) => [`${e.year}|${e.costType}`, e])).values()],
        }),
      ),
    ),
    year: fc.constantFrom(...PLAN_YEARS),
  }),
);

function sumOfKey(own: Map<string, Map<string, number>>, unitIds: Set<string>, key: string): number {
  let sum = 0;
  for (const unitId of unitIds) sum += own.get(unitId)?.get(key) ?? 0;
  return sum;
}

function asIncrements(measure: PlannedMeasure): PlannedMeasure {
  const effects = COST_TYPES.flatMap((costType) => {
    const levels = Object.fromEntries(
      measure.effects.filter((e) => e.costType === costType).map((e) => [e.year, e.amount]),
    );
    const increments = incrementsFromLevels(levels, PLAN_YEARS);
    return PLAN_YEARS.map((year) => ({ year, costType, amount: increments[year] ?? 0 }));
  });
  return { ...measure, effects };
}

describe('planned roll-ups', () => {
  it('give every node its own measures plus its children, for every grouping (property)', () => {
    fc.assert(
      fc.property(planArbitrary, ({ units, measures, year }) => {
        for (const by of GROUPINGS) {
          const own = ownPlannedLevels(measures, 'level', year, PLAN_YEARS, by);
          const rolled = rollUpPlanned(units, own);
          for (const unit of units) {
            const children = units.filter((child) => child.parentId === unit.id);
            const keys = new Set([...(rolled.get(unit.id)?.keys() ?? [])]);
            for (const key of keys) {
              const childSum = children.reduce(
                (sum, child) => sum + (rolled.get(child.id)?.get(key) ?? 0),
                0,
              );
              expect(rolled.get(unit.id)?.get(key) ?? 0).toBe((own.get(unit.id)?.get(key) ?? 0) + childSum);
              expect(rolled.get(unit.id)?.get(key) ?? 0).toBe(sumOfKey(own, subtreeIds(units, unit.id), key));
            }
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('split the unit figure exactly over every partitioning grouping (property)', () => {
    fc.assert(
      fc.property(planArbitrary, ({ units, measures, year }) => {
        const byUnit = rollUpPlanned(units, ownPlannedLevels(measures, 'level', year, PLAN_YEARS, 'unit'));
        for (const by of ['costType', 'category', 'group', 'savingsType', 'feasibility'] as const) {
          const split = rollUpPlanned(units, ownPlannedLevels(measures, 'level', year, PLAN_YEARS, by));
          for (const unit of units) {
            const parts = [...(split.get(unit.id)?.values() ?? [])].reduce((a, b) => a + b, 0);
            expect(parts).toBe(byUnit.get(unit.id)?.get(UNIT_KEY) ?? 0);
          }
        }
        const byYear = rollUpPlanned(units, ownPlannedLevels(measures, 'level', year, PLAN_YEARS, 'year'));
        for (const unit of units) {
          expect(byYear.get(unit.id)?.get(String(year)) ?? 0).toBe(byUnit.get(unit.id)?.get(UNIT_KEY) ?? 0);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('give the same levels whether the plan is stated as levels or as increments (property)', () => {
    fc.assert(
      fc.property(planArbitrary, ({ units, measures, year }) => {
        const incrementMeasures = measures.map(asIncrements);
        for (const by of GROUPINGS) {
          const asLevel = totalOverRoots(
            units,
            rollUpPlanned(units, ownPlannedLevels(measures, 'level', year, PLAN_YEARS, by)),
          );
          const asIncrement = totalOverRoots(
            units,
            rollUpPlanned(units, ownPlannedLevels(incrementMeasures, 'increment', year, PLAN_YEARS, by)),
          );
          expect(Object.fromEntries(asIncrement)).toEqual(Object.fromEntries(asLevel));
        }
      }),
      { numRuns: 150 },
    );
  });

  it('leaves out cancelled measures and temporary ones after they end', () => {
    const units: TreeUnit[] = [{ id: 'r', parentId: null, name: 'Region' }];
    const base = {
      orgUnitId: 'r',
      category: null,
      group: null,
      savingsType: null,
      feasibility: null,
      programmeIds: [],
      effects: [
        { year: 2024, costType: 'operating' as const, amount: 100 },
        { year: 2025, costType: 'operating' as const, amount: 100 },
      ],
    };
    const measures: PlannedMeasure[] = [
      { ...base, id: 'a', status: 'decided', isTemporary: true, endMonth: '2024-12' },
      { ...base, id: 'b', status: 'cancelled', isTemporary: false, endMonth: null },
      { ...base, id: 'c', status: 'proposed', isTemporary: false, endMonth: null },
    ];
    const level = (year: number) =>
      totalOverRoots(
        units,
        rollUpPlanned(units, ownPlannedLevels(measures, 'level', year, [2024, 2025], 'unit')),
      ).get(UNIT_KEY);
    expect(level(2024)).toBe(200);
    expect(level(2025)).toBe(100);
  });
});
