import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZAuditPage, ZAuditQuery } from '../../shared/schemas/audit';
import { ZError, ZId } from '../../shared/schemas/common';
import type { AppContext } from '../context';
import { listAuditEntries } from '../use-cases/audit/list-audit-entries';
import { listMeasureHistory } from '../use-cases/audit/list-measure-history';
import { inTenant } from './scope';

const tags = ['Ändringslogg'];
const errors = { 400: ZError, 401: ZError, 403: ZError, 404: ZError };

export function auditRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/audit',
      {
        schema: {
          tags,
          summary:
            'Ändringsloggen, senaste först: vem ändrade vad, när, före och efter (revisorer och administratörer)',
          querystring: ZAuditQuery,
          response: { 200: ZAuditPage, ...errors },
        },
      },
      (request) => inTenant(ctx, request, (trx, actor) => listAuditEntries(trx, actor, request.query)),
    );

    app.get(
      '/api/measures/:id/history',
      {
        schema: {
          tags,
          summary: 'En åtgärds ändringshistorik, senaste först',
          params: z.object({ id: ZId }),
          querystring: ZAuditQuery.pick({ limit: true, beforeId: true }),
          response: { 200: ZAuditPage, ...errors },
        },
      },
      (request) =>
        inTenant(ctx, request, (trx, actor) =>
          listMeasureHistory(trx, actor, request.params.id, request.query),
        ),
    );
  };
}
