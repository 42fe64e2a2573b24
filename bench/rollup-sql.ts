/**
 * The whole by-unit roll-up as one hand-written query, the yardstick for summarizePlan: every org unit with
 * the level of its subtree in `year`. The rules mirror server/repositories/planned-summary-repository.ts —
 * cancelled measures count zero, and so do temporary measures in the years after their end month.
 */
import { sql } from 'kysely';
import type { Tx } from '../src/server/db/tenant-scope';
import type { EffectConvention } from '../src/shared/enums';

export async function sumSubtreeLevels(
  trx: Tx,
  plan: { id: string; convention: EffectConvention },
  year: number,
): Promise<Map<string, number>> {
  const yearCondition =
    plan.convention === 'level' ? sql`e.year = ${year}::int` : sql`e.year <= ${year}::int`;
  const result = await sql<{ unitId: string; planned: number }>`
    with recursive own as (
      select m.org_unit_id, sum(e.amount) as amount
      from measures m
      join measure_effects e on e.measure_id = m.id
      where m.plan_id = ${plan.id}
        and m.status <> 'cancelled'
        and ${yearCondition}
        and not (m.is_temporary and m.end_month is not null
                 and ${year}::int > cast(substr(m.end_month, 1, 4) as int))
      group by m.org_unit_id
    ),
    below (ancestor_id, unit_id) as (
      select id, id from org_units
      union all
      select b.ancestor_id, u.id from below b join org_units u on u.parent_id = b.unit_id
    )
    select b.ancestor_id as unit_id, coalesce(sum(own.amount), 0)::bigint as planned
    from below b
    left join own on own.org_unit_id = b.unit_id
    group by b.ancestor_id
  `.execute(trx);
  return new Map(result.rows.map((row) => [row.unitId, row.planned]));
}
