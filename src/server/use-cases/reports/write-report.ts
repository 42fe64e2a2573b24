import { randomUUID } from 'node:crypto';
import type { Actor } from '../../actor';
import { auditEntry } from '../../audit';
import { type Tx, transactionInstant } from '../../db/tenant-scope';
import {
  findReportsOfPeriod,
  insertReport,
  type ReportRecord,
  type ReportWrite,
  updateReport,
} from '../../repositories/report-repository';
import { reportConflict } from './report-rules';

/**
 * Creates or replaces the (measure, period) report and leaves its audit entry, both in one statement. An
 * existing report is replaced only at the version the caller read; otherwise, or when someone saved first in
 * between, the caller gets VERSION_CONFLICT with the current report.
 *
 * The audit entry is written with the row, so its "after" is the record the write will store (id, time and
 * version fixed here); the row the database returns is checked against it, so the log cannot drift from
 * what was stored.
 */
export async function writeReport(
  trx: Tx,
  actor: Actor,
  existing: ReportRecord | undefined,
  write: ReportWrite,
  version: number | undefined,
): Promise<ReportRecord> {
  const reportedAt = await transactionInstant(trx);
  if (existing) {
    if (version !== existing.version) throw await reportConflict(trx, existing);
    const after = recordOf(existing.id, write, reportedAt, existing.version + 1);
    const audit = auditEntry(actor, 'measureReport', existing.id, 'update', existing, after);
    const updated = await updateReport(trx, { ...write, reportedAt }, version, audit);
    if (!updated) throw await reportConflict(trx, await currentReport(trx, write));
    return checkedAgainst(after, updated);
  }
  const after = recordOf(randomUUID(), write, reportedAt, 1);
  const audit = auditEntry(actor, 'measureReport', after.id, 'create', null, after);
  const created = await insertReport(trx, { ...write, id: after.id, reportedAt }, audit);
  if (!created) throw await reportConflict(trx, await currentReport(trx, write));
  return checkedAgainst(after, created);
}

function recordOf(id: string, write: ReportWrite, reportedAt: Date, version: number): ReportRecord {
  const { tenantId: _tenant, ...fields } = write;
  return { id, ...fields, reportedAt, version };
}

function checkedAgainst(expected: ReportRecord, stored: ReportRecord): ReportRecord {
  const same = (Object.keys(expected) as (keyof ReportRecord)[]).every((key) =>
    key === 'reportedAt'
      ? expected.reportedAt.getTime() === stored.reportedAt.getTime()
      : expected[key] === stored[key],
  );
  if (!same) throw new Error(`measure report ${stored.id}: the stored row differs from its audit entry`);
  return stored;
}

async function currentReport(trx: Tx, write: ReportWrite): Promise<ReportRecord> {
  const [current] = await findReportsOfPeriod(trx, [write.measureId], write.period);
  return current!;
}

export function reportWrite(
  actor: Actor,
  measureId: string,
  period: string,
  values: Pick<ReportWrite, 'outcomeYtd' | 'forecastYear' | 'status' | 'comment' | 'isDraft' | 'isUnchanged'>,
): ReportWrite {
  return {
    tenantId: actor.tenantId,
    measureId,
    period,
    ...values,
    reportedBy: actor.userId,
    reportedByName: actor.name,
  };
}
