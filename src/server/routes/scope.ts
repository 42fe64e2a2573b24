import type { FastifyRequest } from 'fastify';
import type { Actor } from '../actor';
import { rememberActor, requireSession, resolvedActor } from '../auth/request-auth';
import { loadActor } from '../auth/sessions';
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
  const known = resolvedActor(request);
  if (known) return withTenant(ctx.db, known.tenantId, (trx) => work(trx, known), options);
  const session = await requireSession(ctx, request);
  return withTenant(
    ctx.db,
    session.tenantId,
    async (trx) => work(trx, rememberActor(request, await loadActor(trx, session.tenantId, session.userId))),
    options,
  );
}
