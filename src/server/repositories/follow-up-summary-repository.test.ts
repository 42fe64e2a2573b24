import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FiguresByUnitAndKey, rollUpFigures } from '../../domain/follow-up/follow-up-figures';
import { summarizeFollowUp } from '../../domain/follow-up/follow-up-summary';
import type { MeasureReport } from '../../domain/follow-up/report';
import {
  CATEGORIES,
  COST_TYPES,
  type EffectConvention,
  MEASURE_STATUSES,
  REPORT_STATUSES,
  SAVINGS_TYPES,
} from '../../shared/enums';
import type { BalansDatabase } from '../db/connect';
import { withTenant } from '../db/tenant-scope';
import { createTestTenant } from '../test/factories';
import { seedGeneratedPlan } from '../test/seed-generated-plan';
import { openTestDatabase } from '../test/test-db';
import { expectedPeriodByUnit, expectedPeriods } from '../use-cases/follow-up/expected-periods';
import {
  type AttributeGrouping,
  findLatestReportedPeriod,
  sumOwnFollowUpFigures,
} from './follow-up-summary-repository';
import { listOrgUnits } from './org-unit-repository';

const YEARS = [2024, 2025];
const PERIODS = ['2023-11', '2024-01', '2024-03', '2024-06', '2024-08', '2024-12', '2025-01', '2025-02'];
const GROUPINGS: AttributeGrouping[] = [
  'unit',
  'category',
  'group',
  'savingsType',
  'feasibility',
  'programme',
];

let database: BalansDatabase;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

const amount = fc.integer({ min: -2e9, max: 2e9 });
const planArbitrary = fc.record({
  convention: fc.constantFrom<EffectConvention>('level', 'increment'),
  parents: fc.array(fc.nat(), { minLength: 1, maxLength: 6 }),
  measures: fc.array(
    fc.record({
      unit: fc.nat(),
      status: fc.constantFrom(...MEASURE_STATUSES),
      isTemporary: fc.boolean(),
      endYear: fc.option(fc.constantFrom(...YEARS), { nil: null }),
      category: fc.option(fc.constantFrom(...CATEGORIES), { nil: null }),
      group: fc.option(fc.constantFrom('utbud', 'intäkter'), { nil: null }),
      savingsType: fc.option(fc.constantFrom(...SAVINGS_TYPES), { nil: null }),
      feasibility: fc.option(fc.constantFrom<1 | 2 | 3>(1, 2, 3), { nil: null }),
      programmes: fc.subarray(['Digitalisering', 'Färdplan 2030']),
      effects: fc.uniqueArray(
        fc.record({ year: fc.constantFrom(...YEARS), costType: fc.constantFrom(...COST_TYPES), amount }),
        { selector: (e) => `${e.year}|${e.costType}`, maxLength: 4 },
      ),
      reports: fc.uniqueArray(
        fc.record({
          period: fc.constantFrom(...PERIODS),
          isDraft: fc.boolean(),
          status: fc.constantFrom(...REPORT_STATUSES),
          forecastYear: fc.option(amount, { nil: null }),
          outcomeYtd: fc.option(amount, { nil: null }),
        }),
        { selector: (r) => r.period, maxLength: 5 },
      ),
    }),
    { maxLength: 12 },
  ),
  rounds: fc.array(fc.record({ unit: fc.nat(), period: fc.constantFrom(...PERIODS) }), { maxLength: 3 }),
  year: fc.constantFrom(...YEARS),
  asOf: fc.constantFrom(...PERIODS, '2025-06'),
  weights: fc.tuple(fc.nat(1000), fc.nat(1000), fc.nat(1000), fc.nat(1000)),
});

/** The pure side keeps a key whose measures all count zero (e.g. cancelled ones); SQL leaves it out. */
function comparable(figures: FiguresByUnitAndKey) {
  return Object.fromEntries(
    [...figures]
      .map(
        ([unit, byKey]) =>
          [
            unit,
            Object.fromEntries(
              [...byKey].filter(
                ([, f]) =>
                  f.staleCount !== 0 ||
                  [f.planned, f.forecast, f.outcome, f.stale, f.riskWeighted, f.forecastFeasible12].some(
                    (a) => a !== 0,
                  ),
              ),
            ),
          ] as const,
      )
      .filter(([, byKey]) => Object.keys(byKey).length > 0),
  );
}

describe('the SQL half of the follow-up figures', () => {
  it('equals the pure definition in src/domain for every attribute grouping, now and as of an instant (property)', async () => {
    await fc.assert(
      fc.asyncProperty(planArbitrary, async (generated) => {
        const tenant = await createTestTenant(database.db);
        const seeded = await withTenant(database.db, tenant.id, async (trx) => {
          const { planId, unitIds, measures } = await seedGeneratedPlan(trx, tenant.id, generated, YEARS);
          const reports: MeasureReport[] = [];
          for (const [index, m] of generated.measures.entries()) {
            for (const r of m.reports) {
              await trx
                .insertInto('measureReports')
                .values({ tenantId: tenant.id, measureId: measures[index]!.id, reportedByName: 'Chef', ...r })
                .execute();
              if (!r.isDraft) reports.push({ measureId: measures[index]!.id, comment: null, ...r });
            }
          }
          return { planId, units: await listOrgUnits(trx), unitIds, measures, reports };
        });
        const { units, measures, reports } = seeded;
        const rounds = generated.rounds
          .map((r) => ({ orgUnitId: seeded.unitIds[r.unit % seeded.unitIds.length]!, period: r.period }))
          .filter((r) => r.period <= generated.asOf);
        const [w1, w2, w3, missing] = generated.weights;
        const weights = { byFeasibility: { 1: w1, 2: w2, 3: w3 }, missing };
        const upTo = reports.filter((r) => r.period <= generated.asOf);
        const instant = new Date(Date.now() + 1000).toISOString();

        for (const asOf of [undefined, instant]) {
          await withTenant(
            database.db,
            tenant.id,
            async (trx) => {
              const latest = await findLatestReportedPeriod(trx, seeded.planId, generated.asOf);
              expect(latest).toBe(
                upTo.reduce<string | null>((max, r) => (max && max > r.period ? max : r.period), null),
              );
              for (const by of GROUPINGS) {
                const own = await sumOwnFollowUpFigures(trx, {
                  planId: seeded.planId,
                  convention: generated.convention,
                  year: generated.year,
                  asOf: generated.asOf,
                  by,
                  expected:
                    rounds.length === 0
                      ? 'latestReported'
                      : { byUnit: expectedPeriodByUnit(units, rounds, latest) },
                  weights,
                });
                const expected = summarizeFollowUp({
                  units,
                  measures,
                  reports,
                  expectedPeriods: expectedPeriods(units, measures, rounds, upTo),
                  convention: generated.convention,
                  year: generated.year,
                  planYears: YEARS,
                  asOf: generated.asOf,
                  by,
                  weights,
                });
                expect(comparable(rollUpFigures(units, own)), `${by} as of ${asOf ?? 'now'}`).toEqual(
                  comparable(expected.byUnit),
                );
              }
            },
            { asOf },
          );
        }
      }),
      // More cases: FOLLOW_UP_PROPERTY_RUNS=300 (e.g. after changing the statement).
      { numRuns: Number(process.env.FOLLOW_UP_PROPERTY_RUNS ?? 30) },
    );
  });
});
