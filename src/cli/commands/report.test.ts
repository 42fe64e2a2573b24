import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveConfig } from '../../server/config';
import type { BalansDatabase } from '../../server/db/connect';
import { openTestDatabase } from '../../server/test/test-db';
import { loadDemo } from '../../server/use-cases/load-demo';
import type { CommandEnv } from '../command';
import { parseCommandLine, runCommand } from '../run-command';

const SLUG = 'demo-report-cli';
let database: BalansDatabase;
let env: CommandEnv;

beforeAll(async () => {
  database = await openTestDatabase();
  await loadDemo(database.db, { tenant: SLUG });
  const cwd = await mkdtemp(path.join(tmpdir(), 'balans-report-'));
  env = { db: database.db, config: resolveConfig({ data: '/nonexistent' }, {}), cwd };
});
afterAll(async () => {
  await rm(env.cwd, { recursive: true, force: true });
  await database.close();
});

const run = (argv: string[]) =>
  runCommand(env, 'report', parseCommandLine(['report', '--tenant', SLUG, ...argv]));

describe('balans report', () => {
  it('writes the JSON contract for the whole demo organisation at 2024-08', async () => {
    const result = await run(['--period', '2024-08', '--format', 'json', '--out', 'rapport.json']);
    expect(result.exitCode, result.stdout).toBe(0);
    expect(result.stdout).toMatch(/prognos 310,7\smnkr, avvikelse −189,3\smnkr/);
    const report = JSON.parse(await readFile(path.join(env.cwd, 'rapport.json'), 'utf8'));
    expect(report.plan.name).toBeTruthy();
    expect(report.unit.path).toBe('Exempelregionen');
    expect(report.period).toBe('2024-08');
    expect(report.figures).toMatchObject({
      target: 500_000_000,
      forecast: 310_700_000,
      deviation: -189_300_000,
      planned: 557_700_000,
    });
    for (const key of ['originalPlanned', 'outcome', 'riskWeighted', 'stale', 'staleShare']) {
      expect(report.figures).toHaveProperty(key);
    }
    const measure = report.measures[0];
    for (const key of [
      'code',
      'title',
      'unit',
      'responsible',
      'planned',
      'outcome',
      'forecast',
      'deviation',
    ]) {
      expect(measure).toHaveProperty(key);
    }
    for (const key of ['status', 'comment', 'lastReported', 'stale']) expect(measure).toHaveProperty(key);
    for (const key of ['decisions', 'withoutDecision', 'missingRiskAnalysis', 'staleMeasures']) {
      expect(Array.isArray(report[key])).toBe(true);
    }
    expect(Array.isArray(report.commitmentsNotAccepted)).toBe(true);
    const amounts = [
      ...Object.values(report.figures).filter(
        (v) => typeof v === 'number' && v !== report.figures.staleShare,
      ),
      ...report.measures.flatMap((m: { planned: number; forecast: number }) => [m.planned, m.forecast]),
    ];
    for (const amount of amounts) expect(Number.isInteger(amount)).toBe(true);
  });

  it('takes a unit by its full path, the PDF and XLSX formats, and --as-of', async () => {
    const unit = 'Exempelregionen / Hälso- och sjukvård';
    const json = await run(['--unit', unit, '--period', '2024-08', '--format', 'json']);
    expect(JSON.parse(json.stdout).unit.path).toBe(unit);
    const pdf = await run(['--unit', unit, '--period', '2024-08', '--format', 'pdf', '--out', 'r.pdf']);
    expect(pdf.exitCode, pdf.stdout).toBe(0);
    expect((await readFile(path.join(env.cwd, 'r.pdf'))).subarray(0, 5).toString()).toBe('%PDF-');
    const xlsx = await run(['--period', '2024-08', '--format', 'xlsx', '--out', 'r.xlsx', '--json']);
    expect(JSON.parse(xlsx.stdout)).toMatchObject({ format: 'xlsx', unit: { path: 'Exempelregionen' } });
    expect((await readFile(path.join(env.cwd, 'r.xlsx'))).subarray(0, 2).toString()).toBe('PK');
    const past = await run(['--period', '2024-08', '--as-of', '2000-01-01', '--format', 'json']);
    expect(past.exitCode).toBe(1);
    const now = await run(['--period', '2024-08', '--as-of', new Date().toISOString(), '--format', 'json']);
    expect(JSON.parse(now.stdout).figures.forecast).toBe(310_700_000);
  });

  it('names an unknown unit with the nearest one, and refuses bad arguments in Swedish', async () => {
    const unknown = await run(['--unit', 'Exempelregionen / Hälso och sjukvård', '--period', '2024-08']);
    expect(unknown.exitCode).toBe(1);
    expect(unknown.stdout).toBe(
      'Fel: Enheten "Exempelregionen / Hälso och sjukvård" finns inte; menade du Exempelregionen / Hälso- och sjukvård?\n',
    );
    expect((await run(['--period', '2024-8'])).stdout).toContain('ÅÅÅÅ-MM');
    expect((await run(['--period', '2024-08', '--format', 'pdf'])).stdout).toContain('--out');
    expect((await run(['--period', '2024-08', '--as-of', 'igår'])).stdout).toContain('--as-of');
    expect((await run(['--period', '2024-08', '--plan', 'Okänd plan'])).stdout).toMatch(/menade du .+\?\n$/);
  });
});
