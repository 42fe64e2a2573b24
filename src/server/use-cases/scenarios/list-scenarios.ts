import { compareSwedish } from '../../../shared/collation';
import type { TScenario } from '../../../shared/schemas/scenario';
import type { Actor } from '../../actor';
import type { Tx } from '../../db/tenant-scope';
import { listScenarios as findScenarios } from '../../repositories/scenario-repository';

/** Every scenario in Swedish alphabetical order; everyone logged in to the tenant may read them (get-scenario.ts). */
export async function listScenarios(trx: Tx, _actor: Actor): Promise<TScenario[]> {
  return (await findScenarios(trx)).sort((a, b) => compareSwedish(a.name, b.name));
}
