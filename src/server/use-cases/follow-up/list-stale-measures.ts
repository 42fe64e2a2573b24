import { canReadAll, canReadUnit } from '../../../domain/access';
import { subtreeIds, unitPaths } from '../../../domain/org-tree';
import { compareSwedish } from '../../../shared/collation';
import type { TStaleMeasures } from '../../../shared/schemas/stale-measures';
import type { Actor } from '../../actor';
import type { Tx } from '../../db/tenant-scope';
import { forbidden } from '../../errors';
import { findMeasureLabels } from '../../repositories/follow-up-repository';
import { loadTree, requirePlan } from '../load-access';
import { yearsOf } from '../summarize-plan';
import { loadFollowUp } from './summarize-follow-up';

/**
 * The measures counted as stale in the summary as of `period` (the same rule and the same figures), with
 * their owner and the period they last reported in — the list a controller chases; never reported first.
 */
export async function listStaleMeasures(
  trx: Tx,
  actor: Actor,
  planId: string,
  query: { year: number; period: string; orgUnitId?: string | undefined },
): Promise<TStaleMeasures> {
  const plan = await requirePlan(trx, planId);
  const { units, parents } = await loadTree(trx);
  if (query.orgUnitId ? !canReadUnit(actor, parents, query.orgUnitId) : !canReadAll(actor, units)) {
    throw forbidden('Du har inte behörighet till hela organisationen; välj en enhet du har tillgång till');
  }
  const figures = (await loadFollowUp(trx, plan, units, { ...query, planYears: yearsOf(plan) }))('unit');
  const inScope = query.orgUnitId ? subtreeIds(units, query.orgUnitId) : undefined;
  const paths = unitPaths(units);
  const items = (await findMeasureLabels(trx, plan.id))
    .filter((m) => !inScope || inScope.has(m.orgUnitId))
    .flatMap((m) => {
      const result = figures.measures.get(m.id);
      if (!result?.isStale) return [];
      return [
        {
          measureId: m.id,
          code: m.code,
          title: m.title,
          orgUnitPath: paths.get(m.orgUnitId) ?? '',
          responsibleName: m.responsibleName,
          lastReportedPeriod: result.lastReportedPeriod,
          forecast: result.forecast,
        },
      ];
    })
    .sort(
      (a, b) =>
        (a.lastReportedPeriod ?? '').localeCompare(b.lastReportedPeriod ?? '') ||
        compareSwedish(a.code, b.code),
    );
  return { period: query.period, year: query.year, items };
}
