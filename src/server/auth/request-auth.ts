import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../actor';
import type { AppContext } from '../context';
import { withSessionTenant } from '../db/tenant-scope';
import { AppError, forbidden } from '../errors';
import { actorOf, hashToken, isSameSecret, SESSION_HOURS } from './sessions';

export const SESSION_COOKIE = 'balans_session';
export const CSRF_HEADER = 'x-csrf-token';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const resolved = new WeakMap<FastifyRequest, Actor>();

/**
 * The logged-in actor of a request. State-changing requests must also carry the session's CSRF token in
 * the X-CSRF-Token header: a cross-site form can send the cookie but can never read the token. A user
 * without any role grant is refused (403) unless `options.withoutGrant` (logging out).
 */
export async function requireActor(
  ctx: AppContext,
  request: FastifyRequest,
  options: { withoutGrant?: boolean } = {},
): Promise<Actor> {
  const cached = resolved.get(request);
  if (cached) return options.withoutGrant ? cached : requireSomeGrant(cached);
  const actor = await withSessionTenant(
    ctx.db,
    hashToken(sessionToken(request)),
    notLoggedIn,
    async (_trx, session) => {
      checkCsrf(request, session.csrfToken);
      return actorOf(session);
    },
  );
  const known = rememberActor(request, actor);
  return options.withoutGrant ? known : requireSomeGrant(known);
}

/**
 * No grant, no data (issue 11): a user whose roles are all revoked may still hold a session, but every read
 * and write answers 403 — only GET /api/auth/session (so that the web can say why) and logging out remain.
 */
export function requireSomeGrant(actor: Actor): Actor {
  if (!actor.isSystem && actor.grants.length === 0) {
    throw forbidden(
      'Du har ingen behörighet i Balans: ingen roll på någon enhet. Be en administratör om behörighet.',
    );
  }
  return actor;
}

/** The session token of the request's cookie; UNAUTHENTICATED without one. */
export function sessionToken(request: FastifyRequest): string {
  const token = request.cookies[SESSION_COOKIE];
  if (!token) throw notLoggedIn();
  return token;
}

/** A state-changing request must carry the session's CSRF token (safe methods need not). */
export function checkCsrf(request: FastifyRequest, csrfToken: string): void {
  if (SAFE_METHODS.has(request.method)) return;
  const sent = request.headers[CSRF_HEADER];
  if (typeof sent !== 'string' || !isSameSecret(sent, csrfToken)) {
    throw new AppError(
      'CSRF',
      'Begäran saknar giltig CSRF-token (X-CSRF-Token); ladda om sidan och försök igen',
    );
  }
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

export function notLoggedIn(): AppError {
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
