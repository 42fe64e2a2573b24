import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZAsOf, ZError, ZId, ZMonth } from '../../shared/schemas/common';
import { ZMeasureFollowUp } from '../../shared/schemas/measure-follow-up';
import type { AppContext } from '../context';
import { listMeasureFollowUp } from '../use-cases/follow-up/list-measure-follow-up';
import { inTenant } from './scope';

const errors = { 400: ZError, 401: ZError, 403: ZError, 404: ZError };

/** Per-measure follow-up (issue 11, SPEC §8 question 2): the grid's follow-up columns. */
export function measureFollowUpRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/plans/:planId/measure-follow-up',
      {
        schema: {
          tags: ['Uppföljning'],
          summary:
            'Per åtgärd: mål (planerad nivå), utfall, prognos, avvikelse, status, kommentar och senast rapporterad, per en period (standard: årets senaste period med rapporter)',
          params: z.object({ planId: ZId }),
          querystring: z.object({
            year: z.coerce.number().int().min(2000).max(2100),
            period: ZMonth.optional(),
            orgUnitId: ZId.optional(),
            asOf: ZAsOf.optional(),
          }),
          response: { 200: ZMeasureFollowUp, ...errors },
        },
      },
      (request) => {
        const { asOf, ...query } = request.query;
        return inTenant(
          ctx,
          request,
          (trx, actor) => listMeasureFollowUp(trx, actor, request.params.planId, query),
          { asOf },
        );
      },
    );
  };
}
