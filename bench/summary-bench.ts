/**
 * Times summarizePlan by unit against the hand-written roll-up on one database, after checking that both
 * agree with each other for every unit and with the generator for the whole plan.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../src/server/db/schema';
import { withTenant } from '../src/server/db/tenant-scope';
import { findPlanByName } from '../src/server/repositories/plan-repository';
import { summarizePlan } from '../src/server/use-cases/summarize-plan';
import type { TPlanSummary } from '../src/shared/schemas/summary';
import { CHECK_YEAR, PLAN_NAME } from './generate-plan';
import { sumSubtreeLevels } from './rollup-sql';
import { type Timing, timeRuns } from './timing';

export interface SummaryBench {
  summary: Timing;
  handWritten: Timing;
  /** Mismatches found; empty when every figure agrees. */
  problems: string[];
}

function compare(summary: TPlanSummary, handWritten: Map<string, number>, expectedLevel: number): string[] {
  const problems: string[] = [];
  if (summary.total.planned !== expectedLevel) {
    problems.push(`summarizePlan total ${summary.total.planned} kr ≠ generator ${expectedLevel} kr`);
  }
  if (summary.rows.length !== handWritten.size) {
    problems.push(
      `summarizePlan has ${summary.rows.length} unit rows, the hand-written query ${handWritten.size}`,
    );
  }
  const differing = summary.rows.filter((row) => handWritten.get(row.unitId ?? '') !== row.planned);
  for (const row of differing.slice(0, 5)) {
    problems.push(
      `${row.key}: summarizePlan ${row.planned} kr ≠ hand-written ${handWritten.get(row.unitId ?? '')} kr`,
    );
  }
  if (differing.length > 5) problems.push(`… and ${differing.length - 5} more units differ`);
  return problems;
}

export async function benchSummary(
  db: Kysely<Database>,
  tenantId: string,
  expectedLevel: number,
): Promise<SummaryBench> {
  const plan = await withTenant(db, tenantId, (trx) => findPlanByName(trx, PLAN_NAME));
  if (!plan) throw new Error(`The plan "${PLAN_NAME}" was not imported`);
  const summarize = () =>
    withTenant(db, tenantId, (trx) => summarizePlan(trx, plan, { year: CHECK_YEAR, by: 'unit' }));
  const handWritten = () => withTenant(db, tenantId, (trx) => sumSubtreeLevels(trx, plan, CHECK_YEAR));
  const problems = compare(await summarize(), await handWritten(), expectedLevel);
  return { summary: await timeRuns(summarize), handWritten: await timeRuns(handWritten), problems };
}
