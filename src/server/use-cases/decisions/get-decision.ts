import type { TDecision } from '../../../shared/schemas/decision';
import type { Actor } from '../../actor';
import type { Tx } from '../../db/tenant-scope';
import { notFound } from '../../errors';
import { findDecision } from '../../repositories/decision-repository';

/** Decisions are minutes of public meetings: everyone logged in to the tenant may read them. */
export async function getDecision(trx: Tx, _actor: Actor, id: string): Promise<TDecision> {
  const decision = await findDecision(trx, id);
  if (!decision) throw notFound('Beslutet');
  return decision;
}
