import type { MeasureReport } from '../../../domain/follow-up/report';
import { subtreeIds, type TreeUnit } from '../../../domain/org-tree';
import type { PlannedMeasure } from '../../../domain/planned-effect';

/**
 * The period each unit was last due to report in, at or before the as-of period: the latest reporting round
 * whose subtree holds the unit. A plan without rounds (its history was imported, e.g. from the follow-up CSV)
 * expects every unit in `latestReported` — the latest period anyone reported in, the period the organisation
 * followed up last. Units never due are absent.
 */
export function expectedPeriodByUnit(
  units: readonly TreeUnit[],
  rounds: readonly { period: string; orgUnitId: string }[],
  latestReported: string | null,
): Map<string, string> {
  const latestByUnit = new Map<string, string>();
  if (rounds.length === 0) {
    if (latestReported !== null) for (const unit of units) latestByUnit.set(unit.id, latestReported);
    return latestByUnit;
  }
  for (const round of [...rounds].sort((a, b) => a.period.localeCompare(b.period))) {
    for (const unitId of subtreeIds(units, round.orgUnitId)) latestByUnit.set(unitId, round.period);
  }
  return latestByUnit;
}

/** The period each measure was last due to report in (see `expectedPeriodByUnit`), null when never. */
export function expectedPeriods(
  units: readonly TreeUnit[],
  measures: readonly Pick<PlannedMeasure, 'id' | 'orgUnitId'>[],
  rounds: readonly { period: string; orgUnitId: string }[],
  reports: readonly Pick<MeasureReport, 'period'>[],
): Map<string, string | null> {
  const latest = reports.reduce<string | null>(
    (max, r) => (max === null || r.period > max ? r.period : max),
    null,
  );
  const byUnit = expectedPeriodByUnit(units, rounds, latest);
  return new Map(measures.map((measure) => [measure.id, byUnit.get(measure.orgUnitId) ?? null]));
}
