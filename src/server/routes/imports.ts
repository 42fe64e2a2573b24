import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isTenantAdmin } from '../../domain/access';
import { ZError, ZSafeString } from '../../shared/schemas/common';
import { ZImportResult } from '../../shared/schemas/import';
import { requireActor } from '../auth/request-auth';
import type { AppContext } from '../context';
import { withTenant } from '../db/tenant-scope';
import { AppError, forbidden } from '../errors';
import { listOrgUnits } from '../repositories/org-unit-repository';
import { importPlan } from '../use-cases/import-plan';

export function importRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/imports/plan',
      {
        bodyLimit: ctx.config.maxImportBytes,
        schema: {
          tags: ['Import'],
          summary:
            'Importera en plan från Excel-mallen (.xlsx som request body). dryRun=true ger förhandsgranskning.',
          querystring: z.object({
            plan: ZSafeString().max(300).optional(),
            fileName: ZSafeString().max(500).default('plan.xlsx'),
            dryRun: z.enum(['true', 'false']).default('false'),
          }),
          response: {
            200: ZImportResult,
            422: ZImportResult,
            400: ZError,
            401: ZError,
            403: ZError,
            413: ZError,
          },
        },
      },
      async (request, reply) => {
        const actor = await requireActor(ctx, request);
        const units = await withTenant(ctx.db, actor.tenantId, (trx) => listOrgUnits(trx));
        const roots = new Set(units.filter((unit) => unit.parentId === null).map((unit) => unit.id));
        const isTopController = actor.grants.some((g) => g.role === 'controller' && roots.has(g.orgUnitId));
        if (!isTenantAdmin(actor, units) && !isTopController) {
          throw forbidden(
            'Import av en hel plan kräver administratör eller controller för hela organisationen',
          );
        }
        if (!Buffer.isBuffer(request.body)) {
          throw new AppError(
            'VALIDATION',
            'Skicka filen som request body med Content-Type application/octet-stream',
          );
        }
        const result = await importPlan(
          ctx.db,
          actor,
          { bytes: request.body, fileName: request.query.fileName },
          { planName: request.query.plan, dryRun: request.query.dryRun === 'true' },
        );
        return reply.status(result.errors.length > 0 ? 422 : 200).send(result);
      },
    );
  };
}
