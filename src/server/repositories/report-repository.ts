import { sql } from 'kysely';
import type { Tx } from '../db/tenant-scope';
import { type AuditEntry, appendAuditIfWritten } from './audit-repository';
import { type BulkColumn, insertJsonRows } from './bulk-insert';

/** A measure report as stored: amounts whole kronor, status a code of REPORT_STATUSES. */
export interface ReportRecord {
  id: string;
  measureId: string;
  period: string;
  outcomeYtd: number | null;
  forecastYear: number | null;
  status: string;
  comment: string | null;
  isDraft: boolean;
  isUnchanged: boolean;
  reportedBy: string | null;
  reportedByName: string;
  reportedAt: Date;
  version: number;
}

/** What identifies a measure by its code in any of the tenant's plans. */
export interface MeasureByCode {
  id: string;
  code: string;
  planId: string;
  orgUnitId: string;
  responsibleUserId: string | null;
}

export async function findMeasuresByCodes(trx: Tx, codes: readonly string[]): Promise<MeasureByCode[]> {
  if (codes.length === 0) return [];
  return trx
    .selectFrom('measures')
    .select(['id', 'code', 'planId', 'orgUnitId', 'responsibleUserId'])
    .where('code', 'in', [...new Set(codes)])
    .execute();
}

const RECORD_COLUMNS = [
  'id',
  'measureId',
  'period',
  'outcomeYtd',
  'forecastYear',
  'status',
  'comment',
  'isDraft',
  'isUnchanged',
  'reportedBy',
  'reportedByName',
  'reportedAt',
  'version',
] as const;

export async function findReportsOf(trx: Tx, measureIds: readonly string[]): Promise<ReportRecord[]> {
  if (measureIds.length === 0) return [];
  return trx
    .selectFrom('measureReports')
    .select(RECORD_COLUMNS)
    .where('measureId', 'in', measureIds)
    .orderBy('period')
    .execute();
}

/** The (measure, period) pairs among these measures that a closed round has frozen. */
export async function findFrozenPairs(trx: Tx, measureIds: readonly string[]): Promise<Set<string>> {
  if (measureIds.length === 0) return new Set();
  const rows = await trx
    .selectFrom('frozenReports')
    .select(['measureId', 'period'])
    .where('measureId', 'in', measureIds)
    .execute();
  return new Set(rows.map((row) => `${row.measureId}|${row.period}`));
}

/** A report to write: new, or replacing the (measure, period) one (its version goes up by one). */
export interface ReportWrite {
  tenantId: string;
  measureId: string;
  period: string;
  outcomeYtd: number | null;
  forecastYear: number | null;
  status: string;
  comment: string | null;
  isDraft: boolean;
  isUnchanged: boolean;
  reportedBy: string | null;
  reportedByName: string;
}

const REPORT_COLUMNS: readonly BulkColumn[] = [
  ['tenant_id', 'uuid'],
  ['measure_id', 'uuid'],
  ['period', 'text'],
  ['outcome_ytd', 'bigint'],
  ['forecast_year', 'bigint'],
  ['status', 'text'],
  ['comment', 'text'],
  ['is_draft', 'boolean'],
  ['is_unchanged', 'boolean'],
  ['reported_by', 'uuid'],
  ['reported_by_name', 'text'],
];

function toJsonRow(row: ReportWrite): Record<string, unknown> {
  return {
    tenant_id: row.tenantId,
    measure_id: row.measureId,
    period: row.period,
    outcome_ytd: row.outcomeYtd,
    forecast_year: row.forecastYear,
    status: row.status,
    comment: row.comment,
    is_draft: row.isDraft,
    is_unchanged: row.isUnchanged,
    reported_by: row.reportedBy,
    reported_by_name: row.reportedByName,
  };
}

/** Inserts new reports; the (measure, period) pairs must not exist (use `replaceReports` for those). */
export async function insertReports(trx: Tx, rows: readonly ReportWrite[]): Promise<{ id: string }[]> {
  return insertJsonRows<{ id: string }>(trx, 'measure_reports', REPORT_COLUMNS, rows.map(toJsonRow), ['id']);
}

/** Replaces existing reports, one statement per chunk: reported_at becomes now and the version goes up. */
export async function replaceReports(trx: Tx, rows: readonly ReportWrite[]): Promise<void> {
  const definitions = sql.raw(REPORT_COLUMNS.map(([name, type]) => `${name} ${type}`).join(', '));
  for (let start = 0; start < rows.length; start += 5_000) {
    const chunk = JSON.stringify(rows.slice(start, start + 5_000).map(toJsonRow));
    await sql`
      update measure_reports r set
        outcome_ytd = x.outcome_ytd, forecast_year = x.forecast_year, status = x.status,
        comment = x.comment, is_draft = x.is_draft, is_unchanged = x.is_unchanged,
        reported_by = x.reported_by, reported_by_name = x.reported_by_name,
        reported_at = balans_now(), version = r.version + 1
      from jsonb_to_recordset(${chunk}::jsonb) as x(${definitions})
      where r.measure_id = x.measure_id and r.period = x.period
    `.execute(trx);
  }
}

/** The reports (drafts included) of these measures for one period. */
export async function findReportsOfPeriod(
  trx: Tx,
  measureIds: readonly string[],
  period: string,
): Promise<ReportRecord[]> {
  if (measureIds.length === 0) return [];
  return trx
    .selectFrom('measureReports')
    .select(RECORD_COLUMNS)
    .where('measureId', 'in', measureIds)
    .where('period', '=', period)
    .execute();
}

/**
 * Each measure's latest submitted report before `period` (drafts never count). The latest is of the same
 * year whenever that year has one, which is what prefilling and "Oförändrad" need.
 */
export async function findPreviousReports(
  trx: Tx,
  measureIds: readonly string[],
  period: string,
): Promise<ReportRecord[]> {
  if (measureIds.length === 0) return [];
  return trx
    .selectFrom('measureReports')
    .distinctOn('measureId')
    .select(RECORD_COLUMNS)
    .where('measureId', 'in', measureIds)
    .where('period', '<', period)
    .where('isDraft', '=', false)
    .orderBy('measureId')
    .orderBy('period', 'desc')
    .execute();
}

const RECORD_SQL = sql.raw(
  'id, measure_id, period, outcome_ytd, forecast_year, status, comment, is_draft, is_unchanged, reported_by, ' +
    'reported_by_name, reported_at, version',
);

/**
 * Writes a new report with its audit entry, in one statement; undefined (and no entry) when the
 * (measure, period) report exists already — a concurrent save.
 */
export async function insertReport(
  trx: Tx,
  row: ReportWrite & { id: string; reportedAt: Date },
  audit: AuditEntry,
): Promise<ReportRecord | undefined> {
  const result = await sql<ReportRecord>`
    with written as (
      insert into measure_reports (id, tenant_id, measure_id, period, outcome_ytd, forecast_year, status, comment,
        is_draft, is_unchanged, reported_by, reported_by_name, reported_at)
      values (${row.id}, ${row.tenantId}, ${row.measureId}, ${row.period}, ${row.outcomeYtd}, ${row.forecastYear},
        ${row.status}, ${row.comment}, ${row.isDraft}, ${row.isUnchanged}, ${row.reportedBy}, ${row.reportedByName},
        ${row.reportedAt})
      on conflict (measure_id, period) do nothing
      returning ${RECORD_SQL}
    ), audited as (${appendAuditIfWritten(audit, 'written')})
    select * from written`.execute(trx);
  return result.rows[0];
}

/**
 * Replaces the report at `version` (version + 1) with its audit entry, in one statement; undefined (and no
 * entry) when it has moved on.
 */
export async function updateReport(
  trx: Tx,
  row: ReportWrite & { reportedAt: Date },
  version: number,
  audit: AuditEntry,
): Promise<ReportRecord | undefined> {
  const result = await sql<ReportRecord>`
    with written as (
      update measure_reports set outcome_ytd = ${row.outcomeYtd}, forecast_year = ${row.forecastYear},
        status = ${row.status}, comment = ${row.comment}, is_draft = ${row.isDraft}, is_unchanged = ${row.isUnchanged},
        reported_by = ${row.reportedBy}, reported_by_name = ${row.reportedByName}, reported_at = ${row.reportedAt},
        version = version + 1
      where measure_id = ${row.measureId} and period = ${row.period} and version = ${version}
      returning ${RECORD_SQL}
    ), audited as (${appendAuditIfWritten(audit, 'written')})
    select * from written`.execute(trx);
  return result.rows[0];
}

/** Inserts new reports, skipping (measure, period) pairs that exist by now; returns those it wrote. */
export async function insertReportsIfAbsent(trx: Tx, rows: readonly ReportWrite[]): Promise<ReportRecord[]> {
  const written: ReportRecord[] = [];
  for (let start = 0; start < rows.length; start += 1_000) {
    written.push(
      ...(await trx
        .insertInto('measureReports')
        .values(rows.slice(start, start + 1_000))
        .onConflict((conflict) => conflict.columns(['measureId', 'period']).doNothing())
        .returning(RECORD_COLUMNS)
        .execute()),
    );
  }
  return written;
}

/**
 * Deletes the reports still at the given versions and still "unchanged" confirmations (undoing "Alla
 * oförändrade"); returns those deleted. The history table keeps them (decision 0009).
 */
export async function deleteUnchangedReports(
  trx: Tx,
  reports: readonly { id: string; version: number }[],
): Promise<ReportRecord[]> {
  const deleted: ReportRecord[] = [];
  for (const report of reports) {
    const row = await trx
      .deleteFrom('measureReports')
      .where('id', '=', report.id)
      .where('version', '=', report.version)
      .where('isUnchanged', '=', true)
      .where('isDraft', '=', false)
      .returning(RECORD_COLUMNS)
      .executeTakeFirst();
    if (row) deleted.push(row);
  }
  return deleted;
}
