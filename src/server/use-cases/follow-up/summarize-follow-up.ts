import { type FollowUpSummary, summarizeFollowUp } from '../../../domain/follow-up/follow-up-summary';
import { feasibilityWeightsFromDecimals } from '../../../domain/follow-up/risk-weight';
import type { Grouping } from '../../../shared/enums';
import type { Tx } from '../../db/tenant-scope';
import {
  findPlannedMeasures,
  findRoundsUpTo,
  findSubmittedReports,
} from '../../repositories/follow-up-repository';
import type { OrgUnitRecord } from '../../repositories/org-unit-repository';
import type { PlanRecord } from '../../repositories/plan-repository';
import { findTenantSettings } from '../../repositories/tenant-settings-repository';
import { expectedPeriods } from './expected-periods';

/**
 * The follow-up figures of a plan for a year as of a period (SPEC §4), for one grouping: what was reported
 * up to then (never drafts, never later reports), which measures are stale, and the roll-up of every figure.
 * `allPlanYears` reads the reports of every plan year (the `year` grouping shows each of them), not only the
 * follow-up year's.
 */
export async function loadFollowUp(
  trx: Tx,
  plan: PlanRecord,
  units: readonly OrgUnitRecord[],
  query: { year: number; period: string; planYears: readonly number[] },
  allPlanYears = false,
): Promise<(by: Grouping) => FollowUpSummary> {
  const fromYear = allPlanYears ? Math.min(query.year, ...query.planYears) : query.year;
  const [measures, reports, rounds, settings] = await Promise.all([
    findPlannedMeasures(trx, plan.id),
    findSubmittedReports(trx, plan.id, fromYear, query.period),
    findRoundsUpTo(trx, plan.id, query.period),
    findTenantSettings(trx),
  ]);
  const weights = feasibilityWeightsFromDecimals(settings.feasibilityWeights);
  const expected = expectedPeriods(units, measures, rounds, reports);
  return (by) =>
    summarizeFollowUp({
      units,
      measures,
      reports,
      expectedPeriods: expected,
      convention: plan.convention,
      year: query.year,
      planYears: query.planYears,
      asOf: query.period,
      by,
      weights,
    });
}
