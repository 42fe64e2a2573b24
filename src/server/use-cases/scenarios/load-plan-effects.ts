import { feasibilityWeightsFromDecimals } from '../../../domain/follow-up/risk-weight';
import { type PlanEffects, riskWeightedPlanLevel } from '../../../domain/scenario/plan-level';
import type { Tx } from '../../db/tenant-scope';
import { findPlannedMeasures } from '../../repositories/follow-up-repository';
import { findLatestReportedPeriod } from '../../repositories/follow-up-summary-repository';
import type { PlanRecord } from '../../repositories/plan-repository';
import { findTenantSettings } from '../../repositories/tenant-settings-repository';
import { summarizePlan, yearsOf } from '../summarize-plan';

/**
 * The linked plan's figures for each of `years` that lies within the plan's years (the others are left out
 * and count 0): the planned level of the whole organisation (the planned summary by unit), that level
 * weighted by each measure's feasibility with the tenant's weights, and the follow-up forecast as of the
 * latest month anyone reported in during the year (none: null), and that forecast weighted by each measure's
 * feasibility with the tenant's weights (the risk-weighted forecast of SPEC §4; a year nobody reported in:
 * the planned level weighted). All as of the transaction's instant, if any.
 */
export async function loadPlanEffects(
  trx: Tx,
  plan: PlanRecord,
  years: readonly number[],
): Promise<Map<number, PlanEffects>> {
  const planYears = new Set(yearsOf(plan));
  const inPlan = years.filter((year) => planYears.has(year));
  const effects = new Map<number, PlanEffects>();
  if (inPlan.length === 0) return effects;
  const measures = await findPlannedMeasures(trx, plan.id);
  const weights = feasibilityWeightsFromDecimals((await findTenantSettings(trx)).feasibilityWeights);
  for (const year of inPlan) {
    const latest = await findLatestReportedPeriod(trx, plan.id, `${year}-12`);
    const period = latest?.startsWith(`${year}-`) ? latest : undefined;
    const summary = await summarizePlan(trx, plan, { year, by: 'unit', period });
    effects.set(year, {
      full: summary.total.planned,
      // One risk-weighted figure everywhere (issue 11): the forecast × weights, as the overview and the
      // follow-up show it. Without a report in the year every measure's forecast is its planned level.
      riskWeighted:
        period === undefined
          ? riskWeightedPlanLevel(measures, plan.convention, year, weights)
          : (summary.total.riskWeighted ?? 0),
      forecast: period === undefined ? null : (summary.total.forecast ?? null),
      forecastPeriod: period ?? null,
    });
  }
  return effects;
}
