import type { MeasureReport } from '../../../domain/follow-up/report';
import { subtreeIds, type TreeUnit } from '../../../domain/org-tree';
import type { PlannedMeasure } from '../../../domain/planned-effect';

/**
 * The period each measure was last due to report in, at or before the as-of period: the latest reporting
 * round whose subtree holds the measure's unit. A plan without rounds (its history was imported, e.g. from
 * the follow-up CSV) expects every measure in the latest period anyone reported in — the period the
 * organisation followed up last.
 */
export function expectedPeriods(
  units: readonly TreeUnit[],
  measures: readonly Pick<PlannedMeasure, 'id' | 'orgUnitId'>[],
  rounds: readonly { period: string; orgUnitId: string }[],
  reports: readonly Pick<MeasureReport, 'period'>[],
): Map<string, string | null> {
  const expected = new Map<string, string | null>();
  if (rounds.length === 0) {
    const latest = reports.reduce<string | null>(
      (max, r) => (max === null || r.period > max ? r.period : max),
      null,
    );
    for (const measure of measures) expected.set(measure.id, latest);
    return expected;
  }
  const latestByUnit = new Map<string, string>();
  for (const round of [...rounds].sort((a, b) => a.period.localeCompare(b.period))) {
    for (const unitId of subtreeIds(units, round.orgUnitId)) latestByUnit.set(unitId, round.period);
  }
  for (const measure of measures) expected.set(measure.id, latestByUnit.get(measure.orgUnitId) ?? null);
  return expected;
}
