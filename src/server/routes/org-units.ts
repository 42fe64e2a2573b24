import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZAsOfQuery, ZError, ZId } from '../../shared/schemas/common';
import { ZOrgUnit, ZOrgUnitInput, ZOrgUnitPatch } from '../../shared/schemas/org-unit';
import type { AppContext } from '../context';
import {
  createOrgUnit,
  deleteOrgUnit,
  listVisibleOrgUnits,
  updateOrgUnit,
} from '../use-cases/org-units/org-unit-changes';
import { inTenant } from './scope';

const tags = ['Organisation'];
const errors = { 400: ZError, 401: ZError, 403: ZError, 404: ZError, 409: ZError };

export function orgUnitRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/org-units',
      {
        schema: {
          tags,
          summary: 'Enheterna du har behörighet till, med sökväg',
          querystring: ZAsOfQuery,
          response: { 200: z.array(ZOrgUnit), ...errors },
        },
      },
      (request) =>
        inTenant(ctx, request, (trx, actor) => listVisibleOrgUnits(trx, actor), { asOf: request.query.asOf }),
    );
    app.post(
      '/api/org-units',
      {
        schema: {
          tags,
          summary: 'Skapa en enhet',
          body: ZOrgUnitInput,
          response: { 201: ZOrgUnit, ...errors },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await inTenant(ctx, request, (trx, actor) => createOrgUnit(trx, actor, request.body))),
    );
    app.patch(
      '/api/org-units/:id',
      {
        schema: {
          tags,
          summary: 'Ändra eller flytta en enhet',
          params: z.object({ id: ZId }),
          body: ZOrgUnitPatch,
          response: { 200: ZOrgUnit, ...errors },
        },
      },
      (request) =>
        inTenant(ctx, request, (trx, actor) => updateOrgUnit(trx, actor, request.params.id, request.body)),
    );
    app.delete(
      '/api/org-units/:id',
      {
        schema: {
          tags,
          summary: 'Ta bort en oanvänd enhet',
          params: z.object({ id: ZId }),
          response: { 204: z.null(), ...errors },
        },
      },
      async (request, reply) => {
        await inTenant(ctx, request, (trx, actor) => deleteOrgUnit(trx, actor, request.params.id));
        return reply.status(204).send(null);
      },
    );
  };
}
