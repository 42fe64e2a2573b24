import { canReadAll } from '../../../domain/access';
import { computeScenario } from '../../../domain/scenario/compute-scenario';
import { choosePlanLevels, type PlanEffects, type PlanSource } from '../../../domain/scenario/plan-level';
import { formatIssue, type ScenarioInput, scenarioYears } from '../../../domain/scenario/scenario-input';
import type { TScenarioResult } from '../../../shared/schemas/scenario';
import type { Actor } from '../../actor';
import type { Tx } from '../../db/tenant-scope';
import { AppError, forbidden } from '../../errors';
import { findPlan } from '../../repositories/plan-repository';
import { loadTree } from '../load-access';
import { loadPlanEffects } from './load-plan-effects';

export interface ScenarioToEvaluate {
  planId: string | null;
  planSource: PlanSource;
  input: ScenarioInput;
}

const OUTSIDE_PLAN: PlanEffects = { full: 0, riskWeighted: 0, forecast: null, forecastPeriod: null };

/**
 * Computes a scenario with the plan level of each year taken from its source (domain/scenario/plan-level.ts).
 * The linked plan's figures are those of the whole organisation, so they need access to all of it, as the
 * plan summary does: without it a scenario that counts on the plan is refused, and one with given levels is
 * computed without showing the plan's figures.
 */
export async function evaluateWithPlan(
  trx: Tx,
  actor: Actor,
  scenario: ScenarioToEvaluate,
  identity: TScenarioResult['scenario'],
): Promise<TScenarioResult> {
  const plan = scenario.planId === null ? undefined : await findPlan(trx, scenario.planId);
  let effects: Map<number, PlanEffects> | null = null;
  if (plan) {
    const { units } = await loadTree(trx);
    if (canReadAll(actor, units)) effects = await loadPlanEffects(trx, plan, scenarioYears(scenario.input));
    else if (scenario.planSource !== 'given') {
      throw forbidden(
        'Scenariot räknar med planens nivå för hela organisationen, och du har inte behörighet till hela organisationen',
      );
    }
  }
  const { input, chosen } = choosePlanLevels(scenario.input, scenario.planSource, effects);
  const computation = computeScenario(input);
  if (!computation.ok) {
    throw new AppError(
      'VALIDATION',
      `Scenariot kan inte beräknas: ${computation.issues.map(formatIssue).join('; ')}`,
      {
        details: computation.issues.map((issue) => ({ field: issue.path, message: issue.message })),
      },
    );
  }
  const choiceOf = new Map(chosen.map((choice) => [choice.year, choice]));
  const { base } = scenario.input;
  return {
    scenario: identity,
    plan: plan ? { id: plan.id, name: plan.name } : null,
    planSource: scenario.planSource,
    base: {
      year: scenario.input.baseYear,
      revenue: base.revenue,
      netCost: base.netCost,
      result: base.revenue - base.netCost,
    },
    goalShare: scenario.input.goalShare,
    years: computation.result.years.map((year) => ({
      ...year,
      planLevelSource: choiceOf.get(year.year)!.source,
      forecastPeriod: choiceOf.get(year.year)!.forecastPeriod,
      planEffects: effects ? (effects.get(year.year) ?? OUTSIDE_PLAN) : null,
    })),
    ledger: computation.result.ledger,
  };
}
