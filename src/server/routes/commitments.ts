import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ZCommitment,
  ZCommitmentAcceptance,
  ZCommitmentDecline,
  ZCommitmentInput,
  ZCommitmentShortfalls,
  ZCommitmentsFromTargets,
  ZCommitmentsQuery,
  ZShortfallsQuery,
} from '../../shared/schemas/commitment';
import { ZError, ZId, ZYear } from '../../shared/schemas/common';
import type { AppContext } from '../context';
import { answerCommitment } from '../use-cases/commitments/answer-commitment';
import { listCommitmentShortfalls } from '../use-cases/commitments/list-commitment-shortfalls';
import { listCommitments } from '../use-cases/commitments/list-commitments';
import { setCommitment } from '../use-cases/commitments/set-commitment';
import { setCommitmentsFromTargets } from '../use-cases/commitments/set-commitments-from-targets';
import { inTenant } from './scope';

const tags = ['Åtgärdsbeting'];
const errors = { 400: ZError, 401: ZError, 403: ZError, 404: ZError, 409: ZError };
const planParams = z.object({ planId: ZId });
const idParams = z.object({ id: ZId });

export function commitmentRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/plans/:planId/commitments',
      {
        schema: {
          tags,
          summary:
            'Planens åtgärdsbeting per enhet och år med chefens svar (state=notAccepted: ej accepterade)',
          params: planParams,
          querystring: ZCommitmentsQuery,
          response: { 200: z.array(ZCommitment), ...errors },
        },
      },
      (request) =>
        inTenant(ctx, request, (trx, actor) =>
          listCommitments(trx, actor, request.params.planId, request.query),
        ),
    );

    app.get(
      '/api/plans/:planId/commitments/shortfalls',
      {
        schema: {
          tags,
          summary: 'Enheter vars åtgärder (planerat och prognos per perioden) inte täcker betinget',
          params: planParams,
          querystring: ZShortfallsQuery,
          response: { 200: ZCommitmentShortfalls, ...errors },
        },
      },
      (request) =>
        inTenant(ctx, request, (trx, actor) =>
          listCommitmentShortfalls(trx, actor, request.params.planId, request.query),
        ),
    );

    app.put(
      '/api/plans/:planId/commitments',
      {
        schema: {
          tags,
          summary: 'Sätt en enhets åtgärdsbeting för ett år (ett ändrat belopp måste accepteras igen)',
          params: planParams,
          body: ZCommitmentInput,
          response: { 200: ZCommitment, ...errors },
        },
      },
      (request) =>
        inTenant(ctx, request, (trx, actor) =>
          setCommitment(trx, actor, request.params.planId, request.body),
        ),
    );

    app.post(
      '/api/plans/:planId/commitments/from-targets',
      {
        schema: {
          tags,
          summary: 'Sätt betingen för årets alla enheter med sparbeting till sparbetinget',
          params: planParams,
          body: z.object({ year: ZYear }),
          response: { 200: ZCommitmentsFromTargets, ...errors },
        },
      },
      (request) =>
        inTenant(ctx, request, (trx, actor) =>
          setCommitmentsFromTargets(trx, actor, request.params.planId, request.body.year),
        ),
    );

    app.post(
      '/api/commitments/:id/accept',
      {
        schema: {
          tags,
          summary: 'Acceptera betinget som ansvarig chef (beloppet måste vara det som gäller nu)',
          params: idParams,
          body: ZCommitmentAcceptance,
          response: { 200: ZCommitment, ...errors },
        },
      },
      (request) =>
        inTenant(ctx, request, (trx, actor) =>
          answerCommitment(trx, actor, request.params.id, request.body.version, {
            kind: 'accept',
            amount: request.body.amount,
          }),
        ),
    );

    app.post(
      '/api/commitments/:id/decline',
      {
        schema: {
          tags,
          summary: 'Avböj betinget som ansvarig chef, med skäl',
          params: idParams,
          body: ZCommitmentDecline,
          response: { 200: ZCommitment, ...errors },
        },
      },
      (request) =>
        inTenant(ctx, request, (trx, actor) =>
          answerCommitment(trx, actor, request.params.id, request.body.version, {
            kind: 'decline',
            reason: request.body.reason,
          }),
        ),
    );
  };
}
