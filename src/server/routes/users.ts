import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ROLES } from '../../shared/enums';
import { ZError, ZId } from '../../shared/schemas/common';
import { ZUser, ZUserInput } from '../../shared/schemas/user';
import type { AppContext } from '../context';
import { createUser, grantRole, listUsersWithGrants, revokeRole } from '../use-cases/users/user-changes';
import { inTenant } from './scope';

const tags = ['Användare och roller'];
const errors = { 400: ZError, 401: ZError, 403: ZError, 404: ZError, 409: ZError };

export function userRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/users',
      {
        schema: { tags, summary: 'Användare och deras roller', response: { 200: z.array(ZUser), ...errors } },
      },
      (request) => inTenant(ctx, request, (trx) => listUsersWithGrants(trx)),
    );
    app.post(
      '/api/users',
      {
        schema: {
          tags,
          summary: 'Skapa en användare (administratör)',
          body: ZUserInput,
          response: { 201: ZUser, ...errors },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await inTenant(ctx, request, (trx, actor) => createUser(trx, actor, request.body))),
    );
    app.post(
      '/api/users/:userId/grants',
      {
        schema: {
          tags,
          summary: 'Ge en roll på en enhet och allt under den',
          params: z.object({ userId: ZId }),
          body: z.object({ role: z.enum(ROLES), orgUnitId: ZId }),
          response: { 200: ZUser, ...errors },
        },
      },
      (request) =>
        inTenant(ctx, request, (trx, actor) => grantRole(trx, actor, request.params.userId, request.body)),
    );
    app.delete(
      '/api/users/:userId/grants/:grantId',
      {
        schema: {
          tags,
          summary: 'Ta bort en roll',
          params: z.object({ userId: ZId, grantId: ZId }),
          response: { 200: ZUser, ...errors },
        },
      },
      (request) =>
        inTenant(ctx, request, (trx, actor) =>
          revokeRole(trx, actor, request.params.userId, request.params.grantId),
        ),
    );
  };
}
