import { type DeviationDirection, deviation, deviationDirection } from '../../../shared/deviation';
import type { TPlanSummary, TStatusCounts } from '../../../shared/schemas/summary';

/**
 * What the overview leads with (issue 11, item 7): once anyone has reported for the year, the follow-up —
 * forecast against target as of the latest month with reports — and the plan after it; before that, the plan.
 */
export type Lead = { kind: 'forecast'; period: string } | { kind: 'planned' };

export function chooseLead(latestReportedPeriod: string | null | undefined): Lead {
  return latestReportedPeriod ? { kind: 'forecast', period: latestReportedPeriod } : { kind: 'planned' };
}

export interface ForecastHeadline {
  forecast: number;
  target: number | null;
  /** forecast − target (src/shared/deviation.ts): negative is short of the target. */
  deviation: number | null;
  direction: DeviationDirection | null;
  planned: number;
  /** The risk-weighted forecast: each measure's forecast × its feasibility weight. */
  riskWeighted: number;
  stale: number;
  staleCount: number;
  staleSince: string | null;
}

/** The headline figures out of a summary asked with `period`; null when it carries no follow-up figures. */
export function forecastHeadline(total: TPlanSummary['total']): ForecastHeadline | null {
  if (total.forecast === undefined) return null;
  const value = deviation(total.forecast, total.target);
  return {
    forecast: total.forecast,
    target: total.target,
    deviation: value,
    direction: deviationDirection(value),
    planned: total.planned,
    riskWeighted: total.riskWeighted ?? 0,
    stale: total.stale ?? 0,
    staleCount: total.staleCount ?? 0,
    staleSince: total.staleSince ?? null,
  };
}

export type StatusKey = keyof TStatusCounts;

/**
 * The status counts in the order a reader scans them — red, yellow, green always (a 0 is news too), then
 * done, cancelled and not reported only when some are — with the number of measures they add up to.
 */
export function statusCountItems(counts: TStatusCounts): {
  items: { status: StatusKey; count: number }[];
  total: number;
} {
  const always: StatusKey[] = ['red', 'yellow', 'green'];
  const others: StatusKey[] = ['done', 'cancelled', 'notReported'];
  const items = [
    ...always.map((status) => ({ status, count: counts[status] })),
    ...others.filter((status) => counts[status] > 0).map((status) => ({ status, count: counts[status] })),
  ];
  const total = Object.values(counts).reduce((sum, count) => sum + count, 0);
  return { items, total };
}
