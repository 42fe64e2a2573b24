import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

/**
 * The `balans` command as users and acceptance checks run it: a real child process on a fresh data folder
 * (or, in the PostgreSQL run, on the run's database with a tenant of its own).
 */

const ROOT = path.resolve(import.meta.dirname, '../..');
const PLAN = 'En hållbar framtid 2023–2025';
let dataDir: string;
const tenant = `cli-${process.pid}-${Date.now().toString(36)}`;

function env(): NodeJS.ProcessEnv {
  const url = inject('databaseUrl');
  const { DATABASE_URL: _ignored, ...base } = process.env;
  return url ? { ...base, BALANS_DATA: dataDir, DATABASE_URL: url } : { ...base, BALANS_DATA: dataDir };
}

function balans(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'bin/balans.js'), ...args], {
      cwd: ROOT,
      env: env(),
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

async function summary(by: string, extra: string[] = []) {
  const result = await balans([
    'summary',
    '--plan',
    PLAN,
    '--year',
    '2024',
    '--by',
    by,
    '--tenant',
    tenant,
    '--json',
    ...extra,
  ]);
  expect(result.stderr).toBe('');
  return JSON.parse(result.stdout) as {
    plan: { id: string; name: string };
    year: number;
    convention: string;
    total: { planned: number };
    rows: { key: string; planned: number }[];
  };
}

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'balans-cli-'));
});
afterAll(() => rm(dataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 }));

describe('balans import and summary', () => {
  it('imports the example plan and prints the contract JSON', async () => {
    const result = await balans(['import', 'demo/exempel-handlingsplan.xlsx', '--tenant', tenant, '--json']);
    expect(result.code).toBe(0);
    const body = JSON.parse(result.stdout);
    expect(body).toMatchObject({ plan: { name: PLAN }, created: 29, updated: 0, warnings: [], errors: [] });
    expect(body.plan.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(body.unitsCreated).toContain('Exempelregionen / Hälso- och sjukvård');
  });

  it('sums the planned level per unit, year and cost type in whole kronor', async () => {
    const byUnit = await summary('unit');
    expect(Object.keys(byUnit)).toEqual(['plan', 'year', 'convention', 'total', 'rows']);
    expect(byUnit).toMatchObject({ year: 2024, convention: 'level', total: { planned: 557_700_000 } });
    const row = (key: string) => byUnit.rows.find((r) => r.key === key)?.planned;
    expect(row('Exempelregionen / Hälso- och sjukvård')).toBe(387_000_000);
    expect(row('Exempelregionen / Kollektivtrafik')).toBe(85_000_000);
    expect(row('Exempelregionen / Regionservice')).toBe(20_000_000);
    expect(row('Exempelregionen / Regionstyrelsen')).toBe(30_000_000);
    expect(row('Exempelregionen / Tandvård')).toBe(14_500_000);
    expect(Object.keys(byUnit.rows[0]!)).toEqual(['key', 'planned']);

    const byYear = await summary('year');
    expect(byYear.rows).toEqual([
      { key: '2023', planned: 223_080_000 },
      { key: '2024', planned: 557_700_000 },
      { key: '2025', planned: 510_700_000 },
    ]);
    const byCostType = await summary('costType');
    expect(byCostType.rows.map((r) => r.key)).toEqual(['personnel', 'operating', 'revenue', 'unspecified']);
  });

  it('updates on a second import and never duplicates', async () => {
    const again = await balans(['import', 'demo/exempel-handlingsplan.xlsx', '--tenant', tenant, '--json']);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ created: 0, updated: 29, unitsCreated: [] });
    expect((await summary('unit')).total.planned).toBe(557_700_000);
  });

  it('exits non-zero, lists every cell error and imports nothing from a broken file', async () => {
    const broken = path.join(dataDir, 'trasig.xlsx');
    await writeFile(broken, 'det här är ingen Excel-fil');
    const result = await balans(['import', broken, '--tenant', tenant, '--plan', 'Trasig plan', '--json']);
    expect(result.code).toBe(1);
    const body = JSON.parse(result.stdout);
    expect(body.errors[0]).toEqual({ cell: 'Arbetsbok', message: expect.stringContaining('Excel') });
    const missing = await balans([
      'summary',
      '--plan',
      'Trasig plan',
      '--year',
      '2024',
      '--by',
      'unit',
      '--tenant',
      tenant,
      '--json',
    ]);
    expect(missing.code).toBe(1);
    expect(JSON.parse(missing.stdout).error.code).toBe('NOT_FOUND');
  });

  it('names the plan from --plan over the settings sheet', async () => {
    const result = await balans([
      'import',
      'demo/exempel-handlingsplan.xlsx',
      '--tenant',
      tenant,
      '--plan',
      'Kopia',
      '--json',
    ]);
    expect(JSON.parse(result.stdout).plan.name).toBe('Kopia');
  });
});

describe.runIf(inject('databaseUrl') === '')('balans with a running server on the same data folder', () => {
  let server: ChildProcess | undefined;
  // Wait until the server has exited (and closed its database) before the data folder is removed.
  afterAll(async () => {
    if (!server || server.exitCode !== null) return;
    const exited = new Promise((resolve) => server!.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
  });

  it('hands the command to the server instead of opening the embedded database twice', async () => {
    server = spawn(process.execPath, [path.join(ROOT, 'bin/balans.js'), 'serve', '--port', '0'], {
      cwd: ROOT,
      env: env(),
    });
    let lock: { port: number } | undefined;
    for (let i = 0; i < 100 && !lock; i++) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      lock = await readFile(path.join(dataDir, 'server.lock.json'), 'utf8')
        .then((text) => JSON.parse(text) as { port: number })
        .catch(() => undefined);
    }
    expect(lock?.port).toBeGreaterThan(0);
    const byUnit = await summary('unit');
    expect(byUnit.total.planned).toBe(557_700_000);
    const health = await fetch(`http://127.0.0.1:${lock!.port}/api/health`);
    expect(await health.json()).toEqual({ status: 'ok', database: 'pglite' });
  });
});
