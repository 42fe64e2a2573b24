import { canReadAll, canReadUnit } from '../../../domain/access';
import { summarizeFollowUp } from '../../../domain/follow-up/follow-up-summary';
import { measureFollowUp } from '../../../domain/follow-up/measure-follow-up';
import { groupReportsByMeasure } from '../../../domain/follow-up/report';
import { feasibilityWeightsFromDecimals } from '../../../domain/follow-up/risk-weight';
import { subtreeIds } from '../../../domain/org-tree';
import type { TMeasureFollowUp } from '../../../shared/schemas/measure-follow-up';
import type { Actor } from '../../actor';
import type { Tx } from '../../db/tenant-scope';
import { forbidden } from '../../errors';
import {
  findPlannedMeasures,
  findRoundsUpTo,
  findSubmittedReports,
} from '../../repositories/follow-up-repository';
import { findLatestReportedPeriod } from '../../repositories/measure-follow-up-repository';
import { findTenantSettings } from '../../repositories/tenant-settings-repository';
import { loadTree, requirePlan } from '../load-access';
import { yearsOf } from '../summarize-plan';
import { expectedPeriods } from './expected-periods';

/**
 * Every readable measure's follow-up for `year` as of `period` — by default the latest period of the year
 * with reports — by the same rules and figures as the summary (SPEC §4, §8 question 2). A measure the user
 * may not read is left out; a unit the user may not read answers 403.
 */
export async function listMeasureFollowUp(
  trx: Tx,
  actor: Actor,
  planId: string,
  query: { year: number; period?: string | undefined; orgUnitId?: string | undefined },
): Promise<TMeasureFollowUp> {
  const plan = await requirePlan(trx, planId);
  const { units, parents } = await loadTree(trx);
  if (query.orgUnitId && !canReadUnit(actor, parents, query.orgUnitId)) {
    throw forbidden('Du har inte behörighet till enheten; välj en enhet du har tillgång till');
  }
  const period = query.period ?? (await findLatestReportedPeriod(trx, plan.id, query.year));
  if (period === null) return { year: query.year, period: null, items: [] };
  const [measures, reports, rounds, settings] = await Promise.all([
    findPlannedMeasures(trx, plan.id),
    findSubmittedReports(trx, plan.id, query.year, period),
    findRoundsUpTo(trx, plan.id, period),
    findTenantSettings(trx),
  ]);
  const summary = summarizeFollowUp({
    units,
    measures,
    reports,
    expectedPeriods: expectedPeriods(units, measures, rounds, reports),
    convention: plan.convention,
    year: query.year,
    planYears: yearsOf(plan),
    asOf: period,
    by: 'unit',
    weights: feasibilityWeightsFromDecimals(settings.feasibilityWeights),
  });
  const inScope = query.orgUnitId ? subtreeIds(units, query.orgUnitId) : undefined;
  const readsAll = canReadAll(actor, units);
  const reportsOf = groupReportsByMeasure(reports);
  const items = measures.flatMap((measure) => {
    const figures = summary.measures.get(measure.id);
    if (!figures || (inScope && !inScope.has(measure.orgUnitId))) return [];
    if (!readsAll && !canReadUnit(actor, parents, measure.orgUnitId)) return [];
    const row = measureFollowUp(figures, reportsOf.get(measure.id) ?? [], query.year, period);
    return [{ measureId: measure.id, ...row }];
  });
  return { year: query.year, period, items };
}
