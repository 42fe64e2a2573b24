import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type TBoardReport, ZBoardReport, ZPublishedReportSummary } from '../../shared/schemas/board-report';
import { ZAsOf, ZError, ZId } from '../../shared/schemas/common';
import type { AppContext } from '../context';
import { PDF_CONTENT_TYPE } from '../io/pdf/pdf-document';
import { XLSX_CONTENT_TYPE } from '../io/write-plan-workbook';
import { listPublished, readPublished } from '../use-cases/board-report/published-reports';
import { reportFileName } from './board-report';
import { attachmentDisposition } from './exports';
import { inTenant } from './scope';

const tags = ['Rapport'];
const errors = { 400: ZError, 401: ZError, 403: ZError, 404: ZError };
const params = z.object({ id: ZId });

/** Published board reports: listed, and their model and files returned exactly as they were issued. */
export function publishedReportRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/board-reports',
      {
        schema: {
          tags,
          summary:
            'Publicerade rapporter (för en enhet och enheterna under den, eller för ett organ), senast publicerad först',
          querystring: z.object({ unitId: ZId.optional(), bodyId: ZId.optional(), asOf: ZAsOf.optional() }),
          response: { 200: z.array(ZPublishedReportSummary), ...errors },
        },
      },
      (request) =>
        inTenant(
          ctx,
          request,
          (trx, actor) =>
            listPublished(trx, actor, { unitId: request.query.unitId, bodyId: request.query.bodyId }),
          {
            asOf: request.query.asOf,
          },
        ),
    );

    app.get(
      '/api/board-reports/:id',
      {
        schema: {
          tags,
          summary: 'En publicerad rapport (modellen som den publicerades)',
          params,
          response: { 200: ZBoardReport, ...errors },
        },
      },
      async (request) =>
        (await inTenant(ctx, request, (trx, actor) =>
          readPublished(trx, actor, request.params.id, 'model'),
        )) as TBoardReport,
    );

    for (const format of ['pdf', 'xlsx'] as const) {
      app.get(
        `/api/board-reports/:id/${format}`,
        {
          schema: {
            tags,
            summary: `En publicerad rapport som ${format.toUpperCase()}, byte för byte som den publicerades`,
            produces: [format === 'pdf' ? PDF_CONTENT_TYPE : XLSX_CONTENT_TYPE, 'application/json'],
            params,
            response: { 200: z.unknown().describe(`${format.toUpperCase()}-fil`), ...errors },
          },
        },
        async (request, reply) => {
          const [bytes, model] = await inTenant(ctx, request, async (trx, actor) => [
            (await readPublished(trx, actor, request.params.id, format)) as Uint8Array,
            (await readPublished(trx, actor, request.params.id, 'model')) as TBoardReport,
          ]);
          return reply
            .header('Content-Type', format === 'pdf' ? PDF_CONTENT_TYPE : XLSX_CONTENT_TYPE)
            .header('Content-Disposition', attachmentDisposition(reportFileName(model, format)))
            .header('Cache-Control', 'no-store')
            .send(Buffer.from(bytes));
        },
      );
    }
  };
}
