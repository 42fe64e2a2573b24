/** Generated plans with report histories for the follow-up property tests (test code only). */
import fc from 'fast-check';
import { CATEGORIES, COST_TYPES, MEASURE_STATUSES, REPORT_STATUSES, SAVINGS_TYPES } from '../../shared/enums';
import type { TreeUnit } from '../org-tree';
import type { PlannedMeasure } from '../planned-effect';
import { type Period, periodsBetween } from './period';
import type { MeasureReport } from './report';

export const PLAN_YEARS = [2023, 2024, 2025];
export const PERIODS: readonly Period[] = periodsBetween('2023-10', '2025-03');

export const periodArbitrary = fc.constantFrom(...PERIODS);
const amountArbitrary = fc.integer({ min: -1e9, max: 1e9 });

export const treeArbitrary = fc
  .array(fc.tuple(fc.nat(), fc.boolean()), { minLength: 1, maxLength: 15 })
  .map((parents): TreeUnit[] =>
    parents.map(([parent, isRoot], index) => ({
      id: `u${index}`,
      name: `Enhet ${index}`,
      parentId: index === 0 || (isRoot && index % 5 === 0) ? null : `u${parent % index}`,
    })),
  );

export function measureArbitrary(id: string, unitCount: number): fc.Arbitrary<PlannedMeasure> {
  return fc
    .record({
      unit: fc.nat({ max: unitCount - 1 }),
      status: fc.constantFrom(...MEASURE_STATUSES),
      isTemporary: fc.boolean(),
      endYear: fc.option(fc.constantFrom(...PLAN_YEARS), { nil: null }),
      category: fc.option(fc.constantFrom(...CATEGORIES), { nil: null }),
      group: fc.option(fc.constantFrom('utbud', 'intäkter'), { nil: null }),
      savingsType: fc.option(fc.constantFrom(...SAVINGS_TYPES), { nil: null }),
      feasibility: fc.option(fc.constantFrom(1, 2, 3), { nil: null }),
      programmeIds: fc.subarray(['p1', 'p2', 'p3']),
      effects: fc.uniqueArray(
        fc.record({
          year: fc.constantFrom(...PLAN_YEARS),
          costType: fc.constantFrom(...COST_TYPES),
          amount: amountArbitrary,
        }),
        { maxLength: 6, selector: (effect) => `${effect.year}|${effect.costType}` },
      ),
    })
    .map((m) => ({
      id,
      orgUnitId: `u${m.unit}`,
      status: m.status,
      isTemporary: m.isTemporary,
      endMonth: m.endYear === null ? null : `${m.endYear}-06`,
      category: m.category,
      group: m.group,
      savingsType: m.savingsType,
      feasibility: m.feasibility,
      programmeIds: m.programmeIds,
      effects: m.effects,
    }));
}

/** One measure's history: at most one report per period, in random order. */
export function reportsArbitrary(
  measureId: string,
  periods: fc.Arbitrary<Period> = periodArbitrary,
): fc.Arbitrary<MeasureReport[]> {
  return fc.uniqueArray(
    fc.record({
      measureId: fc.constant(measureId),
      period: periods,
      outcomeYtd: fc.option(amountArbitrary, { nil: null, freq: 4 }),
      forecastYear: fc.option(amountArbitrary, { nil: null, freq: 4 }),
      status: fc.constantFrom(...REPORT_STATUSES),
      comment: fc.constant(null),
    }),
    { maxLength: 6, selector: (report) => report.period },
  );
}

export interface GeneratedFollowUp {
  units: TreeUnit[];
  measures: PlannedMeasure[];
  reports: MeasureReport[];
  expectedPeriods: Map<string, Period | null>;
  year: number;
  asOf: Period;
}

export const followUpArbitrary: fc.Arbitrary<GeneratedFollowUp> = treeArbitrary.chain((units) =>
  fc.integer({ min: 0, max: 25 }).chain((measureCount) => {
    const ids = Array.from({ length: measureCount }, (_, index) => `m${index}`);
    return fc.record({
      units: fc.constant(units),
      measures: fc.tuple(...ids.map((id) => measureArbitrary(id, units.length))),
      reports: fc.tuple(...ids.map((id) => reportsArbitrary(id))).map((lists) => lists.flat()),
      expectedPeriods: fc
        .tuple(...ids.map(() => fc.option(periodArbitrary, { nil: null })))
        .map((periods) => new Map(ids.map((id, index) => [id, periods[index] ?? null]))),
      year: fc.constantFrom(2024, 2025),
      asOf: periodArbitrary,
    });
  }),
);
