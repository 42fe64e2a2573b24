import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZError, ZId } from '../../shared/schemas/common';
import {
  ZDecision,
  ZDecisionInput,
  ZDecisionPatch,
  ZDecisionQuery,
  ZMeasureWithoutDecision,
} from '../../shared/schemas/decision';
import type { AppContext } from '../context';
import { createDecision } from '../use-cases/decisions/create-decision';
import { deleteDecision } from '../use-cases/decisions/delete-decision';
import { getDecision } from '../use-cases/decisions/get-decision';
import { listAssignmentsPastDue } from '../use-cases/decisions/list-assignments-past-due';
import { listDecisions } from '../use-cases/decisions/list-decisions';
import { listMeasuresWithoutDecision } from '../use-cases/decisions/list-measures-without-decision';
import { updateDecision } from '../use-cases/decisions/update-decision';
import { inTenant } from './scope';

const tags = ['Beslut'];
const errors = { 400: ZError, 401: ZError, 403: ZError, 404: ZError, 409: ZError, 422: ZError };
const decisionParams = z.object({ id: ZId });

export function decisionRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/decisions',
      {
        schema: {
          tags,
          summary: 'Beslut, uppdrag och anteckningar till protokollet, senaste sammanträdet först',
          description:
            'Filter: planId, measureId, bodyId, kind, from och to (sammanträdesdag, inklusive), onlyNoted=true.',
          querystring: ZDecisionQuery,
          response: { 200: z.array(ZDecision), ...errors },
        },
      },
      (request) => inTenant(ctx, request, (trx, actor) => listDecisions(trx, actor, request.query)),
    );

    app.get(
      '/api/decisions/noted',
      {
        schema: {
          tags,
          summary: 'Ärenden som bara antecknades till protokollet (information), senaste sammanträdet först',
          querystring: ZDecisionQuery.omit({ kind: true, onlyNoted: true }),
          response: { 200: z.array(ZDecision), ...errors },
        },
      },
      (request) =>
        inTenant(ctx, request, (trx, actor) =>
          listDecisions(trx, actor, { ...request.query, onlyNoted: true }),
        ),
    );

    app.get(
      '/api/decisions/assignments-past-due',
      {
        schema: {
          tags,
          summary: 'Pågående uppdrag vars förfallodag har passerats (svensk tid)',
          querystring: z.object({ planId: ZId.optional() }),
          response: { 200: z.array(ZDecision), ...errors },
        },
      },
      (request) => inTenant(ctx, request, (trx, actor) => listAssignmentsPastDue(trx, actor, request.query)),
    );

    app.post(
      '/api/decisions',
      {
        schema: {
          tags,
          summary:
            'Registrera ett beslut med kopplade åtgärder; ett beslut med measureStatus flyttar åtgärderna till den statusen (422 om ett organ eller en användare inte får besluta någon av dem)',
          body: ZDecisionInput,
          response: { 201: ZDecision, ...errors },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await inTenant(ctx, request, (trx, actor) => createDecision(trx, actor, request.body))),
    );

    app.get(
      '/api/decisions/:id',
      {
        schema: {
          tags,
          summary: 'Hämta ett beslut',
          params: decisionParams,
          response: { 200: ZDecision, ...errors },
        },
      },
      (request) => inTenant(ctx, request, (trx, actor) => getDecision(trx, actor, request.params.id)),
    );

    app.patch(
      '/api/decisions/:id',
      {
        schema: {
          tags,
          summary: 'Ändra ett beslut (409 om någon annan hunnit spara en nyare version)',
          params: decisionParams,
          body: ZDecisionPatch,
          response: { 200: ZDecision, ...errors },
        },
      },
      (request) =>
        inTenant(ctx, request, (trx, actor) => updateDecision(trx, actor, request.params.id, request.body)),
    );

    app.delete(
      '/api/decisions/:id',
      {
        schema: {
          tags,
          summary: 'Ta bort ett beslut',
          params: decisionParams,
          querystring: z.object({ version: z.coerce.number().int().min(1) }),
          response: { 204: z.null(), ...errors },
        },
      },
      async (request, reply) => {
        await inTenant(ctx, request, (trx, actor) =>
          deleteDecision(trx, actor, request.params.id, request.query.version),
        );
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/api/plans/:planId/measures-without-decision',
      {
        schema: {
          tags,
          summary: 'Planens åtgärder som inget beslut (av typen beslut) gäller',
          params: z.object({ planId: ZId }),
          response: { 200: z.array(ZMeasureWithoutDecision), ...errors },
        },
      },
      (request) =>
        inTenant(ctx, request, (trx, actor) =>
          listMeasuresWithoutDecision(trx, actor, request.params.planId),
        ),
    );
  };
}
