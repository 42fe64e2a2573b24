import type { Actor } from '../../actor';
import type { Tx } from '../../db/tenant-scope';
import type { ScenarioExport } from '../../io/scenario-export';
import { computeScenarioResult } from './compute-scenario';
import { getScenario } from './get-scenario';

/**
 * What the scenario's .xlsx and PDF are made from: the scenario and the very figures of
 * `GET /api/scenarios/:id/result`, under the same rules (a scenario counting on the plan needs access to the
 * whole organisation). The file is written after the transaction has ended.
 */
export async function loadScenarioExport(trx: Tx, actor: Actor, id: string): Promise<ScenarioExport> {
  const scenario = await getScenario(trx, actor, id);
  return { scenario, result: await computeScenarioResult(trx, actor, scenario) };
}
