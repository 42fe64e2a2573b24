import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZAsOfQuery, ZError, ZId } from '../../shared/schemas/common';
import { ZScenarioAssumptionsRead } from '../../shared/schemas/scenario-files';
import { requireActor } from '../auth/request-auth';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import { PDF_CONTENT_TYPE, scenarioPdfBytes } from '../io/render-scenario-pdf';
import { type ScenarioFileOptions, scenarioFileName } from '../io/scenario-export';
import { XLSX_CONTENT_TYPE } from '../io/write-plan-workbook';
import { scenarioWorkbookBytes } from '../io/write-scenario-workbook';
import { loadScenarioExport } from '../use-cases/scenarios/load-scenario-export';
import { readAssumptionsFile } from '../use-cases/scenarios/read-assumptions-file';
import { attachmentDisposition } from './exports';
import { inTenant } from './scope';

const tags = ['Scenarier'];
const errors = { 400: ZError, 401: ZError, 403: ZError, 404: ZError };
const scenarioParams = z.object({ id: ZId });

const FORMATS = {
  xlsx: { contentType: XLSX_CONTENT_TYPE, render: scenarioWorkbookBytes, what: 'Excel-arbetsbok' },
  pdf: { contentType: PDF_CONTENT_TYPE, render: scenarioPdfBytes, what: 'PDF-rapport (A4)' },
} as const;

/** The scenario tool's files: assumptions read from an .xlsx, and a saved scenario exported as .xlsx or PDF. */
export function scenarioFileRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/scenarios/assumptions/read',
      {
        bodyLimit: ctx.config.maxImportBytes,
        schema: {
          tags,
          summary:
            'Läs antaganden ur en Excel-fil (.xlsx som request body, bladet Antaganden eller det första bladet); sparar inget',
          response: { 200: ZScenarioAssumptionsRead, 400: ZError, 401: ZError, 403: ZError, 413: ZError },
        },
      },
      async (request) => {
        await requireActor(ctx, request);
        if (!Buffer.isBuffer(request.body) || request.body.length === 0) {
          throw new AppError(
            'VALIDATION',
            'Skicka filen som request body med Content-Type application/octet-stream',
          );
        }
        return readAssumptionsFile(request.body);
      },
    );

    registerExport(app, ctx, 'xlsx');
    registerExport(app, ctx, 'pdf');
  };
}

type App = Parameters<FastifyPluginAsyncZod>[0];

/** `GET /api/scenarios/:id/export.xlsx|pdf`: the figures of GET …/result, as of `?asOf=` when given. */
function registerExport(app: App, ctx: AppContext, extension: keyof typeof FORMATS): void {
  const format = FORMATS[extension];
  app.get(
    `/api/scenarios/:id/export.${extension}`,
    {
      schema: {
        tags,
        summary: `Exportera ett sparat scenario som ${format.what}: antaganden, resultat per år och balanskrav (?asOf= för en tidigare version)`,
        produces: [format.contentType, 'application/json'],
        params: scenarioParams,
        querystring: ZAsOfQuery,
        response: { 200: z.unknown().describe(`${format.what} (${format.contentType})`), ...errors },
      },
    },
    async (request, reply) => {
      const asOf = request.query.asOf ?? null;
      const content = await inTenant(
        ctx,
        request,
        (trx, actor) => loadScenarioExport(trx, actor, request.params.id),
        { asOf: request.query.asOf },
      );
      const options: ScenarioFileOptions = { asOf, generatedAt: new Date().toISOString() };
      const bytes = await format.render(content, options);
      return reply
        .header('Content-Type', format.contentType)
        .header('Content-Disposition', attachmentDisposition(scenarioFileName(content, extension)))
        .header('Cache-Control', 'no-store')
        .send(bytes);
    },
  );
}
