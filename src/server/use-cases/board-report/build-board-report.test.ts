import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CATEGORIES,
  COST_TYPES,
  type EffectConvention,
  MEASURE_STATUSES,
  REPORT_STATUSES,
  SAVINGS_TYPES,
} from '../../../shared/enums';
import type { TBoardReport, TReportFigures } from '../../../shared/schemas/board-report';
import { systemActor } from '../../actor';
import type { BalansDatabase } from '../../db/connect';
import { withTenant } from '../../db/tenant-scope';
import { findPlan } from '../../repositories/plan-repository';
import { createTestTenant } from '../../test/factories';
import { seedGeneratedPlan } from '../../test/seed-generated-plan';
import { openTestDatabase } from '../../test/test-db';
import { summarizePlan } from '../summarize-plan';
import { buildBoardReport } from './build-board-report';

const YEARS = [2024, 2025];
const PERIODS = ['2024-01', '2024-03', '2024-06', '2024-08', '2024-12', '2025-01', '2025-02'];

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
      programmes: fc.constant<string[]>([]),
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
          comment: fc.option(fc.constantFrom('Enligt plan', 'Försenad'), { nil: null }),
        }),
        { selector: (r) => r.period, maxLength: 4 },
      ),
    }),
    { maxLength: 10 },
  ),
  period: fc.constantFrom(...PERIODS),
  unit: fc.nat(),
  target: fc.option(amount, { nil: null }),
});

const FIELDS = ['planned', 'outcome', 'forecast', 'riskWeighted', 'stale'] as const;
const pick = (figures: Partial<TReportFigures>) =>
  Object.fromEntries(FIELDS.map((f) => [f, figures[f] ?? 0]));
const total = (rows: readonly object[], field: (typeof FIELDS)[number]) =>
  rows.reduce((sum, row) => sum + Number((row as Record<string, unknown>)[field] ?? 0), 0);

function expectSums(report: TBoardReport): void {
  for (const field of FIELDS) expect(total(report.units, field), field).toBe(report.figures[field]);
  for (const field of ['planned', 'outcome', 'forecast'] as const) {
    expect(total(report.measures, field), `measures ${field}`).toBe(report.figures[field]);
  }
  for (const m of report.measures) expect(m.deviation).toBe(m.forecast - m.planned);
  expect(report.staleMeasures.map((s) => s.code)).toEqual(
    report.measures.filter((m) => m.stale).map((m) => m.code),
  );
}

describe('the board report of generated plans', () => {
  it('has the figures and unit rows of the follow-up summary, and measures that add up to them (property)', async () => {
    await fc.assert(
      fc.asyncProperty(planArbitrary, async (generated) => {
        const tenant = await createTestTenant(database.db);
        const actor = systemActor(tenant.id, 'test');
        const seeded = await withTenant(database.db, tenant.id, async (trx) => {
          const seed = await seedGeneratedPlan(trx, tenant.id, generated, YEARS);
          for (const [index, m] of generated.measures.entries()) {
            for (const r of m.reports) {
              await trx
                .insertInto('measureReports')
                .values({
                  tenantId: tenant.id,
                  measureId: seed.measures[index]!.id,
                  reportedByName: 'Chef',
                  ...r,
                })
                .execute();
            }
          }
          if (generated.target !== null) {
            await trx
              .insertInto('planTargets')
              .values({
                tenantId: tenant.id,
                planId: seed.planId,
                orgUnitId: null,
                year: 2024,
                amount: generated.target,
              })
              .execute();
          }
          return seed;
        });
        const year = Number(generated.period.slice(0, 4));
        const unitId = seeded.unitIds[generated.unit % seeded.unitIds.length]!;
        await withTenant(database.db, tenant.id, async (trx) => {
          const plan = (await findPlan(trx, seeded.planId))!;
          const summary = await summarizePlan(trx, plan, { year, by: 'unit', period: generated.period });
          const whole = await buildBoardReport(trx, actor, plan.id, { period: generated.period });
          expect(whole.figures).toMatchObject({
            ...pick(summary.total),
            target: summary.total.target,
            deviation: summary.total.deviation,
            originalPlanned: summary.total.originalPlanned,
          });
          expectSums(whole);
          const unitSummary = await summarizePlan(trx, plan, {
            year,
            by: 'unit',
            orgUnitId: unitId,
            period: generated.period,
          });
          const part = await buildBoardReport(trx, actor, plan.id, { period: generated.period, unitId });
          expect(pick(part.figures)).toEqual(pick(unitSummary.total));
          expectSums(part);
          for (const [report, rows] of [
            [whole, summary.rows],
            [part, unitSummary.rows],
          ] as const) {
            for (const row of report.units) {
              // The unit's own measures: its row less its children's, held by the sums above.
              if (row.unitId === report.unit.id) continue;
              const summaryRow = rows.find((r) => r.unitId === row.unitId)!;
              expect(pick(row), row.path).toEqual(pick(summaryRow));
              expect(row.target).toBe(summaryRow.target);
            }
          }
        });
      }),
      // More cases: BOARD_REPORT_PROPERTY_RUNS=200.
      { numRuns: Number(process.env.BOARD_REPORT_PROPERTY_RUNS ?? 15) },
    );
  });
});
