import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_FEASIBILITY_WEIGHTS, type FeasibilityWeights } from '../follow-up/risk-weight';
import { type PlannedMeasure, plannedLevel } from '../planned-effect';
import { choosePlanLevels, type PlanEffects, riskWeightedPlanLevel } from './plan-level';
import type { ScenarioInput, ScenarioYearInput } from './scenario-input';

function measure(overrides: Partial<PlannedMeasure> & Pick<PlannedMeasure, 'effects'>): PlannedMeasure {
  return {
    id: 'm',
    orgUnitId: 'u',
    status: 'proposed',
    isTemporary: false,
    endMonth: null,
    category: null,
    group: null,
    savingsType: null,
    feasibility: 1,
    programmeIds: [],
    ...overrides,
  };
}

const FULL: FeasibilityWeights = { byFeasibility: { 1: 1000, 2: 1000, 3: 1000 }, missing: 1000 };

describe('riskWeightedPlanLevel', () => {
  it('weights each measure’s planned level by its feasibility, rounds it on its own, then adds', () => {
    const measures = [
      measure({ feasibility: 1, effects: [{ year: 2024, costType: 'personnel', amount: 10_000_001 }] }),
      measure({ feasibility: 2, effects: [{ year: 2024, costType: 'operating', amount: 5_000_000 }] }),
      measure({ feasibility: null, effects: [{ year: 2024, costType: 'operating', amount: 1_000_005 }] }),
      // cancelled: no level at all
      measure({
        status: 'cancelled',
        feasibility: 1,
        effects: [{ year: 2024, costType: 'operating', amount: 99_000_000 }],
      }),
    ];
    // 10 000 001 · 0.9 = 9 000 000.9 → 9 000 001; 5 000 000 · 0.6; 1 000 005 · 0.3 = 300 001.5 → 300 002
    expect(riskWeightedPlanLevel(measures, 'level', 2024, DEFAULT_FEASIBILITY_WEIGHTS)).toBe(
      9_000_001 + 3_000_000 + 300_002,
    );
    expect(riskWeightedPlanLevel(measures, 'level', 2025, DEFAULT_FEASIBILITY_WEIGHTS)).toBe(0);
  });

  it('weights the level, never the increment, in an increment plan', () => {
    const measures = [
      measure({
        feasibility: 2,
        effects: [
          { year: 2023, costType: 'operating', amount: 1_000_000 },
          { year: 2024, costType: 'operating', amount: 2_000_000 },
        ],
      }),
    ];
    expect(riskWeightedPlanLevel(measures, 'increment', 2024, DEFAULT_FEASIBILITY_WEIGHTS)).toBe(1_800_000);
  });

  it('equals the full planned level with every weight 1, and never exceeds it for positive levels', () => {
    const arbitraryMeasure = fc.record({
      feasibility: fc.constantFrom(1, 2, 3, null),
      amount: fc.integer({ min: 0, max: 1_000_000_000 }),
    });
    fc.assert(
      fc.property(fc.array(arbitraryMeasure, { maxLength: 30 }), (rows) => {
        const measures = rows.map((row) =>
          measure({
            feasibility: row.feasibility,
            effects: [{ year: 2024, costType: 'operating', amount: row.amount }],
          }),
        );
        const full = measures.reduce((sum, m) => sum + plannedLevel(m, 'level', 2024), 0);
        expect(riskWeightedPlanLevel(measures, 'level', 2024, FULL)).toBe(full);
        expect(
          riskWeightedPlanLevel(measures, 'level', 2024, DEFAULT_FEASIBILITY_WEIGHTS),
        ).toBeLessThanOrEqual(full);
      }),
    );
  });
});

const year = (planLevel: number): ScenarioYearInput => ({
  revenueGrowth: 0.03,
  wageGrowth: 0.03,
  priceGrowth: 0.02,
  personnelShare: 0.6,
  otherShare: 0.4,
  volume: 0,
  pensionChange: 0,
  otherChanges: 0,
  financialNet: 0,
  planLevel,
  realisationGains: 0,
  exemptItems: 0,
  reserveIn: 0,
  reserveOut: 0,
});

const INPUT: ScenarioInput = {
  baseYear: 2023,
  base: { revenue: 1_000_000_000, netCost: 1_000_000_000 },
  goalShare: 0.02,
  openingDeficits: [],
  years: { '2026': year(3), '2024': year(1), '2025': year(2) },
};

const EFFECTS = new Map<number, PlanEffects>([
  [2024, { full: 100, riskWeighted: 70, forecast: 90, forecastPeriod: '2024-12' }],
  [2025, { full: 200, riskWeighted: 140, forecast: null, forecastPeriod: null }],
]);

describe('choosePlanLevels', () => {
  it('takes the chosen figure of the linked plan, 0 outside the plan’s years, and says which per year', () => {
    const levels = (source: Parameters<typeof choosePlanLevels>[1]) => {
      const { input, chosen } = choosePlanLevels(INPUT, source, EFFECTS);
      expect(chosen.map((c) => c.planLevel)).toEqual(
        [2024, 2025, 2026].map((y) => input.years[String(y)]!.planLevel),
      );
      return chosen.map(({ source: from, planLevel, forecastPeriod }) => [from, planLevel, forecastPeriod]);
    };
    expect(levels('full')).toEqual([
      ['full', 100, null],
      ['full', 200, null],
      ['outsidePlan', 0, null],
    ]);
    expect(levels('riskWeighted')).toEqual([
      ['riskWeighted', 70, null],
      ['riskWeighted', 140, null],
      ['outsidePlan', 0, null],
    ]);
    // 2025 has no report: the planned level, said as such
    expect(levels('forecast')).toEqual([
      ['forecast', 90, '2024-12'],
      ['full', 200, null],
      ['outsidePlan', 0, null],
    ]);
    expect(levels('given')).toEqual([
      ['given', 1, null],
      ['given', 2, null],
      ['given', 3, null],
    ]);
  });

  it('keeps the given levels when no plan is linked, and never changes its argument', () => {
    const { chosen } = choosePlanLevels(INPUT, 'full', null);
    expect(chosen.map((c) => [c.source, c.planLevel])).toEqual([
      ['given', 1],
      ['given', 2],
      ['given', 3],
    ]);
    choosePlanLevels(INPUT, 'full', EFFECTS);
    expect(INPUT.years['2024']!.planLevel).toBe(1);
  });
});
