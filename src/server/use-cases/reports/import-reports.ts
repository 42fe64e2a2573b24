import type { Kysely } from 'kysely';
import { canEditMeasure } from '../../../domain/access';
import type { Actor } from '../../actor';
import { auditEntry } from '../../audit';
import type { Database } from '../../db/schema';
import { type Tx, withTenant } from '../../db/tenant-scope';
import { type ReportIssue, type ReportLine, readReportsCsv } from '../../io/read-reports-csv';
import { appendAudit } from '../../repositories/audit-repository';
import {
  findFrozenPairs,
  findMeasuresByCodes,
  findReportsOf,
  insertReports,
  type MeasureByCode,
  type ReportRecord,
  type ReportWrite,
  replaceReports,
} from '../../repositories/report-repository';
import { FigureLimitExceeded, guardFigureLimit } from '../figure-limit';
import { loadTree } from '../load-access';

export interface ImportReportsResult {
  /** Lines written (new or changed reports). */
  imported: number;
  unchanged: number;
  errors: ReportIssue[];
}

function isSameReport(stored: ReportRecord, line: ReportLine): boolean {
  return (
    !stored.isDraft &&
    stored.outcomeYtd === line.outcomeYtd &&
    stored.forecastYear === line.forecastYear &&
    stored.status === line.status &&
    stored.comment === line.comment
  );
}

/** Which measure each line means: the code must name exactly one measure (of `planId`, when given). */
function resolveMeasures(lines: readonly ReportLine[], measures: readonly MeasureByCode[], planId?: string) {
  const byCode = new Map<string, MeasureByCode[]>();
  for (const measure of measures) {
    if (planId && measure.planId !== planId) continue;
    byCode.set(measure.code, [...(byCode.get(measure.code) ?? []), measure]);
  }
  const errors: ReportIssue[] = [];
  const resolved = new Map<number, MeasureByCode>();
  for (const line of lines) {
    const found = byCode.get(line.code) ?? [];
    if (found.length === 0) errors.push({ line: line.line, message: `Åtgärden ${line.code} finns inte` });
    else if (found.length > 1)
      errors.push({ line: line.line, message: `Koden ${line.code} finns i flera planer; ange planen` });
    else resolved.set(line.line, found[0]!);
  }
  return { resolved, errors };
}

/**
 * Imports monthly reports from the follow-up CSV: all or nothing, every error with its line. A report for
 * a (measure, period) that exists is replaced when it differs; a closed period is refused. Idempotent.
 */
export async function importReports(
  db: Kysely<Database>,
  actor: Actor,
  text: string,
  options: {
    planId?: string /** Dates the import (withTenant's `clock`): the demo only. */;
    clock?: string;
  } = {},
): Promise<ImportReportsResult> {
  const parsed = readReportsCsv(text);
  if (parsed.errors.length > 0) return { imported: 0, unchanged: 0, errors: parsed.errors };
  try {
    return await withTenant(
      db,
      actor.tenantId,
      (trx) => importInto(trx, actor, parsed.lines, options.planId),
      {
        clock: options.clock,
      },
    );
  } catch (error) {
    if (!(error instanceof FigureLimitExceeded)) throw error;
    // the line with the largest amount is the likeliest mistake
    const size = (l: ReportLine) => Math.max(Math.abs(l.outcomeYtd ?? 0), Math.abs(l.forecastYear ?? 0));
    const line = parsed.lines.reduce((a, b) => (size(b) > size(a) ? b : a), parsed.lines[0]!);
    return { imported: 0, unchanged: 0, errors: [{ line: line.line, message: error.message }] };
  }
}

async function importInto(
  trx: Tx,
  actor: Actor,
  lines: readonly ReportLine[],
  planId: string | undefined,
): Promise<ImportReportsResult> {
  const measures = await findMeasuresByCodes(
    trx,
    lines.map((l) => l.code),
  );
  const { resolved, errors } = resolveMeasures(lines, measures, planId);
  const { parents } = await loadTree(trx);
  const ids = [...new Set([...resolved.values()].map((m) => m.id))];
  const frozen = await findFrozenPairs(trx, ids);
  const stored = new Map((await findReportsOf(trx, ids)).map((r) => [`${r.measureId}|${r.period}`, r]));
  const inserts: ReportWrite[] = [];
  const replaces: { write: ReportWrite; before: ReportRecord }[] = [];
  let unchanged = 0;
  for (const line of lines) {
    const measure = resolved.get(line.line);
    if (!measure) continue;
    if (!canEditMeasure(actor, parents, measure)) {
      errors.push({ line: line.line, message: `Du får inte rapportera för ${line.code}` });
      continue;
    }
    const key = `${measure.id}|${line.period}`;
    const before = stored.get(key);
    // The same report again changes nothing, even in a closed period (re-importing a whole history).
    if (before && isSameReport(before, line)) {
      unchanged++;
      continue;
    }
    if (frozen.has(key)) {
      errors.push({ line: line.line, message: `Perioden ${line.period} är stängd för ${line.code}` });
      continue;
    }
    const write: ReportWrite = {
      tenantId: actor.tenantId,
      measureId: measure.id,
      period: line.period,
      outcomeYtd: line.outcomeYtd,
      forecastYear: line.forecastYear,
      status: line.status,
      comment: line.comment,
      isDraft: false,
      isUnchanged: false,
      reportedBy: actor.userId,
      reportedByName: actor.name,
    };
    if (before) replaces.push({ write, before });
    else inserts.push(write);
  }
  errors.sort((a, b) => a.line - b.line);
  if (errors.length > 0) return { imported: 0, unchanged: 0, errors };
  const figures = await guardFigureLimit(trx);
  const created = await insertReports(trx, inserts);
  await replaceReports(
    trx,
    replaces.map((r) => r.write),
  );
  await figures.check();
  await appendAudit(trx, [
    ...inserts.map((write, i) => auditEntry(actor, 'measureReport', created[i]!.id, 'create', null, write)),
    ...replaces.map(({ write, before }) =>
      auditEntry(actor, 'measureReport', before.id, 'update', before, { ...before, ...write }),
    ),
  ]);
  return { imported: inserts.length + replaces.length, unchanged, errors: [] };
}
