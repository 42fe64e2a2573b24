import { z } from 'zod';
import {
  type TReportInput,
  ZAllUnchangedResult,
  ZMyReports,
  ZReport,
  ZUndoUnchangedResult,
} from '../../shared/schemas/report';
import { ZRound } from '../../shared/schemas/round';
import { request } from './client';

/** The manager's reporting ("Att rapportera"): every answer is checked against the server's own zod schema. */

export const listOpenRounds = (planId: string) =>
  request('GET', `/api/plans/${planId}/rounds`, z.array(ZRound), { query: { status: 'open' } });

export const getMyReports = (roundId: string) =>
  request('GET', `/api/rounds/${roundId}/my-reports`, ZMyReports);

export const saveReport = (measureId: string, period: string, body: TReportInput) =>
  request('PUT', `/api/measures/${measureId}/reports/${period}`, ZReport, { body });

export const confirmUnchanged = (
  measureId: string,
  period: string,
  version?: number,
  comment?: string | null,
) =>
  request('POST', `/api/measures/${measureId}/reports/${period}/unchanged`, ZReport, {
    body: { ...(version === undefined ? {} : { version }), ...(comment ? { comment } : {}) },
  });

export const confirmAllUnchanged = (
  roundId: string,
  measureIds?: string[],
  comments?: Record<string, string>,
) =>
  request('POST', `/api/rounds/${roundId}/unchanged`, ZAllUnchangedResult, {
    body: { ...(measureIds ? { measureIds } : {}), ...(comments ? { comments } : {}) },
  });

/** Undo "Alla oförändrade" (issue 11): the reports it wrote, at the versions it wrote them. */
export const undoAllUnchanged = (roundId: string, reports: { measureId: string; version: number }[]) =>
  request('POST', `/api/rounds/${roundId}/unchanged/undo`, ZUndoUnchangedResult, { body: { reports } });

/** What a 409 VERSION_CONFLICT on a report carries: the stored report and who saved it. */
export const ZReportConflict = z.object({
  report: ZReport,
  changedBy: z.string(),
  changedAt: z.string(),
});
export type TReportConflict = z.infer<typeof ZReportConflict>;
