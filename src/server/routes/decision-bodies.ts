import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZError, ZId } from '../../shared/schemas/common';
import { ZDecisionBody, ZDecisionBodyInput, ZDecisionBodyPatch } from '../../shared/schemas/decision-body';
import type { AppContext } from '../context';
import { createDecisionBody } from '../use-cases/decision-bodies/create-decision-body';
import { listDecisionBodies } from '../use-cases/decision-bodies/list-decision-bodies';
import { updateDecisionBody } from '../use-cases/decision-bodies/update-decision-body';
import { inTenant } from './scope';

const tags = ['Beslut'];
const errors = { 400: ZError, 401: ZError, 403: ZError, 404: ZError, 409: ZError };

export function decisionBodyRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/decision-bodies',
      {
        schema: {
          tags,
          summary:
            'Organen som beslutar (fullmäktige, styrelse, nämnder, förvaltningsledning) och deras delegation',
          querystring: z.object({
            active: z
              .enum(['true', 'false'])
              .transform((value) => value === 'true')
              .optional(),
          }),
          response: { 200: z.array(ZDecisionBody), ...errors },
        },
      },
      (request) => inTenant(ctx, request, (trx, actor) => listDecisionBodies(trx, actor, request.query)),
    );

    app.post(
      '/api/decision-bodies',
      {
        schema: {
          tags,
          summary: 'Lägg till ett organ med den del av organisationen det beslutar för och sin beloppsgräns',
          body: ZDecisionBodyInput,
          response: { 201: ZDecisionBody, ...errors },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await inTenant(ctx, request, (trx, actor) => createDecisionBody(trx, actor, request.body))),
    );

    app.patch(
      '/api/decision-bodies/:id',
      {
        schema: {
          tags,
          summary: 'Ändra ett organ; active=false avvecklar det (409 om någon annan hunnit spara)',
          params: z.object({ id: ZId }),
          body: ZDecisionBodyPatch,
          response: { 200: ZDecisionBody, ...errors },
        },
      },
      (request) =>
        inTenant(ctx, request, (trx, actor) =>
          updateDecisionBody(trx, actor, request.params.id, request.body),
        ),
    );
  };
}
