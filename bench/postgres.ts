/**
 * A throw-away PostgreSQL database on the local server (started if it is not running, as scripts/test-pg.js
 * does), migrated and ready; `drop` removes it again.
 */
import { execSync, spawnSync } from 'node:child_process';
import { type BalansDatabase, openDatabase } from '../src/server/db/connect';
import { migrateToLatest } from '../src/server/db/migrate';
import { createThrowAwayDatabase } from '../src/server/db/test-global-setup';

function isServerUp(): boolean {
  return spawnSync('pg_isready', ['-h', '127.0.0.1', '-p', '5432'], { stdio: 'ignore' }).status === 0;
}

function ensureLocalServer(): void {
  if (process.env.BALANS_TEST_PG_ADMIN_URL || isServerUp()) return;
  console.log('PostgreSQL is not running; starting the local cluster');
  const versions = execSync('ls /etc/postgresql').toString().trim().split(/\s+/);
  spawnSync('pg_ctlcluster', ['--skip-systemctl-redirect', versions.at(-1) ?? '', 'main', 'start'], {
    stdio: 'inherit',
  });
  for (let i = 0; i < 30 && !isServerUp(); i++) execSync('sleep 1');
}

/**
 * Runs `work` on a fresh migrated database and drops it afterwards, also when `work` fails — unless
 * BENCH_KEEP_DB=1, which keeps it and prints its URL (for EXPLAIN with bench/explain-summary.ts).
 */
export async function withThrowAwayPostgres<T>(work: (database: BalansDatabase) => Promise<T>): Promise<T> {
  ensureLocalServer();
  const throwAway = await createThrowAwayDatabase('balans_bench');
  const keep = process.env.BENCH_KEEP_DB === '1';
  try {
    const database = await openDatabase({ kind: 'postgres', url: throwAway.url });
    try {
      await migrateToLatest(database.db);
      return await work(database);
    } finally {
      await database.close();
    }
  } finally {
    if (keep) console.log(`  kept the database: ${throwAway.url}`);
    else await throwAway.drop();
  }
}
