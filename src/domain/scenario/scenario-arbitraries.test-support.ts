/** Generated scenarios for the property tests: valid JSON input as a user could write it. */
import fc from 'fast-check';
import type { ScenarioResult } from './compute-scenario';
import { evaluateScenario } from './evaluate-scenario';

export type RawYear = Record<string, number>;

export interface RawScenario {
  baseYear: number;
  base: { revenue: number; netCost: number };
  goalShare?: number;
  openingDeficits?: { year: number; amount: number }[];
  years: Record<string, RawYear>;
}

/** k/1000 for k in [min, max]: a rate as users write it (0.035), whose shortest decimal is exact. */
export const thousandths = (min: number, max: number) => fc.integer({ min, max }).map((k) => k / 1000);

const amounts = fc.record(
  {
    pensionChange: fc.integer({ min: -200_000_000, max: 200_000_000 }),
    otherChanges: fc.integer({ min: -500_000_000, max: 500_000_000 }),
    financialNet: fc.integer({ min: -300_000_000, max: 300_000_000 }),
    planLevel: fc.integer({ min: 0, max: 1_000_000_000 }),
    realisationGains: fc.integer({ min: 0, max: 100_000_000 }),
    exemptItems: fc.integer({ min: 0, max: 100_000_000 }),
    reserveIn: fc.integer({ min: 0, max: 200_000_000 }),
    reserveOut: fc.integer({ min: 0, max: 200_000_000 }),
  },
  { requiredKeys: [] },
);

export const rawYearArbitrary: fc.Arbitrary<RawYear> = fc
  .record({
    revenue: fc.oneof(
      thousandths(-100, 150).map((revenueGrowth) => ({ revenueGrowth })),
      fc.integer({ min: 1_000_000_000, max: 20_000_000_000 }).map((revenue) => ({ revenue })),
    ),
    wageGrowth: thousandths(-500, 500),
    priceGrowth: thousandths(-100, 150),
    volume: thousandths(-50, 50),
    personnelPercent: fc.integer({ min: 0, max: 100 }),
    otherPercent: fc.integer({ min: 0, max: 100 }),
    amounts,
  })
  .map(({ revenue, personnelPercent, otherPercent, amounts, ...rates }) => ({
    ...revenue,
    ...rates,
    personnelShare: personnelPercent / 100,
    otherShare: Math.min(otherPercent, 100 - personnelPercent) / 100,
    ...amounts,
  }));

export const rawScenarioArbitrary: fc.Arbitrary<RawScenario> = fc
  .record({
    baseYear: fc.integer({ min: 2000, max: 2090 }),
    revenue: fc.integer({ min: 1_000_000_000, max: 100_000_000_000 }),
    costPerMille: fc.integer({ min: 950, max: 1050 }),
    goalShare: fc.option(thousandths(0, 50), { nil: undefined }),
    deficits: fc.array(fc.tuple(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 1, max: 500_000_000 })), {
      maxLength: 3,
    }),
    years: fc.array(rawYearArbitrary, { minLength: 3, maxLength: 10 }),
  })
  .map(({ baseYear, revenue, costPerMille, goalShare, deficits, years }) => ({
    baseYear,
    base: { revenue, netCost: Math.round((revenue * costPerMille) / 1000) },
    ...(goalShare === undefined ? {} : { goalShare }),
    openingDeficits: [...new Map(deficits.map(([age, amount]) => [baseYear - age, amount]))].map(
      ([year, amount]) => ({ year, amount }),
    ),
    years: Object.fromEntries(years.map((year, index) => [String(baseYear + 1 + index), year])),
  }));

/** The result of a scenario that must be valid. */
export function evaluateValid(raw: unknown): ScenarioResult {
  const computation = evaluateScenario(raw);
  if (!computation.ok) throw new Error(`Unexpected issues: ${JSON.stringify(computation.issues)}`);
  return computation.result;
}
