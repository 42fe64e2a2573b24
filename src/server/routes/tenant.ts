import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ZError } from '../../shared/schemas/common';
import { ZTenant, ZTenantPatch } from '../../shared/schemas/tenant';
import type { AppContext } from '../context';
import { getTenant, updateTenant } from '../use-cases/tenants/tenant-settings';
import { inTenant } from './scope';

const tags = ['Organisation'];
const errors = { 400: ZError, 401: ZError, 403: ZError };

export function tenantRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/tenant',
      {
        schema: {
          tags,
          summary: 'Den egna organisationen och dess inställningar',
          response: { 200: ZTenant, ...errors },
        },
      },
      (request) => inTenant(ctx, request, (trx) => getTenant(trx)),
    );
    app.patch(
      '/api/tenant',
      {
        schema: {
          tags,
          summary: 'Ändra organisationens namn, grupplista eller riskvikter (administratör)',
          body: ZTenantPatch,
          response: { 200: ZTenant, ...errors },
        },
      },
      (request) => inTenant(ctx, request, (trx, actor) => updateTenant(trx, actor, request.body)),
    );
  };
}
