import type { TReportMeasure, TReportUnit } from '../../../shared/schemas/board-report';
import type { Tx } from '../../db/tenant-scope';
import { findAnalyses, findPeriodComments } from '../../repositories/board-report-repository';
import type { UnitRowParts } from './report-units';

/**
 * The sub-units' rows with the controller's written analysis of each for the period, and the comments the
 * managers wrote in the period's reports of its measures (in the order of the measure table).
 */
export async function withAnalyses(
  trx: Tx,
  planId: string,
  period: string,
  rows: readonly UnitRowParts[],
  measures: readonly TReportMeasure[],
  scopeUnitId: string,
): Promise<{ units: TReportUnit[]; analysis: TReportUnit['analysis'] }> {
  const [analyses, comments] = await Promise.all([
    findAnalyses(trx, planId, period),
    findPeriodComments(trx, planId, period),
  ]);
  const analysisOf = (unitId: string): TReportUnit['analysis'] => {
    const analysis = analyses.find((a) => a.orgUnitId === unitId && a.text.trim() !== '');
    return analysis
      ? {
          text: analysis.text,
          byName: analysis.byName,
          at: new Date(analysis.at).toISOString(),
          version: analysis.version,
        }
      : null;
  };
  const commentOf = new Map(comments.map((c) => [c.measureId, c]));
  const units = rows.map((row) => {
    return {
      ...row,
      analysis: analysisOf(row.unitId),
      comments: measures
        .filter((m) => m.groupUnitId === row.unitId && commentOf.has(m.id))
        .map((m) => ({
          code: m.code,
          comment: commentOf.get(m.id)!.comment,
          byName: commentOf.get(m.id)!.byName,
        })),
    };
  });
  return { units, analysis: analysisOf(scopeUnitId) };
}
