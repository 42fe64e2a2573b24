import { sql } from 'kysely';
import { asOfInstant, type Tx } from '../db/tenant-scope';

/** A report status, or `notReported` for a measure without any submitted report of the year up to the period. */
export type StatusCountKey = 'green' | 'yellow' | 'red' | 'done' | 'cancelled' | 'notReported';

/**
 * How many of the plan's measures (not *utgår*) stand at each status as of `asOf`: the status of each measure's
 * latest submitted report of `year` at or before `asOf` — the report its forecast is taken from (domain
 * `selectCountingReports`: latest period, then latest `reportedAt`) — or `notReported`. `orgUnitIds` limits
 * it to those units' measures (a subtree); absent, the whole plan.
 */
export async function countLatestReportStatuses(
  trx: Tx,
  query: { planId: string; year: number; asOf: string; orgUnitIds?: readonly string[] | undefined },
): Promise<Map<StatusCountKey, number>> {
  const suffix = asOfInstant(trx) === undefined ? '' : '_as_of';
  const measures = sql.table(`measures${suffix}`);
  const reports = sql.table(`measure_reports${suffix}`);
  const inUnits =
    query.orgUnitIds === undefined
      ? sql``
      : query.orgUnitIds.length === 0
        ? sql` and false`
        : sql` and m.org_unit_id in (${sql.join([...query.orgUnitIds])})`;
  const result = await sql<{ status: StatusCountKey; count: number }>`
    select coalesce(l.status, 'notReported') as status, count(*)::int as count
    from ${measures} m
    left join lateral (
      select r.status from ${reports} r
      where r.measure_id = m.id and not r.is_draft
        and r.period >= ${`${query.year}-01`} and r.period <= ${query.asOf}
      order by r.period desc, r.reported_at desc
      limit 1
    ) l on true
    where m.plan_id = ${query.planId} and m.status <> 'cancelled'${inUnits}
    group by 1`.execute(trx);
  return new Map(result.rows.map((row) => [row.status, Number(row.count)]));
}
