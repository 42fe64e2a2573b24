import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CATEGORIES, MEASURE_STATUSES, SAVINGS_TYPES } from '../../shared/enums';
import { ZAsOf, ZAsOfQuery, ZError, ZId, ZSafeString } from '../../shared/schemas/common';
import { ZMeasure, ZMeasureInput, ZMeasurePatch } from '../../shared/schemas/measure';
import type { AppContext } from '../context';
import { MEASURE_SORTS } from '../repositories/measure-list-repository';
import { createMeasure } from '../use-cases/measures/create-measure';
import { deleteMeasure } from '../use-cases/measures/delete-measure';
import { getMeasure } from '../use-cases/measures/get-measure';
import { listMeasures } from '../use-cases/measures/list-measures';
import { updateMeasure } from '../use-cases/measures/update-measure';
import { inTenant } from './scope';

const tags = ['Åtgärder'];
const errors = { 400: ZError, 401: ZError, 403: ZError, 404: ZError, 409: ZError };

export function measureRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/plans/:planId/measures',
      {
        schema: {
          tags,
          summary: 'Lista åtgärder med filter och sidindelning',
          params: z.object({ planId: ZId }),
          querystring: z.object({
            orgUnitId: ZId.optional(),
            status: z.enum(MEASURE_STATUSES).optional(),
            category: z.enum(CATEGORIES).optional(),
            savingsType: z.enum(SAVINGS_TYPES).optional(),
            group: ZSafeString().max(200).optional(),
            feasibility: z.coerce.number().int().min(1).max(3).optional(),
            responsibleUserId: ZId.optional(),
            q: ZSafeString().max(200).optional(),
            sort: z.enum(MEASURE_SORTS).default('code'),
            limit: z.coerce.number().int().min(1).max(1000).default(100),
            offset: z.coerce.number().int().min(0).default(0),
            asOf: ZAsOf.optional(),
          }),
          response: { 200: z.object({ items: z.array(ZMeasure), total: z.number().int() }), ...errors },
        },
      },
      (request) => {
        const { asOf, ...query } = request.query;
        return inTenant(
          ctx,
          request,
          (trx, actor) => listMeasures(trx, actor, request.params.planId, query),
          {
            asOf,
          },
        );
      },
    );

    app.post(
      '/api/plans/:planId/measures',
      {
        schema: {
          tags,
          summary: 'Skapa en åtgärd',
          params: z.object({ planId: ZId }),
          body: ZMeasureInput,
          response: { 201: ZMeasure, ...errors },
        },
      },
      async (request, reply) => {
        const created = await inTenant(ctx, request, (trx, actor) =>
          createMeasure(trx, actor, request.params.planId, request.body),
        );
        return reply.status(201).send(created);
      },
    );

    app.get(
      '/api/measures/:id',
      {
        schema: {
          tags,
          summary: 'Hämta en åtgärd (med asOf: som den var känd vid den tidpunkten)',
          params: z.object({ id: ZId }),
          querystring: ZAsOfQuery,
          response: { 200: ZMeasure, ...errors },
        },
      },
      (request) =>
        inTenant(ctx, request, (trx, actor) => getMeasure(trx, actor, request.params.id), {
          asOf: request.query.asOf,
        }),
    );

    app.patch(
      '/api/measures/:id',
      {
        schema: {
          tags,
          summary: 'Ändra en åtgärd (409 om någon annan hunnit spara en nyare version)',
          params: z.object({ id: ZId }),
          body: ZMeasurePatch,
          response: { 200: ZMeasure, ...errors },
        },
      },
      (request) =>
        inTenant(ctx, request, (trx, actor) => updateMeasure(trx, actor, request.params.id, request.body)),
    );

    app.delete(
      '/api/measures/:id',
      {
        schema: {
          tags,
          summary: 'Ta bort en åtgärd',
          params: z.object({ id: ZId }),
          querystring: z.object({ version: z.coerce.number().int().min(1) }),
          response: { 204: z.null(), ...errors },
        },
      },
      async (request, reply) => {
        await inTenant(ctx, request, (trx, actor) =>
          deleteMeasure(trx, actor, request.params.id, request.query.version),
        );
        return reply.status(204).send(null);
      },
    );
  };
}
