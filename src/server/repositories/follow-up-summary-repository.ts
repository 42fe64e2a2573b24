import { type RawBuilder, sql } from 'kysely';
import type { FiguresByUnitAndKey, FollowUpFigures } from '../../domain/follow-up/follow-up-figures';
import type { FeasibilityWeights } from '../../domain/follow-up/risk-weight';
import type { EffectConvention, Grouping } from '../../shared/enums';
import { asOfInstant, type Tx } from '../db/tenant-scope';

/** The groupings whose key is an attribute of the measure: the SQL half handles these (plus `unit`). */
export type AttributeGrouping = Exclude<Grouping, 'year' | 'costType'>;

/**
 * When each unit was last due to report (domain: expectedPeriodByUnit): the period of the latest round over it,
 * or — for a plan without rounds — the latest period anyone reported in for the plan, which the statement
 * finds itself from the reports it reads anyway.
 */
export type ExpectedPeriods = { byUnit: ReadonlyMap<string, string> } | 'latestReported';

export interface FollowUpSqlQuery {
  planId: string;
  convention: EffectConvention;
  year: number;
  /** The as-of period `YYYY-MM`. */
  asOf: string;
  by: AttributeGrouping;
  /** When each unit was due; with `byUnit`, units absent were never due. */
  expected: ExpectedPeriods;
  weights: FeasibilityWeights;
}

/**
 * A table, or its `*_as_of` view when the transaction reads as of a past instant (decision 0009): the same
 * rows either way at present, but the planner estimates a plain table far better.
 */
function source(trx: Tx): (table: string) => RawBuilder<unknown> {
  const suffix = asOfInstant(trx) === undefined ? '' : '_as_of';
  return (table) => sql.table(`${table}${suffix}`);
}

/** SQL for each grouping's key; a fixed whitelist, never user text. Must match domain/planned-summary.ts. */
function keyExpression(by: AttributeGrouping): RawBuilder<string> {
  switch (by) {
    case 'unit':
      return sql`'total'`;
    case 'category':
      return sql`coalesce(m.category, '')`;
    case 'group':
      return sql`coalesce(m.group_name, '')`;
    case 'savingsType':
      return sql`coalesce(m.savings_type, '')`;
    case 'feasibility':
      return sql`coalesce(m.feasibility::text, '')`;
    case 'programme':
      return sql`coalesce(mp.programme_id::text, '')`;
  }
}

/**
 * Each unit's own follow-up figures per key (its own measures, children not included): the database half of
 * SPEC §4's forecast, with the tree half in domain/follow-up/follow-up-figures.ts. Mirrors
 * domain/follow-up/measure-forecast.ts rule by rule, and a property test holds the two equal:
 * - only submitted reports of the calendar year up to the as-of period count; the latest one stating a
 *   forecast gives it (status *utgår* forecasts 0), else the planned level; the latest stating an outcome
 *   gives the outcome, else 0;
 * - a measure is stale when it was due (its unit's expected period ≤ as-of) and its latest report of any
 *   year at or before as-of is older than that period (or there is none); "stale since" is that report's
 *   period, null for never;
 * - risk weighting per measure in per mille, rounded half away from zero; cancelled measures count nothing
 *   (but their reports count for the latest period anyone reported in).
 *
 * Where the work goes (decision 0011): in real use most measures report every month, so the statement reads
 * the reports of one month by one index range — the as-of period — and joins them to the measures by hash. Only
 * a measure without a report in that month (or whose report there states no forecast or no outcome) looks
 * back, by the (measure, period) index, for its latest report stating one; the same for the latest period it
 * reported in at all (a scalar subquery under CASE: it runs only for those measures). No pass over the year's
 * reports; the measures, the month's reports and the planned levels are joined by hash.
 */
export async function sumOwnFollowUpFigures(trx: Tx, query: FollowUpSqlQuery): Promise<FiguresByUnitAndKey> {
  const from = source(trx);
  const yearStart = `${query.year}-01`;
  const yearEnd = `${query.year}-12`;
  // The month whose reports give the forecast and outcome when they state them: the as-of period, or the
  // year's last month when as-of lies after the year (later reports count for staleness only); none when
  // as-of lies before the year.
  const valueMonth = query.asOf > yearEnd ? yearEnd : query.asOf >= yearStart ? query.asOf : null;
  // `a`: the measure's report in the as-of month; `v`: its report in the value month (the same row unless
  // as-of lies after the year).
  const v = valueMonth === query.asOf ? sql`a` : sql`v`;
  const valueJoin =
    valueMonth === null || valueMonth === query.asOf
      ? sql``
      : sql`left join month_reports v on v.measure_id = m.id and v.period = ${valueMonth}`;
  const months = valueMonth === null || valueMonth === query.asOf ? [query.asOf] : [query.asOf, valueMonth];
  // A report in the value month states a forecast (status *utgår* forecasts 0) / an outcome: no look-back.
  const statesForecast = sql`(${v}.forecast_year is not null or ${v}.status = 'cancelled')`;
  const statesOutcome = sql`${v}.outcome_ytd is not null`;
  const effectYear =
    query.convention === 'level' ? sql`e.year = ${query.year}` : sql`e.year <= ${query.year}`;
  // When each measure was due. With rounds: its unit's period, joined by hash. Without: every measure was due in
  // the latest period anyone in the plan reported in — the as-of period itself as soon as one measure reported in
  // it (one index probe: the usual case); else the latest of the measures' latest reports, looked up only then
  // (PostgreSQL evaluates the second subquery only when the first is null). One row, computed once.
  const due =
    query.expected === 'latestReported'
      ? sql`due(period) as materialized (
          select coalesce(
            (select ${query.asOf}::text where exists (
              select from ${from('measure_reports')} a2 join ${from('measures')} m2 on m2.id = a2.measure_id
              where not a2.is_draft and a2.period = ${query.asOf} and m2.plan_id = ${query.planId})),
            (select max(l.period) from ${from('measures')} m3 cross join lateral (
              select r.period from ${from('measure_reports')} r
              where r.measure_id = m3.id and not r.is_draft and r.period < ${query.asOf}
              order by r.period desc limit 1) l
            where m3.plan_id = ${query.planId}))
        )`
      : sql`due(org_unit_id, period) as (
          select * from unnest(${[...query.expected.byUnit.keys()]}::uuid[], ${[...query.expected.byUnit.values()]}::text[])
        )`;
  const dueJoin =
    query.expected === 'latestReported'
      ? sql`cross join due x`
      : sql`left join due x on x.org_unit_id = m.org_unit_id`;
  const w = query.weights;
  // The statement hashes the measures' planned levels and month reports: in memory, not in batches on disk.
  await sql`select set_config('work_mem', '32MB', true)`.execute(trx);
  const result = await sql<{
    unitId: string;
    key: string;
    planned: number;
    forecast: number;
    outcome: number;
    stale: number;
    staleCount: number;
    neverReportedStale: number;
    staleSince: string | null;
    riskWeighted: number;
    forecastFeasible12: number;
  }>`
    with ${due},
    month_reports as (
      select r.measure_id, r.period, r.forecast_year, r.outcome_ytd, r.status
      from ${from('measure_reports')} r
      where not r.is_draft and r.period = any(${months}::text[])
    ),
    p as (
      select e.measure_id, sum(e.amount) as amount
      from ${from('measure_effects')} e
      where ${effectYear}
      group by e.measure_id
    ),
    per_measure as (
      select m.id, m.org_unit_id, m.feasibility, m.category, m.group_name, m.savings_type,
        m.status = 'cancelled' as is_cancelled,
        case when m.is_temporary and m.end_month is not null
          and ${query.year} > cast(substr(m.end_month, 1, 4) as int) then null else p.amount end as planned,
        ${
          valueMonth === null
            ? sql`null::bigint as stated_forecast, null::bigint as stated_outcome,`
            : sql`case when ${statesForecast}
            then (case when ${v}.status = 'cancelled' then 0 else ${v}.forecast_year end)
            else (select case when r.status = 'cancelled' then 0 else r.forecast_year end
              from ${from('measure_reports')} r
              where r.measure_id = m.id and not r.is_draft and r.period >= ${yearStart} and r.period < ${valueMonth}
                and (r.forecast_year is not null or r.status = 'cancelled')
              order by r.period desc limit 1) end as stated_forecast,
          case when ${statesOutcome} then ${v}.outcome_ytd
            else (select r.outcome_ytd from ${from('measure_reports')} r
              where r.measure_id = m.id and not r.is_draft and r.period >= ${yearStart} and r.period < ${valueMonth}
                and r.outcome_ytd is not null
              order by r.period desc limit 1) end as stated_outcome,`
        }
        case when a.measure_id is not null then ${query.asOf}::text
          else (select r.period from ${from('measure_reports')} r
            where r.measure_id = m.id and not r.is_draft and r.period < ${query.asOf}
            order by r.period desc limit 1) end as last_reported,
        x.period as expected
      from ${from('measures')} m
      left join month_reports a on a.measure_id = m.id and a.period = ${query.asOf}
      ${valueJoin}
      left join p on p.measure_id = m.id
      ${dueJoin}
      where m.plan_id = ${query.planId}
      -- Not pulled up into the statement: each look-back runs once per measure that needs it, not per use.
      offset 0
    ),
    figures as (
      select m.*, coalesce(m.stated_forecast, m.planned, 0) as forecast,
        coalesce(m.stated_outcome, 0) as outcome,
        (m.expected is not null and m.expected <= ${query.asOf}
          and (m.last_reported is null or m.last_reported < m.expected)) as is_stale
      from per_measure m
      where not m.is_cancelled
    )
    select m.org_unit_id as unit_id, ${keyExpression(query.by)} as key,
      coalesce(sum(m.planned), 0)::bigint as planned,
      sum(m.forecast)::bigint as forecast,
      sum(m.outcome)::bigint as outcome,
      coalesce(sum(m.forecast) filter (where m.is_stale), 0)::bigint as stale,
      count(*) filter (where m.is_stale)::int as stale_count,
      count(*) filter (where m.is_stale and m.last_reported is null)::int as never_reported_stale,
      min(m.last_reported) filter (where m.is_stale) as stale_since,
      sum(round(m.forecast::numeric * (case m.feasibility when 1 then ${w.byFeasibility[1]}::int
        when 2 then ${w.byFeasibility[2]}::int when 3 then ${w.byFeasibility[3]}::int
        else ${w.missing}::int end) / 1000))::bigint as risk_weighted,
      coalesce(sum(m.forecast) filter (where m.feasibility in (1, 2)), 0)::bigint as forecast_feasible12
    from figures m
    ${query.by === 'programme' ? sql`left join ${from('measure_programmes')} mp on mp.measure_id = m.id` : sql``}
    group by 1, 2
  `.execute(trx);
  const own: FiguresByUnitAndKey = new Map();
  for (const row of result.rows) {
    const figures: FollowUpFigures = {
      planned: row.planned,
      forecast: row.forecast,
      outcome: row.outcome,
      stale: row.stale,
      staleCount: row.staleCount,
      staleSince: row.staleCount > 0 && row.neverReportedStale === 0 ? row.staleSince : null,
      riskWeighted: row.riskWeighted,
      forecastFeasible12: row.forecastFeasible12,
    };
    const byKey = own.get(row.unitId) ?? new Map<string, FollowUpFigures>();
    byKey.set(row.key, figures);
    own.set(row.unitId, byKey);
  }
  return own;
}

/** The latest period anyone reported in for the plan, at or before `asOf`: when a plan without rounds was due. */
export async function findLatestReportedPeriod(
  trx: Tx,
  planId: string,
  asOf: string,
): Promise<string | null> {
  const from = source(trx);
  const result = await sql<{ period: string }>`
    select r.period from ${from('measure_reports')} r join ${from('measures')} m on m.id = r.measure_id
    where m.plan_id = ${planId} and not r.is_draft and r.period <= ${asOf}
    order by r.period desc limit 1`.execute(trx);
  return result.rows[0]?.period ?? null;
}
