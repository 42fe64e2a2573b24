import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZError, ZId, ZSafeString } from '../../shared/schemas/common';
import { requireActor } from '../auth/request-auth';
import type { AppContext } from '../context';
import { notFound } from '../errors';
import { XLSX_CONTENT_TYPE } from '../io/write-plan-workbook';
import { exportPlan } from '../use-cases/export-plan';

/** Characters no file system or header should get from a plan name. */
const UNSAFE_IN_FILE_NAME = /[\p{Cc}"\\/:*?<>|]/gu;

/**
 * `attachment` with the name twice: `filename` in plain ASCII for old clients (å → a, – → -), and
 * `filename*` (RFC 5987/6266) in UTF-8, which every current browser prefers, so å/ä/ö survive.
 */
export function attachmentDisposition(fileName: string): string {
  const clean = fileName.replace(UNSAFE_IN_FILE_NAME, '_').trim() || 'plan.xlsx';
  const ascii = clean
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[^\x20-\x7e]/g, '_');
  const encoded = encodeURIComponent(clean).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

export function exportRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/plans/:planId/export',
      {
        schema: {
          tags: ['Export'],
          summary:
            'Exportera planen till Excel-mallen (.xlsx) med de åtgärder du får läsa; filen kan importeras tillbaka utan ändringar',
          produces: [XLSX_CONTENT_TYPE, 'application/json'],
          params: z.object({ planId: ZSafeString().max(100) }),
          response: {
            200: z.unknown().describe(`Excel-arbetsbok (${XLSX_CONTENT_TYPE})`),
            401: ZError,
            404: ZError,
          },
        },
      },
      async (request, reply) => {
        const actor = await requireActor(ctx, request);
        // A malformed id is as unknown as a well-formed one of another organisation: both are "not found".
        const planId = ZId.safeParse(request.params.planId);
        if (!planId.success) throw notFound('Planen');
        const file = await exportPlan(ctx.db, actor, planId.data);
        return reply
          .header('Content-Type', XLSX_CONTENT_TYPE)
          .header('Content-Disposition', attachmentDisposition(file.fileName))
          .header('Cache-Control', 'no-store')
          .send(file.bytes);
      },
    );
  };
}
