import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveConfig } from '../../server/config';
import type { BalansDatabase } from '../../server/db/connect';
import { openTestDatabase } from '../../server/test/test-db';
import { loadDemo } from '../../server/use-cases/load-demo';
import type { CommandEnv } from '../command';
import { parseCommandLine, runCommand } from '../run-command';

let database: BalansDatabase;
let env: CommandEnv;

beforeAll(async () => {
  database = await openTestDatabase();
  const cwd = await mkdtemp(path.join(tmpdir(), 'balans-scenario-'));
  env = { db: database.db, config: resolveConfig({ data: '/nonexistent' }, {}), cwd };
});
afterAll(async () => {
  await rm(env.cwd, { recursive: true, force: true });
  await database.close();
});

const run = (argv: string[]) => runCommand(env, 'scenario', parseCommandLine(['scenario', ...argv]));

const year = (overrides: Record<string, number> = {}) => ({
  revenueGrowth: 0.03,
  wageGrowth: 0.03,
  priceGrowth: 0.02,
  personnelShare: 0.6,
  otherShare: 0.4,
  volume: 0,
  ...overrides,
});

const SCENARIO = {
  baseYear: 2025,
  base: { revenue: 1_000_000_000, netCost: 1_000_000_000 },
  openingDeficits: [{ year: 2025, amount: 5_000_000 }],
  years: { '2026': year(), '2027': year({ planLevel: 30_000_000 }), '2028': year({ planLevel: 60_000_000 }) },
};

describe('balans scenario --from', () => {
  it('computes a scenario from a JSON file relative to the working directory and prints the contract', async () => {
    await writeFile(path.join(env.cwd, 'scenario.json'), JSON.stringify(SCENARIO, null, 2));
    const result = await run(['--from', 'scenario.json', '--json']);
    expect(result.exitCode).toBe(0);
    const { years } = JSON.parse(result.stdout);
    expect(Object.keys(JSON.parse(result.stdout))).toEqual(['years']);
    expect(years.map((y: { year: number }) => y.year)).toEqual([2026, 2027, 2028]);
    // 2026: R = 1 030 000 000; N⁰ = 1 000 000 000 · (1 + 0.6·0.03 + 0.4·0.02) = 1 026 000 000
    expect(years[0]).toEqual({
      year: 2026,
      revenue: 1_030_000_000,
      netCostBeforePlan: 1_026_000_000,
      netCost: 1_026_000_000,
      result: 4_000_000,
      goal: 20_600_000,
      gap: 16_600_000,
      requiredPlan: 16_600_000,
      planLevel: 0,
      balanskravResult: 4_000_000,
      deficitOutstanding: 1_000_000,
      deficitOverdue: false,
    });
    // 2027: R = 1 060 900 000; N⁰ = 1 052 676 000; result = 1 060 900 000 − 1 022 676 000 = 38 224 000
    expect(years[1]).toMatchObject({ result: 38_224_000, planLevel: 30_000_000, deficitOutstanding: 0 });
  });

  it('prints a Swedish table without --json', async () => {
    const result = await run(['--from', 'scenario.json']);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('Behövd plan');
    expect(result.stdout).toMatch(/^2026 .*16,6 .*nej$/m);
  });

  it('exits 1 naming the field of bad input, computing nothing', async () => {
    const bad = {
      ...SCENARIO,
      years: { ...SCENARIO.years, '2026': { ...year(), wageGrowth: 'tre procent' } },
    };
    await writeFile(path.join(env.cwd, 'fel.json'), JSON.stringify(bad));
    const result = await run(['--from', 'fel.json', '--json']);
    expect(result.exitCode).toBe(1);
    expect(JSON.parse(result.stdout)).toEqual({
      error: { code: 'VALIDATION', message: 'fel.json: years.2026.wageGrowth: måste vara ett tal' },
    });
    const text = await run(['--from', 'fel.json']);
    expect(text).toEqual({
      exitCode: 1,
      stdout: 'Fel: fel.json: years.2026.wageGrowth: måste vara ett tal\n',
    });
  });

  it('exits 1 with the line and column of broken JSON', async () => {
    await writeFile(
      path.join(env.cwd, 'trasig.json'),
      '{\n  "baseYear": 2025,\n  "base": { revenue: 1 }\n}\n',
    );
    const result = await run(['--from', 'trasig.json', '--json']);
    expect(result.exitCode).toBe(1);
    expect(JSON.parse(result.stdout)).toEqual({
      error: { code: 'VALIDATION', message: 'trasig.json: ogiltig JSON på rad 3, kolumn 13' },
    });
    await writeFile(path.join(env.cwd, 'kort.json'), '{"baseYear": 2025');
    const short = await run(['--from', 'kort.json', '--json']);
    expect(short.exitCode).toBe(1);
    expect(JSON.parse(short.stdout).error.message).toMatch(/^kort\.json: /);
  });

  it('reads a file that begins with a byte-order mark', async () => {
    await writeFile(path.join(env.cwd, 'bom.json'), `\uFEFF${JSON.stringify(SCENARIO)}`);
    expect((await run(['--from', 'bom.json', '--json'])).exitCode).toBe(0);
  });

  it('exits 1 when the file is missing or --from is not given', async () => {
    const missing = await run(['--from', 'finns-inte.json', '--json']);
    expect(missing.exitCode).toBe(1);
    expect(JSON.parse(missing.stdout).error.message).toBe(
      `Filen ${path.join(env.cwd, 'finns-inte.json')} kan inte läsas`,
    );
    const noFrom = await run(['--json']);
    expect(noFrom.exitCode).toBe(1);
    expect(JSON.parse(noFrom.stdout).error).toEqual({
      code: 'VALIDATION',
      message:
        '--from FIL.json eller --name NAMN krävs: balans scenario --from scenario.json eller balans scenario --name "Basscenario"',
    });
    const both = await run(['--from', 'scenario.json', '--name', 'Basscenario', '--json']);
    expect(both.exitCode).toBe(1);
  });
});

describe('balans scenario --name', () => {
  let tenant: string;
  beforeAll(async () => {
    // A tenant of its own: the PostgreSQL run shares one database between test files.
    tenant = (await loadDemo(database.db, { tenant: `cli-scenario-${randomBytes(4).toString('hex')}` }))
      .tenant;
  });

  it('prints a saved scenario’s result in the contract of --from, with its name', async () => {
    const result = await run(['--name', 'prognos 2024–2027 (exempel)', '--tenant', tenant, '--json']);
    expect(result.exitCode).toBe(0);
    const printed = JSON.parse(result.stdout);
    expect(Object.keys(printed)).toEqual(['name', 'years']);
    expect(printed.name).toBe('Prognos 2024–2027 (exempel)');
    expect(printed.years.map((y: { year: number }) => y.year)).toEqual([2024, 2025, 2026, 2027]);
    expect(Object.keys(printed.years[0])).toEqual([
      'year',
      'revenue',
      'netCostBeforePlan',
      'netCost',
      'result',
      'goal',
      'gap',
      'requiredPlan',
      'planLevel',
      'balanskravResult',
      'deficitOutstanding',
      'deficitOverdue',
    ]);
    // the plan level comes from the linked demo plan (full planned level)
    expect(printed.years[0]).toMatchObject({
      planLevel: 557_700_000,
      result: 81_885_588,
      requiredPlan: 751_358_412,
    });
    const text = await run(['--name', 'Prognos 2024–2027 (exempel)', '--tenant', tenant]);
    expect(text.exitCode).toBe(0);
    expect(text.stdout).toContain('Prognos 2024–2027 (exempel) (belopp i mnkr)');
    expect(text.stdout).toMatch(/^2024 .*751,4 .*nej$/m);
  });

  it('exits 1 with a Swedish message for an unknown name or organisation', async () => {
    const unknown = await run(['--name', 'Finns inte', '--tenant', tenant, '--json']);
    expect(unknown.exitCode).toBe(1);
    expect(JSON.parse(unknown.stdout)).toEqual({
      error: { code: 'NOT_FOUND', message: `Scenariot "Finns inte" finns inte i organisationen ${tenant}` },
    });
    const text = await run(['--name', 'Finns inte', '--tenant', tenant]);
    expect(text).toEqual({
      exitCode: 1,
      stdout: `Fel: Scenariot "Finns inte" finns inte i organisationen ${tenant}\n`,
    });
    const noTenant = await run([
      '--name',
      'Prognos 2024–2027 (exempel)',
      '--tenant',
      'finns-inte-alls',
      '--json',
    ]);
    expect(noTenant.exitCode).toBe(1);
    expect(JSON.parse(noTenant.stdout).error.message).toBe('Organisationen "finns-inte-alls" finns inte');
  });
});
