import { describe, expect, it } from 'vitest';
import { validateScenarioInput } from '../../../domain/scenario/validate-scenario-input';
import { computeDraft, planEffectsByYear, planEffectsProbe } from './compute-draft';
import { draftFromScenario, setCell } from './scenario-draft';
import { DEMO_PLAN_EFFECTS, demoScenario } from './test-scenario';

const demo = () => draftFromScenario(demoScenario());

describe('recalculating the editor as one types', () => {
  it('gives the demo’s 2024 result 81 885 588 kr against the goal 275 544 000 kr with the plan’s full level', () => {
    const computation = computeDraft(demo(), 2023, DEMO_PLAN_EFFECTS);
    if (!computation.ok) throw new Error('expected a result');
    const [y2024] = computation.result.years;
    expect(y2024).toMatchObject({ result: 81_885_588, goal: 275_544_000, requiredPlan: 751_358_412 });
    expect(computation.chosen.map((c) => [c.year, c.source, c.planLevel])).toEqual([
      [2024, 'full', 557_700_000],
      [2025, 'full', 510_700_000],
      [2026, 'outsidePlan', 0],
      [2027, 'outsidePlan', 0],
    ]);
  });

  it('raises the required plan of 2024 by exactly 61 653 983 kr for one point more wage growth', () => {
    const before = computeDraft(demo(), 2023, DEMO_PLAN_EFFECTS);
    const after = computeDraft(setCell(demo(), 0, 'wageGrowth', '5').draft, 2023, DEMO_PLAN_EFFECTS);
    if (!before.ok || !after.ok) throw new Error('expected results');
    expect(after.result.years[0]?.requiredPlan).toBe(813_012_395);
    expect(after.result.years[0]!.requiredPlan - before.result.years[0]!.requiredPlan).toBe(61_653_983);
  });

  it('takes the risk-weighted or forecast level by the chosen source, and the typed level when given', () => {
    const risk = computeDraft({ ...demo(), planSource: 'riskWeighted' }, 2023, DEMO_PLAN_EFFECTS);
    const forecast = computeDraft({ ...demo(), planSource: 'forecast' }, 2023, DEMO_PLAN_EFFECTS);
    const given = computeDraft(
      setCell({ ...demo(), planSource: 'given' }, 0, 'planLevel', '100').draft,
      2023,
      DEMO_PLAN_EFFECTS,
    );
    if (!risk.ok || !forecast.ok || !given.ok) throw new Error('expected results');
    expect(risk.result.years[0]?.planLevel).toBe(480_000_000);
    expect(forecast.chosen.slice(0, 2).map((c) => c.source)).toEqual(['forecast', 'full']);
    expect(given.result.years[0]?.planLevel).toBe(100_000_000);
    expect(given.chosen[0]?.source).toBe('given');
  });

  it('computes nothing while a cell is wrong', () => {
    const computation = computeDraft(setCell(demo(), 0, 'wageGrowth', '4,x').draft, 2023, DEMO_PLAN_EFFECTS);
    expect(computation.ok).toBe(false);
  });

  it('keeps the plan’s figures only for the plan’s own years, and none without them', () => {
    const year = (y: number, effects: { full: number } | null) => ({
      year: y,
      planEffects: effects && { ...effects, riskWeighted: 0, forecast: null, forecastPeriod: null },
    });
    const years = [year(2024, { full: 5 }), year(2026, { full: 0 })] as Parameters<
      typeof planEffectsByYear
    >[0];
    expect([...(planEffectsByYear(years, { firstYear: 2023, lastYear: 2025 }) ?? []).keys()]).toEqual([2024]);
    expect(planEffectsByYear(years, undefined)).toBeNull();
    expect(
      planEffectsByYear([year(2024, null)] as typeof years, { firstYear: 2023, lastYear: 2025 }),
    ).toBeNull();
  });
});

describe('asking the server for the plan’s figures', () => {
  it('sends a valid scenario of just the years', () => {
    const probe = planEffectsProbe(2023, 4);
    expect(Object.keys(probe.years)).toEqual(['2024', '2025', '2026', '2027']);
    expect(validateScenarioInput(probe).ok).toBe(true);
  });
});
