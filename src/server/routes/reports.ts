import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZError, ZId, ZMonth } from '../../shared/schemas/common';
import {
  ZAllUnchangedInput,
  ZAllUnchangedResult,
  ZMyReports,
  ZReport,
  ZReportInput,
  ZUnchangedInput,
  ZUndoUnchangedInput,
  ZUndoUnchangedResult,
} from '../../shared/schemas/report';
import type { AppContext } from '../context';
import { confirmAllUnchanged } from '../use-cases/reports/confirm-all-unchanged';
import { confirmUnchanged } from '../use-cases/reports/confirm-unchanged';
import { listMyReports } from '../use-cases/reports/list-my-reports';
import { saveReport } from '../use-cases/reports/save-report';
import { undoAllUnchanged } from '../use-cases/reports/undo-all-unchanged';
import { inTenant } from './scope';

const tags = ['Rapporter'];
const errors = { 400: ZError, 401: ZError, 403: ZError, 404: ZError, 409: ZError };
const reportParams = z.object({ measureId: ZId, period: ZMonth });

export function reportRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/rounds/:id/my-reports',
      {
        schema: {
          tags,
          summary: 'Att rapportera: dina åtgärder i omgången med plan, periodens rapport och förra rapporten',
          params: z.object({ id: ZId }),
          response: { 200: ZMyReports, ...errors },
        },
      },
      (request) => inTenant(ctx, request, (trx, actor) => listMyReports(trx, actor, request.params.id)),
    );

    app.put(
      '/api/measures/:measureId/reports/:period',
      {
        schema: {
          tags,
          summary:
            'Spara utkast eller skicka in en åtgärds rapport för perioden (version krävs om rapport finns)',
          params: reportParams,
          body: ZReportInput,
          response: { 200: ZReport, ...errors },
        },
      },
      (request) =>
        inTenant(ctx, request, (trx, actor) =>
          saveReport(trx, actor, request.params.measureId, request.params.period, request.body),
        ),
    );

    app.post(
      '/api/measures/:measureId/reports/:period/unchanged',
      {
        schema: {
          tags,
          summary: 'Oförändrad: upprepa förra rapportens utfall, prognos och status och skicka in',
          params: reportParams,
          body: ZUnchangedInput.nullish(),
          response: { 200: ZReport, ...errors },
        },
      },
      (request) =>
        inTenant(ctx, request, (trx, actor) =>
          confirmUnchanged(
            trx,
            actor,
            request.params.measureId,
            request.params.period,
            request.body?.version,
            request.body?.comment,
          ),
        ),
    );

    app.post(
      '/api/rounds/:id/unchanged',
      {
        schema: {
          tags,
          summary: 'Alla oförändrade: bekräfta alla dina återstående åtgärder i omgången på en gång',
          params: z.object({ id: ZId }),
          body: ZAllUnchangedInput.nullish(),
          response: { 200: ZAllUnchangedResult, ...errors },
        },
      },
      (request) =>
        inTenant(ctx, request, (trx, actor) =>
          confirmAllUnchanged(
            trx,
            actor,
            request.params.id,
            request.body?.measureIds,
            request.body?.comments,
          ),
        ),
    );

    app.post(
      '/api/rounds/:id/unchanged/undo',
      {
        schema: {
          tags,
          summary: 'Ångra Alla oförändrade medan omgången är öppen: bekräftelserna tas bort',
          params: z.object({ id: ZId }),
          body: ZUndoUnchangedInput,
          response: { 200: ZUndoUnchangedResult, ...errors },
        },
      },
      (request) =>
        inTenant(ctx, request, (trx, actor) =>
          undoAllUnchanged(trx, actor, request.params.id, request.body.reports),
        ),
    );
  };
}
