import { z } from 'zod';
import type { Grouping } from '../../shared/enums';
import { ZAuditPage } from '../../shared/schemas/audit';
import { ZImportResult } from '../../shared/schemas/import';
import { type TMeasureInput, type TMeasurePatch, ZMeasure } from '../../shared/schemas/measure';
import { ZOrgUnit } from '../../shared/schemas/org-unit';
import { ZPlan } from '../../shared/schemas/plan';
import { ZSession } from '../../shared/schemas/session';
import { ZPlanSummary } from '../../shared/schemas/summary';
import { ZTenant } from '../../shared/schemas/tenant';
import { ZUser } from '../../shared/schemas/user';
import { request, withQuery } from './client';

/** The typed API of the web app: every answer is checked against the server's own zod schema. */

export const getSession = () => request('GET', '/api/auth/session', ZSession);
export const logIn = (body: { tenant: string; username: string; password: string }) =>
  request('POST', '/api/auth/login', ZSession, { body });
export const logOut = () => request('POST', '/api/auth/logout', z.null());

/**
 * Reads that show figures or measures take `asOf` ("Visa per", decision 0009): a day, a Swedish clock minute
 * or a timestamp; the server then answers with what was known at that instant. Undefined: now.
 */
export type AsOf = string | undefined;

export const listPlans = (asOf?: AsOf) => request('GET', '/api/plans', z.array(ZPlan), { query: { asOf } });
export const getPlan = (planId: string, asOf?: AsOf) =>
  request('GET', `/api/plans/${planId}`, ZPlan, { query: { asOf } });
export const listOrgUnits = (asOf?: AsOf) =>
  request('GET', '/api/org-units', z.array(ZOrgUnit), { query: { asOf } });
export const listUsers = () => request('GET', '/api/users', z.array(ZUser));
export const getTenant = () => request('GET', '/api/tenant', ZTenant);

export const getPlanSummary = (
  planId: string,
  query: { year: number; by: Grouping; orgUnitId?: string | undefined; asOf?: AsOf },
) => request('GET', `/api/plans/${planId}/summary`, ZPlanSummary, { query });

export interface MeasureQuery {
  orgUnitId?: string;
  status?: string;
  category?: string;
  savingsType?: string;
  group?: string;
  feasibility?: number;
  responsibleUserId?: string;
  q?: string;
  sort?: 'code' | 'title' | 'status' | 'updatedAt';
  limit?: number;
  offset?: number;
  asOf?: AsOf;
}
const ZMeasurePage = z.object({ items: z.array(ZMeasure), total: z.number().int() });
export const listMeasures = (planId: string, query: MeasureQuery) =>
  request('GET', `/api/plans/${planId}/measures`, ZMeasurePage, { query: { ...query } });

/**
 * Every measure matching the query (the server gives at most 1 000 at a time): the first page says how many
 * there are, the rest are fetched in parallel.
 */
export async function listAllMeasures(planId: string, query: Omit<MeasureQuery, 'limit' | 'offset'>) {
  const PAGE = 1000;
  const first = await listMeasures(planId, { ...query, limit: PAGE, offset: 0 });
  const offsets: number[] = [];
  for (let offset = PAGE; offset < first.total; offset += PAGE) offsets.push(offset);
  const pages = await Promise.all(
    offsets.map((offset) => listMeasures(planId, { ...query, limit: PAGE, offset })),
  );
  return [...first.items, ...pages.flatMap((page) => page.items)];
}

export const getMeasure = (id: string, asOf?: AsOf) =>
  request('GET', `/api/measures/${id}`, ZMeasure, { query: { asOf } });
export const createMeasure = (planId: string, body: Partial<TMeasureInput>) =>
  request('POST', `/api/plans/${planId}/measures`, ZMeasure, { body });
export const updateMeasure = (id: string, body: TMeasurePatch) =>
  request('PATCH', `/api/measures/${id}`, ZMeasure, { body });
export const deleteMeasure = (id: string, version: number) =>
  request('DELETE', `/api/measures/${id}`, z.null(), { query: { version } });
export const getMeasureHistory = (id: string, beforeId?: number) =>
  request('GET', `/api/measures/${id}/history`, ZAuditPage, { query: { limit: 100, beforeId } });

export const importPlan = (file: Blob, options: { fileName: string; plan?: string; dryRun: boolean }) =>
  request('POST', '/api/imports/plan', ZImportResult, {
    bytes: file,
    query: { fileName: options.fileName, plan: options.plan, dryRun: options.dryRun },
  });

/** A plain link (the browser downloads the file with the session cookie). */
export const planExportUrl = (planId: string) => withQuery(`/api/plans/${planId}/export`);
