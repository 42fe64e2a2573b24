import { z } from 'zod';
import {
  type TCommitmentInput,
  ZCommitment,
  ZCommitmentShortfalls,
  ZCommitmentsFromTargets,
} from '../../shared/schemas/commitment';
import { request } from './client';

/** Savings commitments (*åtgärdsbeting*): every answer checked by the shared schemas. */

export const listCommitments = (
  planId: string,
  query: { year?: number; state?: 'pending' | 'accepted' | 'declined' | 'notAccepted' } = {},
) => request('GET', `/api/plans/${planId}/commitments`, z.array(ZCommitment), { query });
export const listCommitmentShortfalls = (planId: string, query: { year: number; period?: string }) =>
  request('GET', `/api/plans/${planId}/commitments/shortfalls`, ZCommitmentShortfalls, { query });
export const setCommitment = (planId: string, body: TCommitmentInput) =>
  request('PUT', `/api/plans/${planId}/commitments`, ZCommitment, { body });
export const setCommitmentsFromTargets = (planId: string, year: number) =>
  request('POST', `/api/plans/${planId}/commitments/from-targets`, ZCommitmentsFromTargets, {
    body: { year },
  });
export const acceptCommitment = (id: string, version: number, amount: number) =>
  request('POST', `/api/commitments/${id}/accept`, ZCommitment, { body: { version, amount } });
export const declineCommitment = (id: string, version: number, reason: string) =>
  request('POST', `/api/commitments/${id}/decline`, ZCommitment, { body: { version, reason } });
