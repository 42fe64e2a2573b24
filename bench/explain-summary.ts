/**
 * `BENCH_DB_URL=… node bin/run-ts.js bench/explain-summary.ts`: the statements of the forecast summary by unit
 * on a database kept by `BENCH_KEEP_DB=1 BENCH_ONLY=summary npm run bench:follow-up`, each with its time, then
 * EXPLAIN (ANALYZE, BUFFERS) of the slowest ones — at present and as of an instant (the history views).
 * Prints only; for working on the summary's SQL and indexes.
 */

import { readFileSync } from 'node:fs';
import { CamelCasePlugin, CompiledQuery, Kysely, type LogEvent, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import type { Database } from '../src/server/db/schema';
import { withTenant } from '../src/server/db/tenant-scope';
import { findPlanByName } from '../src/server/repositories/plan-repository';
import { summarizePlan } from '../src/server/use-cases/summarize-plan';
import { CHECK_YEAR, PLAN_NAME } from './generate-plan';
import { percentile } from './timing';

const sorted = (values: number[]) => [...values].sort((a, b) => a - b);

const url = process.env.BENCH_DB_URL;
if (!url) throw new Error('Set BENCH_DB_URL to a database kept by BENCH_KEEP_DB=1');
const SLOWEST = Number(process.env.EXPLAIN_TOP ?? 2);
const RUNS = Number(process.env.RUNS ?? 7);

let captured: { query: CompiledQuery; ms: number }[] | undefined;
const log = (event: LogEvent) => {
  if (event.level === 'query') captured?.push({ query: event.query, ms: event.queryDurationMillis });
};
pg.types.setTypeParser(20, Number);
const pool = new pg.Pool({ connectionString: url, max: 1, options: '-c jit=off' });
const db = new Kysely<Database>({
  dialect: new PostgresDialect({ pool }),
  plugins: [new CamelCasePlugin()],
  log,
});

/** CPU milliseconds a process has used (Linux /proc, 10 ms ticks): load on the machine does not inflate it. */
function cpuMillisOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

try {
  const backend = (await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(db)).rows[0]!.pid;
  const tenant = await sql<{ id: string }>`select id from tenants where slug = 'bench'`.execute(db);
  const tenantId = tenant.rows[0]?.id;
  if (!tenantId) throw new Error('no tenant "bench" in that database');
  const plan = await withTenant(db, tenantId, (trx) => findPlanByName(trx, PLAN_NAME));
  if (!plan) throw new Error('no bench plan');
  const query = { year: CHECK_YEAR, by: 'unit' as const, period: `${CHECK_YEAR}-06` };
  for (const asOf of [undefined, new Date().toISOString()]) {
    const options = asOf ? { asOf } : {};
    await withTenant(db, tenantId, (trx) => summarizePlan(trx, plan, query), options); // warm-up
    // The fastest of RUNS runs, statement by statement (and the runs' p50 / p95): what the work costs when nothing else disturbs it.
    let statements: { query: CompiledQuery; ms: number }[] = [];
    let total = Number.POSITIVE_INFINITY;
    const totals: number[] = [];
    const backendCpu = cpuMillisOf(backend);
    const nodeCpu = process.cpuUsage();
    for (let run = 0; run < RUNS; run++) {
      captured = [];
      const start = performance.now();
      await withTenant(db, tenantId, (trx) => summarizePlan(trx, plan, query), options);
      totals.push(performance.now() - start);
      total = Math.min(total, totals.at(-1)!);
      statements =
        run === 0 ? captured : statements.map((s, i) => ({ ...s, ms: Math.min(s.ms, captured![i]!.ms) }));
    }
    captured = undefined;
    const postgresMs = (cpuMillisOf(backend) - backendCpu) / RUNS;
    const used = process.cpuUsage(nodeCpu);
    const nodeMs = (used.user + used.system) / 1000 / RUNS;
    console.log(
      `\n=== ${asOf ? 'as of an instant' : 'at present'}: fastest of ${RUNS}: ${total.toFixed(1)} ms (p50 ${percentile(sorted(totals), 50).toFixed(1)}, p95 ${percentile(sorted(totals), 95).toFixed(1)} ms), ${statements.length} statements; CPU per run: PostgreSQL ${postgresMs.toFixed(0)} ms, Node ${nodeMs.toFixed(0)} ms`,
    );
    for (const s of statements)
      console.log(`${s.ms.toFixed(1).padStart(8)} ms  ${s.query.sql.replace(/\s+/g, ' ').slice(0, 100)}`);
    const slowest = [...statements].sort((a, b) => b.ms - a.ms).slice(0, SLOWEST);
    for (const s of slowest) {
      const plan = await withTenant(
        db,
        tenantId,
        async (trx) => {
          if (s.query.sql.includes('measure_reports'))
            await sql`select set_config('work_mem', '32MB', true)`.execute(trx);
          return trx.executeQuery<Record<string, string>>(
            CompiledQuery.raw(`explain (analyze, buffers) ${s.query.sql}`, [...s.query.parameters]),
          );
        },
        options,
      );
      console.log(`\n--- ${s.ms.toFixed(1)} ms:\n${s.query.sql}\n`);
      console.log(plan.rows.map((row) => Object.values(row)[0]).join('\n'));
    }
  }
} finally {
  await db.destroy();
}
