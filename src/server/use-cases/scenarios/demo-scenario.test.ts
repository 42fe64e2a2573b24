import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PLAN_SOURCES } from '../../../domain/scenario/plan-level';
import { type Actor, systemActor } from '../../actor';
import type { BalansDatabase } from '../../db/connect';
import { withTenant } from '../../db/tenant-scope';
import { findPlanByName } from '../../repositories/plan-repository';
import { listScenarios } from '../../repositories/scenario-repository';
import { findTenantBySlug } from '../../repositories/tenant-repository';
import { saveTenantSettings } from '../../repositories/tenant-settings-repository';
import { openTestDatabase } from '../../test/test-db';
import { DEMO_PLAN, type DemoResult, loadDemo } from '../load-demo';
import { summarizePlan } from '../summarize-plan';
import { computeSavedScenario } from './compute-scenario';
import { computeUnsavedScenario } from './compute-unsaved-scenario';
import { getScenario } from './get-scenario';

let database: BalansDatabase;
let demo: DemoResult;
let actor: Actor;

beforeAll(async () => {
  database = await openTestDatabase();
  // A tenant of its own: the PostgreSQL run shares one database between test files.
  demo = await loadDemo(database.db, { tenant: `demo-scenario-${randomBytes(4).toString('hex')}` });
  const tenant = (await findTenantBySlug(database.db, demo.tenant))!;
  actor = systemActor(tenant.id, 'test');
});
afterAll(() => database.close());

const inTenant = <T>(work: Parameters<typeof withTenant<T>>[2]) =>
  withTenant(database.db, actor.tenantId, work);
const MNKR = 1_000_000;

describe('the demo scenario', () => {
  it('is saved once, linked to the demo plan with its full planned level and the source of its assumptions', async () => {
    expect(demo.scenario.name).toBe('Prognos 2024–2027 (exempel)');
    const again = await loadDemo(database.db, { tenant: demo.tenant });
    expect(again.scenario.id).toBe(demo.scenario.id);
    const scenario = await inTenant((trx) => getScenario(trx, actor, demo.scenario.id));
    expect(scenario).toMatchObject({
      planId: demo.plan.id,
      planSource: 'full',
      sourceDate: '2023-10-05',
      version: 1,
      createdBy: 'Controller Exempelregionen',
    });
    expect(scenario.sourceNote).toContain('SKR');
    expect(demo.plan.name).toBe(DEMO_PLAN);
    expect((await inTenant(listScenarios)).map((s) => s.name)).toEqual(['Prognos 2024–2027 (exempel)']);
  });

  it('starts from 2023 with Region Dalarna’s forecast result of −746,3 mnkr and shows result, goal, gap and required plan per year', async () => {
    const result = await inTenant((trx) => computeSavedScenario(trx, actor, demo.scenario.id));
    expect(result.base).toEqual({
      year: 2023,
      revenue: 12_900 * MNKR,
      netCost: 13_646_300_000,
      result: -746_300_000,
    });
    // 2024 by hand: R = 12 900 000 000 · 1.068 = 13 777 200 000; N⁰ = 13 646 300 000 · (1 + 0.45 · 0.04 +
    // 0.5 · 0.03) · 1.004 + 100 000 000 = 14 253 014 411.6; required = 0.02 · R − (R − N⁰) = 751 358 411.6
    expect(result.years.map((y) => [y.year, y.result, y.goal, y.gap, y.requiredPlan, y.planLevel])).toEqual([
      [2024, 81_885_588, 275_544_000, 193_658_412, 751_358_412, 557_700_000],
      [2025, 313_154_971, 285_463_584, -27_691_387, 483_008_613, 510_700_000],
      [2026, 4_850_516, 296_311_200, 291_460_684, 291_460_684, 0],
      [2027, 102_703_652, 307_274_715, 204_571_062, 204_571_062, 0],
    ]);
    expect(result.years[0]).toMatchObject({ revenue: 13_777_200_000, netCostBeforePlan: 14_253_014_412 });
    // The 2023 deficit is due by 2026; the surpluses restore it oldest first, but not all of it in time.
    expect(
      result.years.map((y) => [
        y.balanskravResult,
        y.deficitOutstanding,
        y.deficitOverdue,
        y.planLevelSource,
      ]),
    ).toEqual([
      [81_885_588, 664_414_412, false, 'full'],
      [313_154_971, 351_259_441, false, 'full'],
      [4_850_516, 346_408_924, true, 'outsidePlan'],
      [102_703_652, 243_705_272, true, 'outsidePlan'],
    ]);
    expect(result.ledger.deficits).toEqual([
      { year: 2023, amount: 746_300_000, deadline: 2026, remaining: 243_705_272, restoredInYear: null },
    ]);
  });

  it('changes the required plan by the documented amount when wage growth rises one percentage point', async () => {
    const scenario = await inTenant((trx) => getScenario(trx, actor, demo.scenario.id));
    const compute = (wageGrowth: number) =>
      inTenant((trx) =>
        computeUnsavedScenario(trx, actor, {
          planId: scenario.planId,
          planSource: scenario.planSource,
          input: {
            ...scenario.input,
            years: { ...scenario.input.years, '2024': { ...scenario.input.years['2024']!, wageGrowth } },
          },
        }),
      );
    const [base, higher] = [await compute(0.04), await compute(0.05)];
    // N⁰_2023 · personnelShare · 0.01 · (1 + volume) = 13 646 300 000 · 0.45 · 0.01 · 1.004 = 61 653 983.4
    expect(higher.years[0]!.requiredPlan - base.years[0]!.requiredPlan).toBe(61_653_983);
  });

  it('takes each year’s plan level from the demo plan by the chosen source', async () => {
    const scenario = await inTenant((trx) => getScenario(trx, actor, demo.scenario.id));
    const levels = async (planSource: (typeof PLAN_SOURCES)[number]) => {
      const result = await inTenant((trx) =>
        computeUnsavedScenario(trx, actor, { planId: demo.plan.id, planSource, input: scenario.input }),
      );
      return result.years.map((y) => [y.planLevelSource, y.planLevel, y.forecastPeriod]);
    };
    expect(await levels('full')).toEqual([
      ['full', 557_700_000, null],
      ['full', 510_700_000, null],
      ['outsidePlan', 0, null],
      ['outsidePlan', 0, null],
    ]);
    // the risk-weighted forecast (issue 11: one meaning everywhere): each measure's forecast weighted by its
    // feasibility (0.9 / 0.6 / 0.3 by default), then summed — in 2024 the follow-up's own figure as of
    // 2024-12; in 2025 nobody has reported, so each forecast is the planned level
    const followUp = await inTenant(async (trx) =>
      summarizePlan(trx, (await findPlanByName(trx, DEMO_PLAN))!, {
        year: 2024,
        by: 'unit',
        period: '2024-12',
      }),
    );
    expect(followUp.total.riskWeighted).toBe(213_990_900);
    expect(await levels('riskWeighted')).toEqual([
      ['riskWeighted', 213_990_900, null],
      ['riskWeighted', 315_300_000, null],
      ['outsidePlan', 0, null],
      ['outsidePlan', 0, null],
    ]);
    // the demo's reports of 2024 end in December; nobody has reported for 2025, so the planned level counts
    expect(await levels('forecast')).toEqual([
      ['forecast', 337_000_000, '2024-12'],
      ['full', 510_700_000, null],
      ['outsidePlan', 0, null],
      ['outsidePlan', 0, null],
    ]);
    expect((await levels('given')).map(([source, level]) => [source, level])).toEqual([
      ['given', 0],
      ['given', 0],
      ['given', 0],
      ['given', 0],
    ]);
  });

  it('weights with the tenant’s own feasibility weights', async () => {
    const scenario = await inTenant((trx) => getScenario(trx, actor, demo.scenario.id));
    await inTenant((trx) => saveTenantSettings(trx, { feasibilityWeights: { 1: 1, 2: 1, 3: 1 } }));
    const result = await inTenant((trx) =>
      computeUnsavedScenario(trx, actor, {
        planId: demo.plan.id,
        planSource: 'riskWeighted',
        input: scenario.input,
      }),
    );
    // weights of 1: the risk-weighted forecast is the forecast (2024: 337,0 as of 2024-12; 2025: the plan)
    expect(result.years.slice(0, 2).map((y) => y.planLevel)).toEqual([337_000_000, 510_700_000]);
  });
});
