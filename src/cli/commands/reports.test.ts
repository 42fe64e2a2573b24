import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../server/actor';
import { resolveConfig } from '../../server/config';
import type { BalansDatabase } from '../../server/db/connect';
import { createTestTenant } from '../../server/test/factories';
import { openTestDatabase } from '../../server/test/test-db';
import { importPlan } from '../../server/use-cases/import-plan';
import type { CommandEnv } from '../command';
import { parseCommandLine, runCommand } from '../run-command';

let database: BalansDatabase;
let env: CommandEnv;
let slug: string;

beforeAll(async () => {
  database = await openTestDatabase();
  const tenant = await createTestTenant(database.db);
  slug = tenant.slug;
  await importPlan(database.db, systemActor(tenant.id, 'test'), {
    bytes: await readFile('demo/exempel-handlingsplan.xlsx'),
    fileName: 'exempel.xlsx',
  });
  const cwd = await mkdtemp(path.join(tmpdir(), 'balans-reports-'));
  env = { db: database.db, config: resolveConfig({ data: '/nonexistent' }, {}), cwd };
});
afterAll(async () => {
  await rm(env.cwd, { recursive: true, force: true });
  await database.close();
});

const run = (argv: string[]) => runCommand(env, 'reports', parseCommandLine(['reports', ...argv]));

describe('balans reports import', () => {
  it('imports the example follow-up and prints the contract JSON', async () => {
    const file = path.resolve('demo/exempel-uppfoljning-2024.csv');
    const result = await run(['import', file, '--tenant', slug, '--json']);
    expect(result.exitCode).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ imported: 87, errors: [] });
    const again = await run(['import', file, '--tenant', slug, '--json']);
    expect(JSON.parse(again.stdout)).toEqual({ imported: 0, errors: [] });
  });

  it('refuses a NUL byte in a cell with its JSON error, importing nothing (issue 11)', async () => {
    await writeFile(
      path.join(env.cwd, 'nul.csv'),
      'Kod;Period;Utfall (tkr);Prognos (tkr);Status;Kommentar\nHS-01;2024-10;1;2;grön;Bra\u0000\n',
    );
    const result = await run(['import', 'nul.csv', '--tenant', slug, '--json']);
    expect(result.exitCode).toBe(1);
    expect(JSON.parse(result.stdout)).toEqual({
      imported: 0,
      errors: [
        {
          line: 2,
          message: 'Kolumnen Kommentar: Texten innehåller ett NUL-tecken (U+0000), som inte är tillåtet',
        },
      ],
    });
  });

  it('exits 1 with every error and its line, importing nothing', async () => {
    await writeFile(
      path.join(env.cwd, 'trasig.csv'),
      'Kod;Period;Utfall (tkr);Prognos (tkr);Status;Kommentar\nHS-01;2024-09;1;2;grön;\nHS-01;2024-9;1;2;grön;\n',
    );
    const result = await run(['import', 'trasig.csv', '--tenant', slug, '--json']);
    expect(result.exitCode).toBe(1);
    expect(JSON.parse(result.stdout)).toEqual({
      imported: 0,
      errors: [{ line: 3, message: 'Perioden "2024-9" ska skrivas ÅÅÅÅ-MM' }],
    });
    const missing = await run(['import', 'finns-inte.csv', '--tenant', slug, '--json']);
    expect(missing.exitCode).toBe(1);
    expect(JSON.parse(missing.stdout).errors[0].message).toContain('kan inte läsas');
  });

  it('feeds `balans summary --period`: forecast, outcome, deviation, stale per row and in total', async () => {
    const summary = await runCommand(
      env,
      'summary',
      parseCommandLine([
        'summary',
        '--plan',
        'En hållbar framtid 2023–2025',
        '--year',
        '2024',
        '--by',
        'unit',
        '--period',
        '2024-08',
        '--tenant',
        slug,
        '--json',
      ]),
    );
    expect(summary.exitCode).toBe(0);
    const json = JSON.parse(summary.stdout);
    expect(json.period).toBe('2024-08');
    expect(json.total).toEqual({
      planned: 557_700_000,
      forecast: 310_700_000,
      outcome: 207_133_000,
      deviation: null,
      stale: 0,
      staleCount: 0,
    });
    for (const row of json.rows) {
      expect(Object.keys(row).sort()).toEqual(
        ['deviation', 'forecast', 'key', 'outcome', 'planned', 'stale', 'staleCount'].sort(),
      );
    }
    const bad = await runCommand(
      env,
      'summary',
      parseCommandLine([
        'summary',
        '--plan',
        'x',
        '--year',
        '2024',
        '--period',
        '2024-8',
        '--tenant',
        slug,
        '--json',
      ]),
    );
    expect(bad.exitCode).toBe(1);
    expect(JSON.parse(bad.stdout).error.message).toBe('Ange perioden som ÅÅÅÅ-MM: --period 2024-08');
  });
});
