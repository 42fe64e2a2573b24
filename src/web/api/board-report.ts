import { z } from 'zod';
import { ZBoardReport } from '../../shared/schemas/board-report';
import { request, withQuery } from './client';
import type { AsOf } from './endpoints';

/** The board report (issue 12): generated for a plan, a unit and a period, or as published (frozen). */

export interface BoardReportQuery {
  unitId?: string | undefined;
  period: string;
  asOf?: AsOf;
}

export const getBoardReport = (planId: string, query: BoardReportQuery) =>
  request('GET', `/api/plans/${planId}/board-report`, ZBoardReport, { query: { ...query } });

export const boardReportFileUrl = (planId: string, format: 'pdf' | 'xlsx', query: BoardReportQuery) =>
  withQuery(`/api/plans/${planId}/board-report.${format}`, { ...query });

export const saveReportAnalysis = (
  planId: string,
  body: { orgUnitId: string; period: string; text: string; version?: number | undefined },
) => request('PUT', `/api/plans/${planId}/board-report/analyses`, z.unknown(), { body });

export const ZPublishedReportItem = z.object({
  id: z.string(),
  planId: z.string(),
  planName: z.string().optional(),
  unitId: z.string(),
  unitPath: z.string(),
  period: z.string(),
  body: z.string().nullable(),
  meetingDate: z.string().nullable(),
  publishedAt: z.string(),
  byName: z.string(),
});
export type TPublishedReportItem = z.infer<typeof ZPublishedReportItem>;

export const publishBoardReport = (
  planId: string,
  body: {
    unitId: string;
    period: string;
    asOf?: AsOf;
    bodyId?: string | undefined;
    meetingDate?: string | undefined;
  },
) =>
  request('POST', `/api/plans/${planId}/board-reports`, z.object({ id: z.string() }).passthrough(), { body });

export const listPublishedReports = (query: { unitId?: string | undefined }) =>
  request('GET', '/api/board-reports', z.array(ZPublishedReportItem), { query });

export const getPublishedReport = (id: string) => request('GET', `/api/board-reports/${id}`, ZBoardReport);

export const publishedReportFileUrl = (id: string, format: 'pdf' | 'xlsx') =>
  `/api/board-reports/${id}/${format}`;
