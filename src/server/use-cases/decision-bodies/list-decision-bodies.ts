import type { TDecisionBody } from '../../../shared/schemas/decision-body';
import type { Actor } from '../../actor';
import type { Tx } from '../../db/tenant-scope';
import { listDecisionBodies as findBodies } from '../../repositories/decision-body-repository';
import { presentDecisionBodies } from './present-decision-body';

/** The bodies that decide: public like their minutes, so everyone logged in may list them. */
export async function listDecisionBodies(
  trx: Tx,
  _actor: Actor,
  query: { active?: boolean | undefined } = {},
): Promise<TDecisionBody[]> {
  const bodies = await findBodies(trx);
  return presentDecisionBodies(
    trx,
    query.active === undefined ? bodies : bodies.filter((body) => body.active === query.active),
  );
}
