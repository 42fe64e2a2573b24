import type { TScenarioCompute, TScenarioResult } from '../../../shared/schemas/scenario';
import type { Actor } from '../../actor';
import type { Tx } from '../../db/tenant-scope';
import { checkPlanLink } from './check-scenario-fields';
import { evaluateWithPlan } from './evaluate-with-plan';

/** Computes assumptions being typed, without saving anything: what the screen recalculates on each change. */
export async function computeUnsavedScenario(
  trx: Tx,
  actor: Actor,
  scenario: TScenarioCompute,
): Promise<TScenarioResult> {
  await checkPlanLink(trx, scenario);
  return evaluateWithPlan(trx, actor, scenario, null);
}
