import { canReadAll, canReadUnit } from '../../../domain/access';
import { summarizeFollowUp } from '../../../domain/follow-up/follow-up-summary';
import { subtreeIds } from '../../../domain/org-tree';
import type { TForecastHistory } from '../../../shared/schemas/forecast-history';
import type { Actor } from '../../actor';
import type { Tx } from '../../db/tenant-scope';
import { forbidden, notFound } from '../../errors';
import {
  findPlannedMeasures,
  findRoundsUpTo,
  findSubmittedReports,
} from '../../repositories/follow-up-repository';
import { listPlanTargets } from '../../repositories/plan-repository';
import { loadTree, requirePlan } from '../load-access';
import { yearsOf } from '../summarize-plan';
import { expectedPeriods } from './expected-periods';

/**
 * The forecast for a year as it stood at every period something was reported or a round was held in that
 * year: for the plan, a unit's subtree or one measure. Each point is exactly what the summary as of that
 * period shows, so the chart and the tables never disagree.
 */
export async function getForecastHistory(
  trx: Tx,
  actor: Actor,
  planId: string,
  query: { year: number; orgUnitId?: string | undefined; measureId?: string | undefined },
): Promise<TForecastHistory> {
  const plan = await requirePlan(trx, planId);
  const { units, parents } = await loadTree(trx);
  const allMeasures = await findPlannedMeasures(trx, plan.id);
  const measure = query.measureId ? allMeasures.find((m) => m.id === query.measureId) : undefined;
  if (query.measureId && !measure) throw notFound('Åtgärden');
  const scopeUnit = measure?.orgUnitId ?? query.orgUnitId;
  if (scopeUnit ? !canReadUnit(actor, parents, scopeUnit) : !canReadAll(actor, units)) {
    throw forbidden('Du har inte behörighet till hela organisationen; välj en enhet du har tillgång till');
  }
  const inScope = query.orgUnitId ? subtreeIds(units, query.orgUnitId) : undefined;
  const measures = allMeasures.filter((m) =>
    measure ? m.id === measure.id : !inScope || inScope.has(m.orgUnitId),
  );
  const lastPeriod = `${query.year}-12`;
  const [reports, rounds] = await Promise.all([
    findSubmittedReports(trx, plan.id, query.year, lastPeriod),
    findRoundsUpTo(trx, plan.id, lastPeriod),
  ]);
  const inYear = (period: string) => period.startsWith(`${query.year}-`);
  const ids = new Set(measures.map((m) => m.id));
  const periods = [
    ...new Set([
      ...reports.filter((r) => ids.has(r.measureId) && inYear(r.period)).map((r) => r.period),
      ...rounds.filter((r) => inYear(r.period)).map((r) => r.period),
    ]),
  ].sort();
  const figuresAt = (asOf: string) => {
    const upTo = reports.filter((r) => r.period <= asOf);
    const summary = summarizeFollowUp({
      units,
      measures,
      reports: upTo,
      expectedPeriods: expectedPeriods(
        units,
        measures,
        rounds.filter((r) => r.period <= asOf),
        upTo,
      ),
      convention: plan.convention,
      year: query.year,
      planYears: yearsOf(plan),
      asOf,
      by: 'unit',
    });
    return summary.overall;
  };
  const targets = await listPlanTargets(trx, plan.id);
  const target = measure
    ? null
    : (targets.find((t) => t.orgUnitId === (query.orgUnitId ?? null) && t.year === query.year)?.amount ??
      null);
  const planned = figuresAt(`${query.year}-01`).planned;
  return {
    plan: { id: plan.id, name: plan.name },
    year: query.year,
    orgUnitId: query.orgUnitId ?? null,
    measureId: query.measureId ?? null,
    target,
    planned,
    points: periods.map((period) => {
      const f = figuresAt(period);
      const reported = reports.filter((r) => r.period === period && ids.has(r.measureId)).length;
      return {
        period,
        forecast: f.forecast,
        outcome: f.outcome,
        stale: f.stale,
        staleCount: f.staleCount,
        reported,
      };
    }),
  };
}
