import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZAsOf, ZAsOfQuery, ZError, ZId } from '../../shared/schemas/common';
import {
  ZScenario,
  ZScenarioComparison,
  ZScenarioCompute,
  ZScenarioCopy,
  ZScenarioCreate,
  ZScenarioIds,
  ZScenarioPatch,
  ZScenarioResult,
} from '../../shared/schemas/scenario';
import type { AppContext } from '../context';
import { compareScenarios } from '../use-cases/scenarios/compare-scenarios';
import { computeSavedScenario } from '../use-cases/scenarios/compute-scenario';
import { computeUnsavedScenario } from '../use-cases/scenarios/compute-unsaved-scenario';
import { copyScenario } from '../use-cases/scenarios/copy-scenario';
import { createScenario } from '../use-cases/scenarios/create-scenario';
import { deleteScenario } from '../use-cases/scenarios/delete-scenario';
import { getScenario } from '../use-cases/scenarios/get-scenario';
import { listScenarios } from '../use-cases/scenarios/list-scenarios';
import { updateScenario } from '../use-cases/scenarios/update-scenario';
import { inTenant } from './scope';

const tags = ['Scenarier'];
const errors = { 400: ZError, 401: ZError, 403: ZError, 404: ZError, 409: ZError };
const scenarioParams = z.object({ id: ZId });

export function scenarioRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/scenarios',
      {
        schema: {
          tags,
          summary: 'Alla sparade scenarier i prognosverktyget, i bokstavsordning',
          querystring: ZAsOfQuery,
          response: { 200: z.array(ZScenario), ...errors },
        },
      },
      (request) =>
        inTenant(ctx, request, (trx, actor) => listScenarios(trx, actor), { asOf: request.query.asOf }),
    );

    app.post(
      '/api/scenarios',
      {
        schema: {
          tags,
          summary: 'Spara ett nytt scenario med antaganden per år, källa och kopplad plan',
          body: ZScenarioCreate,
          response: { 201: ZScenario, ...errors },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await inTenant(ctx, request, (trx, actor) => createScenario(trx, actor, request.body))),
    );

    app.post(
      '/api/scenarios/compute',
      {
        schema: {
          tags,
          summary:
            'Beräkna ett scenario utan att spara det (resultat, resultatmål, gap, behövd plan och balanskrav per år)',
          body: ZScenarioCompute,
          response: { 200: ZScenarioResult, ...errors },
        },
      },
      (request) => inTenant(ctx, request, (trx, actor) => computeUnsavedScenario(trx, actor, request.body)),
    );

    app.get(
      '/api/scenarios/compare',
      {
        schema: {
          tags,
          summary: 'Jämför två eller fler sparade scenarier sida vid sida (ids=a,b)',
          querystring: z.object({ ids: ZScenarioIds, asOf: ZAsOf.optional() }),
          response: { 200: ZScenarioComparison, ...errors },
        },
      },
      (request) =>
        inTenant(ctx, request, (trx, actor) => compareScenarios(trx, actor, request.query.ids), {
          asOf: request.query.asOf,
        }),
    );

    app.get(
      '/api/scenarios/:id',
      {
        schema: {
          tags,
          summary: 'Hämta ett scenario med dess antaganden',
          params: scenarioParams,
          querystring: ZAsOfQuery,
          response: { 200: ZScenario, ...errors },
        },
      },
      (request) =>
        inTenant(ctx, request, (trx, actor) => getScenario(trx, actor, request.params.id), {
          asOf: request.query.asOf,
        }),
    );

    app.get(
      '/api/scenarios/:id/result',
      {
        schema: {
          tags,
          summary:
            'Beräkna ett sparat scenario: resultat, resultatmål, gap, behövd plan, planens nivå och balanskravet per år',
          params: scenarioParams,
          querystring: ZAsOfQuery,
          response: { 200: ZScenarioResult, ...errors },
        },
      },
      (request) =>
        inTenant(ctx, request, (trx, actor) => computeSavedScenario(trx, actor, request.params.id), {
          asOf: request.query.asOf,
        }),
    );

    app.patch(
      '/api/scenarios/:id',
      {
        schema: {
          tags,
          summary: 'Ändra ett scenario (409 om någon annan hunnit spara en nyare version)',
          params: scenarioParams,
          body: ZScenarioPatch,
          response: { 200: ZScenario, ...errors },
        },
      },
      (request) =>
        inTenant(ctx, request, (trx, actor) => updateScenario(trx, actor, request.params.id, request.body)),
    );

    app.post(
      '/api/scenarios/:id/copy',
      {
        schema: {
          tags,
          summary: 'Kopiera ett scenario under ett nytt namn',
          params: scenarioParams,
          body: ZScenarioCopy,
          response: { 201: ZScenario, ...errors },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(
            await inTenant(ctx, request, (trx, actor) =>
              copyScenario(trx, actor, request.params.id, request.body.name),
            ),
          ),
    );

    app.delete(
      '/api/scenarios/:id',
      {
        schema: {
          tags,
          summary: 'Ta bort ett scenario',
          params: scenarioParams,
          querystring: z.object({ version: z.coerce.number().int().min(1) }),
          response: { 204: z.null(), ...errors },
        },
      },
      async (request, reply) => {
        await inTenant(ctx, request, (trx, actor) =>
          deleteScenario(trx, actor, request.params.id, request.query.version),
        );
        return reply.status(204).send(null);
      },
    );
  };
}
