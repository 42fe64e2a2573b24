import { sql } from 'kysely';
import type { Tx } from '../db/tenant-scope';

/**
 * The latest period of `year` (up to `upTo` when given) in which any measure of the plan has a submitted
 * report — the period the follow-up is shown as of when none is asked for; null when nobody reported.
 */
export async function findLatestReportedPeriod(
  trx: Tx,
  planId: string,
  year: number,
  upTo?: string,
): Promise<string | null> {
  const last = upTo !== undefined && upTo < `${year}-12` ? upTo : `${year}-12`;
  const result = await sql<{ period: string | null }>`
    select max(r.period) as period
    from measure_reports_as_of r join measures_as_of m on m.id = r.measure_id
    where m.plan_id = ${planId} and not r.is_draft and r.period >= ${`${year}-01`} and r.period <= ${last}
  `.execute(trx);
  return result.rows[0]?.period ?? null;
}
