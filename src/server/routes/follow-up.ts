import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZError, ZId } from '../../shared/schemas/common';
import { ZForecastHistory } from '../../shared/schemas/forecast-history';
import type { AppContext } from '../context';
import { getForecastHistory } from '../use-cases/follow-up/get-forecast-history';
import { inTenant } from './scope';

const errors = { 400: ZError, 401: ZError, 403: ZError, 404: ZError };

export function followUpRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/plans/:planId/forecast-history',
      {
        schema: {
          tags: ['Uppföljning'],
          summary:
            'Prognosens utveckling period för period för planen, en enhet (med underenheter) eller en åtgärd',
          params: z.object({ planId: ZId }),
          querystring: z.object({
            year: z.coerce.number().int().min(2000).max(2100),
            orgUnitId: ZId.optional(),
            measureId: ZId.optional(),
          }),
          response: { 200: ZForecastHistory, ...errors },
        },
      },
      (request) =>
        inTenant(ctx, request, (trx, actor) =>
          getForecastHistory(trx, actor, request.params.planId, request.query),
        ),
    );
  };
}
