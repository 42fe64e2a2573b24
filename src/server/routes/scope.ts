import type { FastifyRequest } from 'fastify';
import type { Actor } from '../actor';
import {
  checkCsrf,
  notLoggedIn,
  rememberActor,
  requireSomeGrant,
  resolvedActor,
  sessionToken,
} from '../auth/request-auth';
import { actorOf, hashToken } from '../auth/sessions';
import type { AppContext } from '../context';
import { type TenantScopeOptions, type Tx, withSessionTenant, withTenant } from '../db/tenant-scope';

/**
 * Authenticates the request, then runs `work` in one transaction confined to the actor's tenant — as of an
 * instant (read-only, the past as it was known) when `options.asOf` is given. One statement finds the
 * session, confines the transaction and reads the actor: a request pays one round trip before its own work.
 */
export async function inTenant<T>(
  ctx: AppContext,
  request: FastifyRequest,
  work: (trx: Tx, actor: Actor) => Promise<T>,
  options: TenantScopeOptions = {},
): Promise<T> {
  const known = resolvedActor(request);
  if (known) {
    requireSomeGrant(known);
    return withTenant(ctx.db, known.tenantId, (trx) => work(trx, known), options);
  }
  return withSessionTenant(
    ctx.db,
    hashToken(sessionToken(request)),
    notLoggedIn,
    (trx, session) => {
      checkCsrf(request, session.csrfToken);
      return work(trx, requireSomeGrant(rememberActor(request, actorOf(session))));
    },
    options,
  );
}
