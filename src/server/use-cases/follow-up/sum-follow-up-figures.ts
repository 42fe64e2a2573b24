import {
  type FiguresByKey,
  type FiguresByUnitAndKey,
  rollUpFigures,
  totalOverRootUnits,
} from '../../../domain/follow-up/follow-up-figures';
import { feasibilityWeightsFromDecimals } from '../../../domain/follow-up/risk-weight';
import type { Grouping } from '../../../shared/enums';
import type { Tx } from '../../db/tenant-scope';
import { findRoundsUpTo } from '../../repositories/follow-up-repository';
import { type ExpectedPeriods, sumOwnFollowUpFigures } from '../../repositories/follow-up-summary-repository';
import type { OrgUnitRecord } from '../../repositories/org-unit-repository';
import type { PlanRecord } from '../../repositories/plan-repository';
import { findTenantSettings } from '../../repositories/tenant-settings-repository';
import { expectedPeriodByUnit } from './expected-periods';
import { loadFollowUp } from './summarize-follow-up';

export interface FollowUpTotals {
  /** Subtree figures per unit and key. */
  byUnit: FiguresByUnitAndKey;
  /** The whole organisation per key. */
  total: FiguresByKey;
}

/**
 * The follow-up figures of a plan for a year as of a period, for any grouping, computed where it pays: for the
 * groupings by an attribute of the measure (unit, category, group, savings type, feasibility, programme) the
 * database sums each unit's own measures (follow-up-summary-repository.ts) and the tree is rolled up here;
 * by year and by cost type — where one measure splits over several keys — the pure domain functions compute
 * from the measures and reports. Both follow the same rules, held equal by a property test.
 */
export async function loadFollowUpFigures(
  trx: Tx,
  plan: PlanRecord,
  units: readonly OrgUnitRecord[],
  query: { year: number; period: string; planYears: readonly number[] },
): Promise<(by: Grouping) => Promise<FollowUpTotals>> {
  const [rounds, settings] = await Promise.all([
    findRoundsUpTo(trx, plan.id, query.period),
    findTenantSettings(trx),
  ]);
  // Without rounds every unit is due in the latest period anyone reported in: the statement finds it.
  const expected: ExpectedPeriods =
    rounds.length === 0 ? 'latestReported' : { byUnit: expectedPeriodByUnit(units, rounds, null) };
  const weights = feasibilityWeightsFromDecimals(settings.feasibilityWeights);
  let byCostType: ReturnType<typeof loadFollowUp> | undefined;
  let byYear: ReturnType<typeof loadFollowUp> | undefined;
  return async (by) => {
    if (by === 'costType') {
      byCostType ??= loadFollowUp(trx, plan, units, query);
      return (await byCostType)(by);
    }
    if (by === 'year') {
      byYear ??= loadFollowUp(trx, plan, units, query, true);
      return (await byYear)(by);
    }
    const own = await sumOwnFollowUpFigures(trx, {
      planId: plan.id,
      convention: plan.convention,
      year: query.year,
      asOf: query.period,
      by,
      expected,
      weights,
    });
    const byUnit = rollUpFigures(units, own);
    return { byUnit, total: totalOverRootUnits(units, byUnit) };
  };
}
