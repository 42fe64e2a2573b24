import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZError, ZSafeString } from '../../shared/schemas/common';
import { ZSession } from '../../shared/schemas/session';
import type { Actor } from '../actor';
import { clearSessionCookie, requireActor, SESSION_COOKIE, setSessionCookie } from '../auth/request-auth';
import { logIn, logOut, resolveSession } from '../auth/sessions';
import type { AppContext } from '../context';
import { withTenant } from '../db/tenant-scope';
import { findTenantName } from '../repositories/tenant-settings-repository';

async function presentSession(ctx: AppContext, actor: Actor, csrfToken: string) {
  const tenant = await withTenant(ctx.db, actor.tenantId, (trx) => findTenantName(trx));
  return { user: { id: actor.userId!, name: actor.name }, tenant, grants: [...actor.grants], csrfToken };
}

export function authRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/auth/login',
      {
        schema: {
          tags: ['Inloggning'],
          summary: 'Logga in (organisation, användarnamn, lösenord)',
          body: z.object({
            tenant: ZSafeString().min(1).max(63),
            username: ZSafeString().min(1).max(200),
            password: ZSafeString().min(1).max(1000),
          }),
          response: { 200: ZSession, 400: ZError, 401: ZError, 429: ZError },
        },
      },
      async (request, reply) => {
        const result = await logIn(ctx.db, request.body, {
          address: request.ip,
          now: ctx.clock?.() ?? new Date(),
          log: request.log,
        });
        setSessionCookie(ctx, reply, result.token);
        return presentSession(ctx, result.actor, result.csrfToken);
      },
    );

    app.post(
      '/api/auth/logout',
      { schema: { tags: ['Inloggning'], summary: 'Logga ut', response: { 204: z.null() } } },
      async (request, reply) => {
        await requireActor(ctx, request, { withoutGrant: true });
        const token = request.cookies[SESSION_COOKIE];
        if (token) await logOut(ctx.db, token);
        clearSessionCookie(reply);
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/api/auth/session',
      {
        schema: {
          tags: ['Inloggning'],
          summary: 'Den inloggade användaren',
          response: { 200: ZSession, 401: ZError },
        },
      },
      async (request, reply) => {
        const token = request.cookies[SESSION_COOKIE];
        const session = token ? await resolveSession(ctx.db, token) : undefined;
        if (!session) {
          return reply.status(401).send({
            error: { code: 'UNAUTHENTICATED', message: 'Du är inte inloggad', requestId: request.id },
          });
        }
        return presentSession(ctx, session.actor, session.csrfToken);
      },
    );
  };
}
