import type { TScenario } from '../../../shared/schemas/scenario';
import type { Actor } from '../../actor';
import type { Tx } from '../../db/tenant-scope';
import { notFound } from '../../errors';
import { findScenario } from '../../repositories/scenario-repository';

/**
 * A scenario's assumptions are about the whole organisation and hold nothing of a single unit: everyone
 * logged in to the tenant may read them (the plan's figures in a result need more: evaluate-with-plan.ts).
 */
export async function getScenario(trx: Tx, _actor: Actor, id: string): Promise<TScenario> {
  const scenario = await findScenario(trx, id);
  if (!scenario) throw notFound('Scenariot');
  return scenario;
}
