import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  type TBoardReport,
  ZBoardReport,
  ZPublishedBoardReport,
  ZPublishInput,
  ZReportAnalysisInput,
  ZSavedReportAnalysis,
} from '../../shared/schemas/board-report';
import { ZAsOf, ZError, ZId, ZMonth } from '../../shared/schemas/common';
import type { Actor } from '../actor';
import { requireActor } from '../auth/request-auth';
import type { AppContext } from '../context';
import type { Tx } from '../db/tenant-scope';
import { PDF_CONTENT_TYPE } from '../io/pdf/pdf-document';
import { XLSX_CONTENT_TYPE } from '../io/write-plan-workbook';
import { buildBoardReport } from '../use-cases/board-report/build-board-report';
import { publishBoardReport } from '../use-cases/board-report/publish-board-report';
import { saveReportAnalysis } from '../use-cases/board-report/save-report-analysis';
import { attachmentDisposition } from './exports';
import { inTenant } from './scope';

const tags = ['Rapport'];
const errors = { 400: ZError, 401: ZError, 403: ZError, 404: ZError, 409: ZError };
const params = z.object({ planId: ZId });
const querystring = z.object({ unitId: ZId.optional(), period: ZMonth, asOf: ZAsOf.optional() });

/** `Rapport <plan> <unit> <period>.<ext>`, as a user would save it. */
export function reportFileName(report: TBoardReport, ext: 'pdf' | 'xlsx'): string {
  return `Rapport ${report.plan.name} ${report.unit.name} ${report.period}.${ext}`;
}

/** The board report (issue 12): the model, its PDF and XLSX, the controller's analyses, and publishing. */
export function boardReportRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const model =
      (request: { params: { planId: string }; query: z.infer<typeof querystring> }) =>
      (trx: Tx, actor: Actor) =>
        buildBoardReport(trx, actor, request.params.planId, {
          unitId: request.query.unitId,
          period: request.query.period,
        });

    app.get(
      '/api/plans/:planId/board-report',
      {
        schema: {
          tags,
          summary:
            'Rapport till nämnd/styrelse för en enhet (standard: hela organisationen) och en period, ev. per en tidpunkt',
          params,
          querystring,
          response: { 200: ZBoardReport, ...errors },
        },
      },
      (request) => inTenant(ctx, request, model(request), { asOf: request.query.asOf }),
    );

    for (const format of ['pdf', 'xlsx'] as const) {
      app.get(
        `/api/plans/:planId/board-report.${format}`,
        {
          schema: {
            tags,
            summary: `Rapporten som ${format.toUpperCase()}`,
            produces: [format === 'pdf' ? PDF_CONTENT_TYPE : XLSX_CONTENT_TYPE, 'application/json'],
            params,
            querystring,
            response: { 200: z.unknown().describe(`${format.toUpperCase()}-fil`), ...errors },
          },
        },
        async (request, reply) => {
          const report = await inTenant(ctx, request, model(request), { asOf: request.query.asOf });
          const bytes = await renderReport(report, format);
          return reply
            .header('Content-Type', format === 'pdf' ? PDF_CONTENT_TYPE : XLSX_CONTENT_TYPE)
            .header('Content-Disposition', attachmentDisposition(reportFileName(report, format)))
            .header('Cache-Control', 'no-store')
            .send(Buffer.from(bytes));
        },
      );
    }

    app.put(
      '/api/plans/:planId/board-report/analyses',
      {
        schema: {
          tags,
          summary:
            'Spara controllerns analys för en enhet och period (409 om någon annan hunnit spara en nyare version)',
          params,
          body: ZReportAnalysisInput,
          response: { 200: ZSavedReportAnalysis, ...errors },
        },
      },
      (request) =>
        inTenant(ctx, request, (trx, actor) =>
          saveReportAnalysis(trx, actor, request.params.planId, request.body),
        ),
    );

    app.post(
      '/api/plans/:planId/board-reports',
      {
        schema: {
          tags,
          summary: 'Publicera rapporten: modell, PDF och XLSX sparas som de utfärdades och ändras aldrig',
          params,
          body: ZPublishInput,
          response: { 201: ZPublishedBoardReport, ...errors },
        },
      },
      async (request, reply) => {
        const actor = await requireActor(ctx, request);
        const report = await publishBoardReport(ctx.db, actor, request.params.planId, request.body);
        return reply.status(201).send({ ...report, id: report.published!.id });
      },
    );
  };
}

/** The renderers, loaded when first asked for (PDFKit and ExcelJS are large). */
async function renderReport(report: TBoardReport, format: 'pdf' | 'xlsx'): Promise<Uint8Array> {
  if (format === 'pdf') {
    const { renderBoardReportPdf } = await import('../io/pdf/board-report/render-board-report-pdf');
    return renderBoardReportPdf(report);
  }
  const { renderBoardReportXlsx } = await import('../io/xlsx/board-report/render-board-report-xlsx');
  return renderBoardReportXlsx(report);
}
