import type { FastifyRequest } from 'fastify';
import type { Actor } from '../actor';
import { requireActor } from '../auth/request-auth';
import type { AppContext } from '../context';
import { type TenantScopeOptions, type Tx, withTenant } from '../db/tenant-scope';

/**
 * Authenticates the request, then runs `work` in one transaction confined to the actor's tenant — as of an
 * instant (read-only, the past as it was known) when `options.asOf` is given.
 */
export async function inTenant<T>(
  ctx: AppContext,
  request: FastifyRequest,
  work: (trx: Tx, actor: Actor) => Promise<T>,
  options: TenantScopeOptions = {},
): Promise<T> {
  const actor = await requireActor(ctx, request);
  return withTenant(ctx.db, actor.tenantId, (trx) => work(trx, actor), options);
}
