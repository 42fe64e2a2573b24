import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../server/actor';
import { resolveConfig } from '../../server/config';
import type { BalansDatabase } from '../../server/db/connect';
import { readPlanWorkbook } from '../../server/io/read-plan-workbook';
import { createTestTenant } from '../../server/test/factories';
import { openTestDatabase } from '../../server/test/test-db';
import { importPlan } from '../../server/use-cases/import-plan';
import type { CommandEnv } from '../command';
import { parseCommandLine, runCommand } from '../run-command';

const DEMO_PLAN = 'En hållbar framtid 2023–2025';
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
  const cwd = await mkdtemp(path.join(tmpdir(), 'balans-export-'));
  env = { db: database.db, config: resolveConfig({ data: '/nonexistent' }, {}), cwd };
});
afterAll(async () => {
  await rm(env.cwd, { recursive: true, force: true });
  await database.close();
});

function run(argv: string[]) {
  const parsed = parseCommandLine(argv);
  return runCommand(env, 'export', parsed);
}

describe('balans export', () => {
  it('writes the plan to the file named by --out, relative to the working directory', async () => {
    const result = await run(['export', '--plan', DEMO_PLAN, '--tenant', slug, '--out', 'plan.xlsx']);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain(`29 åtgärder skrevs till ${path.join(env.cwd, 'plan.xlsx')}`);
    const parsed = await readPlanWorkbook(await readFile(path.join(env.cwd, 'plan.xlsx')));
    expect(parsed.errors).toEqual([]);
    expect(parsed.rows).toHaveLength(29);
  });

  it('names what is missing or unknown, with exit code 1', async () => {
    const noPlan = await run(['export', '--tenant', slug, '--out', 'x.xlsx']);
    expect(noPlan).toEqual({ exitCode: 1, stdout: 'Fel: Ange planen: --plan "Planens namn"\n' });
    const unknown = await run(['export', '--plan', 'Okänd', '--tenant', slug, '--out', 'x.xlsx', '--json']);
    expect(unknown.exitCode).toBe(1);
    expect(JSON.parse(unknown.stdout)).toEqual({
      error: { code: 'NOT_FOUND', message: `Planen "Okänd" finns inte i organisationen ${slug}` },
    });
  });
});
