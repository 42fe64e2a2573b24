import type { Tx } from '../db/tenant-scope';
import { asOfInstant } from '../db/tenant-scope';

/** Published board reports (migration 1201): inserted once, never changed (a trigger refuses it). */

export interface NewPublishedReport {
  id: string;
  planId: string;
  orgUnitId: string;
  period: string;
  figuresAsOf: string;
  bodyId: string | null;
  meetingDate: string | null;
  publishedBy: string | null;
  publishedByName: string;
  publishedAt: string;
  model: unknown;
  pdf: Uint8Array;
  xlsx: Uint8Array;
  pdfSha256: string;
  xlsxSha256: string;
}

export async function insertPublishedReport(
  trx: Tx,
  tenantId: string,
  report: NewPublishedReport,
): Promise<void> {
  await trx
    .insertInto('publishedReports')
    .values({ tenantId, ...report, model: JSON.stringify(report.model) })
    .execute();
}

export interface PublishedReportRow {
  id: string;
  planId: string;
  planName: string;
  orgUnitId: string;
  period: string;
  figuresAsOf: Date;
  bodyId: string | null;
  bodyName: string | null;
  meetingDate: string | null;
  publishedAt: Date;
  publishedByName: string;
  pdfSha256: string;
  xlsxSha256: string;
}

function listQuery(trx: Tx) {
  let query = trx
    .selectFrom('publishedReports as reports')
    .innerJoin('plans', 'plans.id', 'reports.planId')
    .leftJoin('decisionBodies as bodies', 'bodies.id', 'reports.bodyId')
    .select([
      'reports.id',
      'reports.planId',
      'plans.name as planName',
      'reports.orgUnitId',
      'reports.period',
      'reports.figuresAsOf',
      'reports.bodyId',
      'bodies.name as bodyName',
      'reports.meetingDate',
      'reports.publishedAt',
      'reports.publishedByName',
      'reports.pdfSha256',
      'reports.xlsxSha256',
    ]);
  const asOf = asOfInstant(trx);
  if (asOf !== undefined) query = query.where('reports.publishedAt', '<=', new Date(asOf));
  return query;
}

/** Published reports, newest first, optionally of some units only (as of the transaction's instant). */
export async function listPublishedReports(
  trx: Tx,
  orgUnitIds?: readonly string[],
): Promise<PublishedReportRow[]> {
  let query = listQuery(trx);
  if (orgUnitIds) {
    if (orgUnitIds.length === 0) return [];
    query = query.where('reports.orgUnitId', 'in', orgUnitIds);
  }
  const rows = await query.orderBy('reports.publishedAt', 'desc').orderBy('reports.id').execute();
  return rows.map((row) => ({
    ...row,
    meetingDate: row.meetingDate === null ? null : String(row.meetingDate),
  }));
}

export async function findPublishedReport(trx: Tx, id: string): Promise<PublishedReportRow | undefined> {
  const row = await listQuery(trx).where('reports.id', '=', id).executeTakeFirst();
  return row && { ...row, meetingDate: row.meetingDate === null ? null : String(row.meetingDate) };
}

/** The model, or one file, of a published report, exactly as stored. */
export async function findPublishedContent(
  trx: Tx,
  id: string,
  what: 'model' | 'pdf' | 'xlsx',
): Promise<unknown> {
  const row = await trx.selectFrom('publishedReports').select(what).where('id', '=', id).executeTakeFirst();
  return row ? (row as Record<string, unknown>)[what] : undefined;
}
