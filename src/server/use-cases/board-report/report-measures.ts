import { compareSwedish } from '../../../shared/collation';
import type { MeasureStatus } from '../../../shared/enums';
import type { TReportMeasure } from '../../../shared/schemas/board-report';
import type { TMeasureFollowUp } from '../../../shared/schemas/measure-follow-up';
import type { ReportMeasureRow } from '../../repositories/board-report-repository';

/**
 * The report's measure table: every measure of the scope with its follow-up figures exactly as the
 * per-measure follow-up gives them (deviation = forecast − planned), grouped under the sub-unit it belongs
 * to (`groupOf`), in the order of the sub-units and then by code.
 */
export function reportMeasures(
  followUp: TMeasureFollowUp,
  labels: ReadonlyMap<string, ReportMeasureRow>,
  paths: ReadonlyMap<string, string>,
  groupOf: (orgUnitId: string) => string,
  groupOrder: readonly string[],
): TReportMeasure[] {
  const rows = followUp.items.flatMap((item): TReportMeasure[] => {
    const label = labels.get(item.measureId);
    if (!label) return [];
    return [
      {
        id: item.measureId,
        code: label.code,
        title: label.title,
        unit: paths.get(label.orgUnitId) ?? '',
        groupUnitId: groupOf(label.orgUnitId),
        responsible: label.responsible,
        planned: item.target,
        outcome: item.outcome,
        forecast: item.forecast,
        deviation: item.forecast - item.target,
        status: item.status,
        measureStatus: label.status as MeasureStatus,
        comment: item.comment,
        lastReported: item.lastReportedPeriod,
        stale: item.isStale,
        savingsType: label.savingsType ?? '',
      },
    ];
  });
  const rank = new Map(groupOrder.map((id, index) => [id, index]));
  return rows.sort(
    (a, b) =>
      (rank.get(a.groupUnitId) ?? 0) - (rank.get(b.groupUnitId) ?? 0) || compareSwedish(a.code, b.code),
  );
}
