import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../actor';
import type { AppContext } from '../context';
import { withTenant } from '../db/tenant-scope';
import { AppError } from '../errors';
import { findLiveSession, isSameSecret, loadActor, SESSION_HOURS } from './sessions';

export const SESSION_COOKIE = 'balans_session';
export const CSRF_HEADER = 'x-csrf-token';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const resolved = new WeakMap<FastifyRequest, Actor>();

/**
 * The logged-in actor of a request. State-changing requests must also carry the session's CSRF token in
 * the X-CSRF-Token header: a cross-site form can send the cookie but can never read the token.
 */
export async function requireActor(ctx: AppContext, request: FastifyRequest): Promise<Actor> {
  const cached = resolved.get(request);
  if (cached) return cached;
  const session = await requireSession(ctx, request);
  const actor = await withTenant(ctx.db, session.tenantId, (trx) =>
    loadActor(trx, session.tenantId, session.userId),
  );
  return rememberActor(request, actor);
}

/**
 * The request's live session, its CSRF token checked for a state-changing request — without the actor, which
 * `inTenant` reads inside the request's own transaction (one transaction per request rather than two).
 */
export async function requireSession(
  ctx: AppContext,
  request: FastifyRequest,
): Promise<{ tenantId: string; userId: string }> {
  const token = request.cookies[SESSION_COOKIE];
  const session = token ? await findLiveSession(ctx.db, token) : undefined;
  if (!session) throw notLoggedIn();
  if (!SAFE_METHODS.has(request.method)) {
    const sent = request.headers[CSRF_HEADER];
    if (typeof sent !== 'string' || !isSameSecret(sent, session.csrfToken)) {
      throw new AppError(
        'CSRF',
        'Begäran saknar giltig CSRF-token (X-CSRF-Token); ladda om sidan och försök igen',
      );
    }
  }
  return session;
}

/** The actor already resolved for this request, if any. */
export function resolvedActor(request: FastifyRequest): Actor | undefined {
  return resolved.get(request);
}

/** Keeps the request's actor (undefined: the user was disabled since logging in — not logged in any more). */
export function rememberActor(request: FastifyRequest, actor: Actor | undefined): Actor {
  if (!actor) throw notLoggedIn();
  resolved.set(request, actor);
  return actor;
}

function notLoggedIn(): AppError {
  return new AppError('UNAUTHENTICATED', 'Du är inte inloggad, eller så har sessionen gått ut');
}

export function setSessionCookie(ctx: AppContext, reply: FastifyReply, token: string): void {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    secure: ctx.config.isProduction,
    path: '/',
    maxAge: SESSION_HOURS * 3600,
  });
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}
