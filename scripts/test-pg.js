#!/usr/bin/env node
// Runs the unit and database test suite (not the browser tests) against the local PostgreSQL server (starting it when it is not running).
// The global test setup creates a throw-away database for the run and drops it afterwards.
import { execSync, spawnSync } from 'node:child_process';

function isServerUp() {
  return spawnSync('pg_isready', ['-h', '127.0.0.1', '-p', '5432'], { stdio: 'ignore' }).status === 0;
}

if (!process.env.BALANS_TEST_PG_ADMIN_URL && !isServerUp()) {
  console.log('PostgreSQL is not running; starting the local cluster');
  const versions = execSync('ls /etc/postgresql').toString().trim().split(/\s+/);
  spawnSync('pg_ctlcluster', ['--skip-systemctl-redirect', versions.at(-1), 'main', 'start'], {
    stdio: 'inherit',
  });
  for (let i = 0; i < 30 && !isServerUp(); i++) execSync('sleep 1');
}

const result = spawnSync('npx', ['vitest', 'run', '--project', 'unit', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, BALANS_TEST_DB: 'postgres' },
});
process.exit(result.status ?? 1);
