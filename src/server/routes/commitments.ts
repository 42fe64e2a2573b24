import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZCommitment, ZCommitmentInput } from '../../shared/schemas/commitment';
import { ZError, ZId } from '../../shared/schemas/common';
import type { AppContext } from '../context';
import { acceptCommitment } from '../use-cases/commitments/accept-commitment';
import { listCommitments } from '../use-cases/commitments/list-commitments';
import { setCommitment } from '../use-cases/commitments/set-commitment';
import { inTenant } from './scope';

const tags = ['Åtgärdsbeting'];
const errors = { 400: ZError, 401: ZError, 403: ZError, 404: ZError, 409: ZError };
const planParams = z.object({ planId: ZId });

export function commitmentRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/plans/:planId/commitments',
      {
        schema: {
          tags,
          summary: 'Planens åtgärdsbeting per enhet och år, med chefens godkännande',
          params: planParams,
          querystring: z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() }),
          response: { 200: z.array(ZCommitment), ...errors },
        },
      },
      (request) =>
        inTenant(ctx, request, (trx, actor) =>
          listCommitments(trx, actor, request.params.planId, request.query.year),
        ),
    );

    app.put(
      '/api/plans/:planId/commitments',
      {
        schema: {
          tags,
          summary: 'Sätt en enhets åtgärdsbeting för ett år (ett ändrat belopp måste godkännas igen)',
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
      '/api/commitments/:id/accept',
      {
        schema: {
          tags,
          summary: 'Godkänn betinget som ansvarig chef (versionen visar vilket belopp som godkänns)',
          params: z.object({ id: ZId }),
          body: z.object({ version: z.number().int().min(1) }),
          response: { 200: ZCommitment, ...errors },
        },
      },
      (request) =>
        inTenant(ctx, request, (trx, actor) =>
          acceptCommitment(trx, actor, request.params.id, request.body.version),
        ),
    );
  };
}
