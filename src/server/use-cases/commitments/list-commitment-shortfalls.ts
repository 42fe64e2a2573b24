import { canReadUnit } from '../../../domain/access';
import { shortfall } from '../../../domain/commitments';
import { unitPaths } from '../../../domain/org-tree';
import { compareSwedish } from '../../../shared/collation';
import type { TCommitmentShortfalls } from '../../../shared/schemas/commitment';
import type { Actor } from '../../actor';
import type { Tx } from '../../db/tenant-scope';
import { listCommitments } from '../../repositories/commitment-repository';
import { findLatestReportedPeriod } from '../../repositories/follow-up-summary-repository';
import { loadTree, requirePlan } from '../load-access';
import { summarizePlan } from '../summarize-plan';
import { presentCommitment } from './present-commitment';

/**
 * Units whose measures do not cover their commitment for the year: the planned level and the forecast as of
 * `period` (by default the year's latest reported period, else its last month) of the unit's subtree, the very figures of the follow-up summary by unit (summarize-plan.ts).
 */
export async function listCommitmentShortfalls(
  trx: Tx,
  actor: Actor,
  planId: string,
  query: { year: number; period?: string | undefined },
): Promise<TCommitmentShortfalls> {
  const plan = await requirePlan(trx, planId);
  const latest = await findLatestReportedPeriod(trx, planId, `${query.year}-12`);
  const period = query.period ?? (latest?.startsWith(`${query.year}-`) ? latest : `${query.year}-12`);
  const { units, parents } = await loadTree(trx);
  const commitments = (await listCommitments(trx, planId, query.year)).filter((commitment) =>
    canReadUnit(actor, parents, commitment.orgUnitId),
  );
  const result: TCommitmentShortfalls = { year: query.year, period, units: [] };
  if (commitments.length === 0) return result;
  // One summary of the whole organisation holds every unit's subtree figures; access is checked per unit above.
  const summary = await summarizePlan(trx, plan, { year: query.year, by: 'unit', period });
  const rows = new Map(summary.rows.map((row) => [row.unitId, row]));
  const paths = unitPaths(units);
  for (const commitment of commitments) {
    const row = rows.get(commitment.orgUnitId);
    const planned = row?.planned ?? 0;
    const forecast = row?.forecast ?? 0;
    const plannedShortfall = shortfall(commitment.amount, planned);
    const forecastShortfall = shortfall(commitment.amount, forecast);
    if (plannedShortfall === null && forecastShortfall === null) continue;
    const presented = presentCommitment(commitment, paths);
    result.units.push({
      commitmentId: commitment.id,
      orgUnitId: commitment.orgUnitId,
      orgUnitPath: presented.orgUnitPath,
      managerName: commitment.managerName,
      state: presented.state,
      commitment: commitment.amount,
      planned,
      forecast,
      plannedShortfall,
      forecastShortfall,
    });
  }
  result.units.sort((a, b) => compareSwedish(a.orgUnitPath, b.orgUnitPath));
  return result;
}
