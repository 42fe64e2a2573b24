import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { GROUPINGS } from '../../shared/enums';
import { ZAmount, ZAsOf, ZAsOfQuery, ZError, ZId, ZMonth, ZYear } from '../../shared/schemas/common';
import { ZPlan, ZPlanInput, ZPlanPatch } from '../../shared/schemas/plan';
import { ZPlanSummary } from '../../shared/schemas/summary';
import type { AppContext } from '../context';
import { listPlans } from '../repositories/plan-repository';
import { requirePlan } from '../use-cases/load-access';
import { createPlan } from '../use-cases/plans/create-plan';
import { decidePlan } from '../use-cases/plans/decide-plan';
import { getPlanSummary } from '../use-cases/plans/get-plan-summary';
import { presentPlan } from '../use-cases/plans/present-plan';
import { setPlanTargets } from '../use-cases/plans/set-plan-targets';
import { updatePlan } from '../use-cases/plans/update-plan';
import { inTenant } from './scope';

const tags = ['Planer'];
const errors = { 400: ZError, 401: ZError, 403: ZError, 404: ZError, 409: ZError };
const planParams = z.object({ planId: ZId });

export function planRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/plans',
      {
        schema: {
          tags,
          summary: 'Alla planer',
          querystring: ZAsOfQuery,
          response: { 200: z.array(ZPlan), ...errors },
        },
      },
      (request) =>
        inTenant(
          ctx,
          request,
          async (trx) => Promise.all((await listPlans(trx)).map((plan) => presentPlan(trx, plan))),
          { asOf: request.query.asOf },
        ),
    );

    app.post(
      '/api/plans',
      { schema: { tags, summary: 'Skapa en plan', body: ZPlanInput, response: { 201: ZPlan, ...errors } } },
      async (request, reply) =>
        reply
          .status(201)
          .send(await inTenant(ctx, request, (trx, actor) => createPlan(trx, actor, request.body))),
    );

    app.get(
      '/api/plans/:planId',
      {
        schema: {
          tags,
          summary: 'Hämta en plan',
          params: planParams,
          querystring: ZAsOfQuery,
          response: { 200: ZPlan, ...errors },
        },
      },
      (request) =>
        inTenant(
          ctx,
          request,
          async (trx) => presentPlan(trx, await requirePlan(trx, request.params.planId)),
          {
            asOf: request.query.asOf,
          },
        ),
    );

    app.patch(
      '/api/plans/:planId',
      {
        schema: {
          tags,
          summary: 'Ändra en plan',
          params: planParams,
          body: ZPlanPatch,
          response: { 200: ZPlan, ...errors },
        },
      },
      (request) =>
        inTenant(ctx, request, (trx, actor) => updatePlan(trx, actor, request.params.planId, request.body)),
    );

    app.put(
      '/api/plans/:planId/targets',
      {
        schema: {
          tags,
          summary: 'Sätt planens mål per år och enheters sparbeting (amount null tar bort)',
          params: planParams,
          body: z.object({
            targets: z
              .array(z.object({ orgUnitId: ZId.nullable(), year: ZYear, amount: ZAmount.nullable() }))
              .max(10_000),
          }),
          response: { 200: ZPlan, ...errors },
        },
      },
      (request) =>
        inTenant(ctx, request, (trx, actor) =>
          setPlanTargets(trx, actor, request.params.planId, request.body.targets),
        ),
    );

    app.post(
      '/api/plans/:planId/decide',
      {
        schema: {
          tags,
          summary: 'Markera planen som beslutad; den första beslutade versionen sparas som ursprunglig plan',
          params: planParams,
          body: z.object({ version: z.number().int().min(1) }),
          response: { 200: ZPlan, ...errors },
        },
      },
      (request) =>
        inTenant(ctx, request, (trx, actor) =>
          decidePlan(trx, actor, request.params.planId, request.body.version),
        ),
    );

    app.get(
      '/api/plans/:planId/summary',
      {
        schema: {
          tags,
          summary:
            'Planerad effekt (nivå) för ett år, per gruppering, med mål och ursprunglig plan; med period (ÅÅÅÅ-MM) även prognos, utfall, avvikelse och inaktuella uppgifter per den perioden',
          params: planParams,
          querystring: z.object({
            year: z.coerce.number().int().min(2000).max(2100),
            by: z.enum(GROUPINGS).default('unit'),
            orgUnitId: ZId.optional(),
            period: ZMonth.optional(),
            asOf: ZAsOf.optional(),
          }),
          response: { 200: ZPlanSummary, ...errors },
        },
      },
      (request) => {
        const { asOf, ...query } = request.query;
        return inTenant(
          ctx,
          request,
          (trx, actor) => getPlanSummary(trx, actor, request.params.planId, query),
          {
            asOf,
          },
        );
      },
    );
  };
}
