import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZAsOf, ZError, ZId, ZMonth } from '../../shared/schemas/common';
import { ZForecastHistory } from '../../shared/schemas/forecast-history';
import { ZStaleMeasures } from '../../shared/schemas/stale-measures';
import type { AppContext } from '../context';
import { getForecastHistory } from '../use-cases/follow-up/get-forecast-history';
import { listStaleMeasures } from '../use-cases/follow-up/list-stale-measures';
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
            asOf: ZAsOf.optional(),
          }),
          response: { 200: ZForecastHistory, ...errors },
        },
      },
      (request) => {
        const { asOf, ...query } = request.query;
        return inTenant(
          ctx,
          request,
          (trx, actor) => getForecastHistory(trx, actor, request.params.planId, query),
          { asOf },
        );
      },
    );

    app.get(
      '/api/plans/:planId/stale-measures',
      {
        schema: {
          tags: ['Uppföljning'],
          summary: 'Åtgärder med inaktuella uppgifter per en period: ansvarig och senast rapporterad period',
          params: z.object({ planId: ZId }),
          querystring: z.object({
            year: z.coerce.number().int().min(2000).max(2100),
            period: ZMonth,
            orgUnitId: ZId.optional(),
            asOf: ZAsOf.optional(),
          }),
          response: { 200: ZStaleMeasures, ...errors },
        },
      },
      (request) => {
        const { asOf, ...query } = request.query;
        return inTenant(
          ctx,
          request,
          (trx, actor) => listStaleMeasures(trx, actor, request.params.planId, query),
          { asOf },
        );
      },
    );
  };
}
