import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZError, ZId } from '../../shared/schemas/common';
import {
  ROUND_STATUSES,
  ZRound,
  ZRoundClose,
  ZRoundInput,
  ZRoundReopen,
  ZRoundView,
} from '../../shared/schemas/round';
import type { AppContext } from '../context';
import { closeRound } from '../use-cases/rounds/close-round';
import { getRoundView } from '../use-cases/rounds/get-round-view';
import { listRounds } from '../use-cases/rounds/list-rounds';
import { openRound } from '../use-cases/rounds/open-round';
import { reopenRound } from '../use-cases/rounds/reopen-round';
import { inTenant } from './scope';

const tags = ['Rapporteringsomgångar'];
const errors = { 400: ZError, 401: ZError, 403: ZError, 404: ZError, 409: ZError };
const roundParams = z.object({ id: ZId });

export function roundRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/plans/:planId/rounds',
      {
        schema: {
          tags,
          summary: 'Planens rapporteringsomgångar som du kan se, senaste perioden först',
          params: z.object({ planId: ZId }),
          querystring: z.object({ status: z.enum(ROUND_STATUSES).optional() }),
          response: { 200: z.array(ZRound), ...errors },
        },
      },
      (request) =>
        inTenant(ctx, request, (trx, actor) =>
          listRounds(trx, actor, request.params.planId, request.query.status),
        ),
    );

    app.post(
      '/api/plans/:planId/rounds',
      {
        schema: {
          tags,
          summary: 'Öppna en rapporteringsomgång för en månad och en enhet med underenheter',
          params: z.object({ planId: ZId }),
          body: ZRoundInput,
          response: { 201: ZRound, ...errors },
        },
      },
      async (request, reply) => {
        const round = await inTenant(ctx, request, (trx, actor) =>
          openRound(trx, actor, request.params.planId, request.body),
        );
        return reply.status(201).send(round);
      },
    );

    app.get(
      '/api/rounds/:id',
      {
        schema: {
          tags,
          summary:
            'Omgångens läge: rapporterat, utkast, ej rapporterat och försenat per åtgärd, enhet och person',
          params: roundParams,
          response: { 200: ZRoundView, ...errors },
        },
      },
      (request) => inTenant(ctx, request, (trx, actor) => getRoundView(trx, actor, request.params.id)),
    );

    app.post(
      '/api/rounds/:id/close',
      {
        schema: {
          tags,
          summary: 'Stäng omgången: periodens rapporter låses (409 om utkast återstår)',
          params: roundParams,
          body: ZRoundClose,
          response: { 200: ZRound, ...errors },
        },
      },
      (request) =>
        inTenant(ctx, request, (trx, actor) =>
          closeRound(trx, actor, request.params.id, request.body.version),
        ),
    );

    app.post(
      '/api/rounds/:id/reopen',
      {
        schema: {
          tags,
          summary: 'Öppna en stängd omgång igen (skäl krävs och loggas)',
          params: roundParams,
          body: ZRoundReopen,
          response: { 200: ZRound, ...errors },
        },
      },
      (request) =>
        inTenant(ctx, request, (trx, actor) => reopenRound(trx, actor, request.params.id, request.body)),
    );
  };
}
