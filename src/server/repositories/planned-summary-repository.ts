import { type RawBuilder, sql } from 'kysely';
import type { AmountsByUnitAndKey, Grouping } from '../../domain/planned-summary';
import type { EffectConvention } from '../../shared/enums';
import type { Tx } from '../db/tenant-scope';

export interface PlannedQuery {
  planId: string;
  convention: EffectConvention;
  year: number;
  planYears: readonly number[];
  by: Grouping;
  /** The plan as it is now, or as first decided (SPEC §2 "original plan"). */
  source: 'current' | 'original';
}

/** SQL for each grouping's key; a fixed whitelist, never user text. Must match domain/planned-summary.ts. */
function keyExpression(by: Grouping, source: PlannedQuery['source']): RawBuilder<string> {
  const m = source === 'current' ? 'm' : 'o';
  switch (by) {
    case 'unit':
      return sql`'total'`;
    case 'year':
      return sql`y.year::text`;
    case 'costType':
      return sql.raw(`${source === 'current' ? 'e' : 'o'}.cost_type`);
    case 'category':
      return sql.raw(`coalesce(${m}.category, '')`);
    case 'group':
      return sql.raw(`coalesce(${m}.group_name, '')`);
    case 'savingsType':
      return sql.raw(`coalesce(${m}.savings_type, '')`);
    case 'feasibility':
      return sql.raw(`coalesce(${m}.feasibility::text, '')`);
    case 'programme':
      return sql`coalesce(p.programme_id::text, '')`;
  }
}

/**
 * Each unit's own planned *level* per key (the measures of the unit itself, children not included): the
 * database half of the roll-up, with the tree half in domain/org-tree.ts. Level in year Y is the amount of Y
 * in a level plan and the sum of increments up to Y in an increment plan; cancelled measures and temporary
 * ones after their end year count zero — the rules of domain/planned-effect.ts.
 */
export async function sumOwnPlannedLevels(trx: Tx, query: PlannedQuery): Promise<AmountsByUnitAndKey> {
  const key = keyExpression(query.by, query.source);
  const targetYear = query.by === 'year' ? sql`y.year` : sql`${query.year}::int`;
  const years =
    query.by === 'year' ? sql`cross join unnest(${[...query.planYears]}::int[]) as y(year)` : sql``;
  const effectYear = query.source === 'current' ? sql`e.year` : sql`o.year`;
  const yearCondition =
    query.convention === 'level' ? sql`${effectYear} = ${targetYear}` : sql`${effectYear} <= ${targetYear}`;
  const source =
    query.source === 'current'
      ? sql`measures_as_of m join measure_effects_as_of e on e.measure_id = m.id
          ${query.by === 'programme' ? sql`left join measure_programmes_as_of p on p.measure_id = m.id` : sql``}`
      : sql`plan_original_effects_as_of o
          ${query.by === 'programme' ? sql`left join lateral unnest(o.programme_ids) as p(programme_id) on true` : sql``}`;
  const m = sql.raw(query.source === 'current' ? 'm' : 'o');
  const amount = query.source === 'current' ? sql`e.amount` : sql`o.amount`;
  const result = await sql<{ unitId: string; key: string; amount: number }>`
    select ${m}.org_unit_id as unit_id, ${key} as key, sum(${amount})::bigint as amount
    from ${source} ${years}
    where ${m}.plan_id = ${query.planId}
      and ${m}.status <> 'cancelled'
      and ${yearCondition}
      and not (${m}.is_temporary and ${m}.end_month is not null
               and ${targetYear} > cast(substr(${m}.end_month, 1, 4) as int))
    group by 1, 2
    having sum(${amount}) <> 0
  `.execute(trx);
  const own: AmountsByUnitAndKey = new Map();
  for (const row of result.rows) {
    const byKey = own.get(row.unitId) ?? new Map<string, number>();
    byKey.set(row.key, row.amount);
    own.set(row.unitId, byKey);
  }
  return own;
}
