import type { TScenarioComparison } from '../../../shared/schemas/scenario';
import type { Actor } from '../../actor';
import type { Tx } from '../../db/tenant-scope';
import { computeSavedScenario } from './compute-scenario';

/** Two or more saved scenarios computed side by side, in the order asked for. */
export async function compareScenarios(
  trx: Tx,
  actor: Actor,
  ids: readonly string[],
): Promise<TScenarioComparison> {
  const scenarios: TScenarioComparison['scenarios'] = [];
  for (const id of ids) scenarios.push(await computeSavedScenario(trx, actor, id));
  return { scenarios };
}
