import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../actor';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import { isSameSecret, resolveSession, SESSION_HOURS } from './sessions';

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
  const token = request.cookies[SESSION_COOKIE];
  const session = token ? await resolveSession(ctx.db, token) : undefined;
  if (!session) throw new AppError('UNAUTHENTICATED', 'Du är inte inloggad, eller så har sessionen gått ut');
  if (!SAFE_METHODS.has(request.method)) {
    const sent = request.headers[CSRF_HEADER];
    if (typeof sent !== 'string' || !isSameSecret(sent, session.csrfToken)) {
      throw new AppError(
        'CSRF',
        'Begäran saknar giltig CSRF-token (X-CSRF-Token); ladda om sidan och försök igen',
      );
    }
  }
  resolved.set(request, session.actor);
  return session.actor;
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
