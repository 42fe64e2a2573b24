import type { FastifyRequest } from 'fastify';
import type { Actor } from '../actor';
import { requireActor } from '../auth/request-auth';
import type { AppContext } from '../context';
import { type Tx, withTenant } from '../db/tenant-scope';

/** Authenticates the request, then runs `work` in one transaction confined to the actor's tenant. */
export async function inTenant<T>(
  ctx: AppContext,
  request: FastifyRequest,
  work: (trx: Tx, actor: Actor) => Promise<T>,
): Promise<T> {
  const actor = await requireActor(ctx, request);
  return withTenant(ctx.db, actor.tenantId, (trx) => work(trx, actor));
}
