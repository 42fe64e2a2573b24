import { subtreeIds, type TreeUnit } from '../../../domain/org-tree';
import { isMonth } from './rounds';

/**
 * Which period Uppföljning shows, and what it may say about reporting (issue 11, item 9): the page follows the
 * year and unit of the sidebar, opens at the latest period of that year that holds reports, and never claims
 * that everybody reported when nobody was asked to.
 */

type RoundLike = { period: string; orgUnitId: string };

/**
 * The period the figures are shown as of: the asked one (`?period=`); else the latest period of `year` in which
 * something in scope was reported; else the latest round of the year; else the year's last month — or, in the
 * year now running, last month (`lastMonth`).
 */
export function openingPeriod(input: {
  asked: string | null | undefined;
  year: number;
  reportedPeriods: readonly string[];
  rounds: readonly RoundLike[];
  lastMonth: string;
}): string {
  if (isMonth(input.asked)) return input.asked;
  const inYear = (period: string) => period.startsWith(`${input.year}-`);
  const latest = (periods: readonly string[]) =>
    periods
      .filter(inYear)
      .reduce<string | undefined>((max, p) => (max === undefined || p > max ? p : max), undefined);
  const yearEnd = `${input.year}-12`;
  return (
    latest(input.reportedPeriods) ??
    latest(input.rounds.map((r) => r.period)) ??
    (inYear(input.lastMonth) && input.lastMonth < yearEnd ? input.lastMonth : yearEnd)
  );
}

/**
 * The latest period at or before `period` in which measures of the unit's subtree (the whole organisation when
 * `orgUnitId` is undefined) were asked to report: the latest round covering part of the subtree — or, in a plan
 * without rounds up to then (history imported from the follow-up CSV), the latest period with reports, as the
 * server decides who is stale. Null when nobody was asked.
 */
export function lastDuePeriod(input: {
  period: string;
  orgUnitId: string | undefined;
  units: readonly TreeUnit[];
  rounds: readonly RoundLike[];
  reportedPeriods: readonly string[];
}): string | null {
  const { period, orgUnitId, units } = input;
  const upTo = (periods: readonly string[]) =>
    periods
      .filter((p) => p <= period)
      .reduce<string | null>((max, p) => (max === null || p > max ? p : max), null);
  const rounds = input.rounds.filter((r) => r.period <= period);
  if (rounds.length === 0) return upTo(input.reportedPeriods);
  const scope = orgUnitId ? subtreeIds(units, orgUnitId) : undefined;
  const overlaps = (round: RoundLike) =>
    !scope ||
    scope.has(round.orgUnitId) ||
    (orgUnitId !== undefined && subtreeIds(units, round.orgUnitId).has(orgUnitId));
  return upTo(rounds.filter(overlaps).map((r) => r.period));
}

export type ReportingStatement =
  | { kind: 'stale'; count: number; since: string | null }
  | { kind: 'allReported'; period: string }
  | { kind: 'noneDue' };

/**
 * What the figures may say about reporting: who is stale; that all reported — only when reports were asked for
 * in the figures' year; otherwise that none were asked for (never "all have reported" of nobody).
 */
export function reportingStatement(
  figures: { staleCount?: number | undefined; staleSince?: string | null | undefined },
  year: number,
  duePeriod: string | null,
): ReportingStatement {
  const count = figures.staleCount ?? 0;
  if (count > 0) return { kind: 'stale', count, since: figures.staleSince ?? null };
  if (duePeriod === null || !duePeriod.startsWith(`${year}-`)) return { kind: 'noneDue' };
  return { kind: 'allReported', period: duePeriod };
}
