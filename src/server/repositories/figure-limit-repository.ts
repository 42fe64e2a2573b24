import { sql } from 'kysely';
import type { Tx } from '../db/tenant-scope';

/**
 * The largest absolute value any figure of the tenant can take (issue 11, item 3), computed from what is
 * stored now (row-level security keeps it to the current tenant): every figure Balans shows — a planned level
 * per year (a level is one effect, an increment level a sum of effects), a forecast, outcome or stale amount
 * per period (each measure's latest report, else its planned level), a risk-weighted figure (forecast × a
 * weight ≤ 1), a target, a deviation (figure − target), a commitment, a measure's costs — is a signed sum of a
 * subset of these amounts, so its absolute value is at most their sum:
 *   Σ|effect| + Σ|cost shift| + Σ|investment, one-off and running cost| + Σ over measures of the largest
 *   |forecast| and the largest |outcome| of its reports + Σ|target| + Σ|commitment| + Σ|baseline|.
 * The decided plan's original effects are a copy of the effects as they stood (bounded then), not counted.
 * Summed as numeric and returned as text: the sum itself may pass 2^53.
 */
export async function findFigureBound(trx: Tx): Promise<bigint> {
  const row = await sql<{ bound: string }>`
    select (
      (select coalesce(sum(abs(amount)), 0) from measure_effects)
      + (select coalesce(sum(abs(amount)), 0) from cost_shifts)
      + (select coalesce(sum(abs(coalesce(investment, 0)) + abs(coalesce(one_off_cost, 0))
           + abs(coalesce(running_cost_per_year, 0))), 0) from measures)
      + (select coalesce(sum(largest), 0) from (
           select max(abs(coalesce(forecast_year, 0))) + max(abs(coalesce(outcome_ytd, 0))) as largest
           from measure_reports group by measure_id) per_measure)
      + (select coalesce(sum(abs(amount)), 0) from plan_targets)
      + (select coalesce(sum(abs(amount)), 0) from commitments)
      + (select coalesce(sum(abs(coalesce(baseline_amount, 0))), 0) from plans)
    )::text as bound`.execute(trx);
  return BigInt(row.rows[0]?.bound ?? '0');
}
