import type { TScenario, TScenarioResult } from '../../../shared/schemas/scenario';
import type { Actor } from '../../actor';
import type { Tx } from '../../db/tenant-scope';
import { evaluateWithPlan } from './evaluate-with-plan';
import { getScenario } from './get-scenario';

/** The figures of a saved scenario per year, with the plan level taken from its source. */
export async function computeSavedScenario(trx: Tx, actor: Actor, id: string): Promise<TScenarioResult> {
  return computeScenarioResult(trx, actor, await getScenario(trx, actor, id));
}

export function computeScenarioResult(trx: Tx, actor: Actor, scenario: TScenario): Promise<TScenarioResult> {
  return evaluateWithPlan(trx, actor, scenario, {
    id: scenario.id,
    name: scenario.name,
    version: scenario.version,
  });
}
