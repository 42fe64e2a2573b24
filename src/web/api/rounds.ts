import { z } from 'zod';
import { type TRoundInput, ZRound, ZRoundView } from '../../shared/schemas/round';
import { ZPlanSummary } from '../../shared/schemas/summary';
import { request } from './client';
import type { AsOf } from './endpoints';

/** Reporting rounds (SPEC §2) and the follow-up figures as of a period: every answer checked by the shared schemas. */

export const listRounds = (planId: string) => request('GET', `/api/plans/${planId}/rounds`, z.array(ZRound));
export const openRound = (planId: string, body: TRoundInput) =>
  request('POST', `/api/plans/${planId}/rounds`, ZRound, { body });
export const getRoundView = (id: string) => request('GET', `/api/rounds/${id}`, ZRoundView);
export const closeRound = (id: string, version: number) =>
  request('POST', `/api/rounds/${id}/close`, ZRound, { body: { version } });
export const reopenRound = (id: string, version: number, reason: string) =>
  request('POST', `/api/rounds/${id}/reopen`, ZRound, { body: { version, reason } });

/** The plan's summary with the follow-up figures (forecast, outcome, deviation, stale) as of `period`. */
export const getFollowUpSummary = (
  planId: string,
  query: { year: number; period: string; orgUnitId?: string | undefined; asOf?: AsOf },
) => request('GET', `/api/plans/${planId}/summary`, ZPlanSummary, { query: { ...query, by: 'unit' } });
