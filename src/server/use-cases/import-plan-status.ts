import { needsRegisteredDecision } from '../../domain/measure-status';
import { MEASURE_STATUS_SV, type MeasureStatus } from '../../shared/enums';
import type { Tx } from '../db/tenant-scope';
import type { ImportIssue } from '../io/plan-workbook';
import { findMeasuresDecidedTo } from '../repositories/decision-repository';

export interface ImportedStatusChange {
  rowNumber: number;
  code: string;
  measureId: string;
  from: MeasureStatus;
  to: MeasureStatus;
}

/**
 * Issue 12: a re-import may not make an existing measure beslutad or utgår unless a registered *beslut* gives
 * it that status (new measures keep the file's status: the spreadsheet records earlier decisions, and they
 * then show among the measures without a decision). One issue per refused row, at its Status cell.
 */
export async function checkImportedStatuses(
  trx: Tx,
  changes: readonly ImportedStatusChange[],
  statusColumn: string | undefined,
): Promise<ImportIssue[]> {
  const issues: ImportIssue[] = [];
  for (const to of ['decided', 'cancelled'] as const) {
    const wanted = changes.filter((change) => change.to === to && needsRegisteredDecision(change.from, to));
    if (wanted.length === 0) continue;
    const allowed = await findMeasuresDecidedTo(
      trx,
      wanted.map((change) => change.measureId),
      to,
    );
    for (const change of wanted.filter((c) => !allowed.has(c.measureId))) {
      issues.push({
        cell: `Åtgärder!${statusColumn ?? 'A'}${change.rowNumber}`,
        message: `Rad ${change.rowNumber}: ${change.code} kan inte bli ${MEASURE_STATUS_SV[to]} genom importen; registrera beslutet först (Beslut › Registrera beslut)`,
      });
    }
  }
  return issues.sort((a, b) => a.cell.localeCompare(b.cell, 'sv', { numeric: true }));
}
