import type { Actor } from '../../actor';
import { auditEntry } from '../../audit';
import type { Tx } from '../../db/tenant-scope';
import { appendAudit } from '../../repositories/audit-repository';
import {
  findReportsOfPeriod,
  insertReport,
  type ReportRecord,
  type ReportWrite,
  updateReport,
} from '../../repositories/report-repository';
import { reportConflict } from './report-rules';

/**
 * Creates or replaces the (measure, period) report and leaves its audit entry. An existing report is
 * replaced only at the version the caller read; otherwise, or when someone saved first in between, the
 * caller gets VERSION_CONFLICT with the current report.
 */
export async function writeReport(
  trx: Tx,
  actor: Actor,
  existing: ReportRecord | undefined,
  write: ReportWrite,
  version: number | undefined,
): Promise<ReportRecord> {
  if (existing) {
    if (version !== existing.version) throw await reportConflict(trx, existing);
    const updated = await updateReport(trx, write, version);
    if (!updated) throw await reportConflict(trx, await currentReport(trx, write));
    await appendAudit(trx, [auditEntry(actor, 'measureReport', updated.id, 'update', existing, updated)]);
    return updated;
  }
  const created = await insertReport(trx, write);
  if (!created) throw await reportConflict(trx, await currentReport(trx, write));
  await appendAudit(trx, [auditEntry(actor, 'measureReport', created.id, 'create', null, created)]);
  return created;
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
