import type { TreeUnit } from '../../../domain/org-tree';
import type { TReportFigures, TReportUnit } from '../../../shared/schemas/board-report';
import type { TPlanSummary } from '../../../shared/schemas/summary';

type SummaryFigures = TPlanSummary['total'] | TPlanSummary['rows'][number];

/** stale ÷ forecast, 0 when the forecast is 0. */
export function staleShare(stale: number, forecast: number): number {
  return forecast === 0 ? 0 : stale / forecast;
}

/** The report's key figures out of a row (or the total) of the follow-up summary, unchanged. */
export function reportFigures(row: SummaryFigures): TReportFigures {
  const forecast = row.forecast ?? 0;
  const stale = row.stale ?? 0;
  return {
    target: row.target,
    planned: row.planned,
    originalPlanned: row.originalPlanned,
    outcome: row.outcome ?? 0,
    forecast,
    deviation: row.deviation ?? null,
    riskWeighted: row.riskWeighted ?? 0,
    stale,
    staleShare: staleShare(stale, forecast),
  };
}

/** `whole` − the sum of `parts`, field by field: the unit's own measures (roll-ups are exact sums). */
function ownFigures(whole: TReportFigures, parts: readonly TReportFigures[]): TReportFigures {
  const minus = (field: 'planned' | 'outcome' | 'forecast' | 'riskWeighted' | 'stale') =>
    parts.reduce((rest, part) => rest - part[field], whole[field]);
  const original =
    whole.originalPlanned === null
      ? null
      : parts.reduce((rest, part) => rest - (part.originalPlanned ?? 0), whole.originalPlanned);
  const forecast = minus('forecast');
  const stale = minus('stale');
  return {
    target: null,
    planned: minus('planned'),
    originalPlanned: original,
    outcome: minus('outcome'),
    forecast,
    deviation: null,
    riskWeighted: minus('riskWeighted'),
    stale,
    staleShare: staleShare(stale, forecast),
  };
}

export type UnitRowParts = Omit<TReportUnit, 'analysis' | 'comments'>;

/**
 * The sub-units of the report: the direct children of `unitId` with their subtree figures — the summary's
 * unit rows as they are — and first, when it has measures of its own, the unit itself with the figures of
 * those (its row less its children's).
 */
export function reportUnitRows(
  summary: TPlanSummary,
  units: readonly (TreeUnit & { name: string })[],
  unitId: string,
  scopeFigures: TReportFigures,
  hasOwnMeasures: boolean,
): UnitRowParts[] {
  const rowOf = new Map(summary.rows.map((row) => [row.unitId, row]));
  const children = units
    .filter((unit) => unit.parentId === unitId)
    .flatMap((unit) => {
      const row = rowOf.get(unit.id);
      return row ? [{ unitId: unit.id, path: row.key, name: unit.name, ...reportFigures(row) }] : [];
    })
    .sort((a, b) => summary.rows.indexOf(rowOf.get(a.unitId)!) - summary.rows.indexOf(rowOf.get(b.unitId)!));
  if (!hasOwnMeasures) return children;
  const self = units.find((unit) => unit.id === unitId)!;
  const own = ownFigures(scopeFigures, children);
  return [{ unitId, path: rowOf.get(unitId)?.key ?? self.name, name: self.name, ...own }, ...children];
}
