import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../server/actor';
import { resolveConfig } from '../../server/config';
import type { BalansDatabase } from '../../server/db/connect';
import { withTenant } from '../../server/db/tenant-scope';
import { listOrgUnits } from '../../server/repositories/org-unit-repository';
import { setPlanTarget } from '../../server/repositories/plan-repository';
import { createTestTenant } from '../../server/test/factories';
import { openTestDatabase } from '../../server/test/test-db';
import { importPlan } from '../../server/use-cases/import-plan';
import { createUser } from '../../server/use-cases/users/user-changes';
import type { TCommitment, TCommitmentsFromTargets } from '../../shared/schemas/commitment';
import type { CommandEnv } from '../command';
import { parseCommandLine, runCommand } from '../run-command';
import { USAGE } from '../usage';

const KIRURGI = 'Exempelregionen / Hälso- och sjukvård / Division Kirurgi';
const MEDICIN = 'Exempelregionen / Hälso- och sjukvård / Division Medicin';

let database: BalansDatabase;
let env: CommandEnv;
let slug: string;

beforeAll(async () => {
  database = await openTestDatabase();
  const tenant = await createTestTenant(database.db);
  slug = tenant.slug;
  const actor = systemActor(tenant.id, 'test');
  const imported = await importPlan(database.db, actor, {
    bytes: await readFile('demo/exempel-handlingsplan.xlsx'),
    fileName: 'exempel.xlsx',
  });
  await withTenant(database.db, tenant.id, async (trx) => {
    const units = await listOrgUnits(trx);
    const medicin = units.find((unit) => unit.name === 'Division Medicin')!;
    await setPlanTarget(trx, tenant.id, imported.plan!.id, {
      orgUnitId: medicin.id,
      year: 2024,
      amount: 7_500_000,
    });
    await createUser(trx, actor, {
      username: 'chef',
      name: 'Divisionschef Kirurgi',
      email: null,
      password: 'ett-långt-testlösenord',
      grants: [{ role: 'manager', orgUnitId: units.find((unit) => unit.name === 'Division Kirurgi')!.id }],
    });
  });
  const cwd = await mkdtemp(path.join(tmpdir(), 'balans-commitments-'));
  env = { db: database.db, config: resolveConfig({ data: '/nonexistent' }, {}), cwd };
});
afterAll(async () => {
  await rm(env.cwd, { recursive: true, force: true });
  await database.close();
});

const run = (argv: string[]) =>
  runCommand(env, 'commitments', parseCommandLine(['commitments', ...argv, '--tenant', slug]));

describe('balans commitments', () => {
  it('sets a unit commitment by its path, from the targets, and lists them', async () => {
    const set = await run([
      'set',
      '--unit',
      KIRURGI,
      '--year',
      '2024',
      '--amount',
      '12 000 000',
      '--manager',
      'chef',
      '--json',
    ]);
    expect(set.exitCode).toBe(0);
    expect(JSON.parse(set.stdout)).toMatchObject({
      orgUnitPath: KIRURGI,
      amount: 12_000_000,
      managerName: 'Divisionschef Kirurgi',
      state: 'pending',
    });
    const fromTargets = await run(['from-targets', '--year', '2024', '--json']);
    expect(fromTargets.exitCode).toBe(0);
    expect((JSON.parse(fromTargets.stdout) as TCommitmentsFromTargets).created).toBe(1);
    const list = await run(['list', '--year', '2024', '--json']);
    expect((JSON.parse(list.stdout) as TCommitment[]).map((c) => [c.orgUnitPath, c.amount])).toEqual([
      [KIRURGI, 12_000_000],
      [MEDICIN, 7_500_000],
    ]);
    const text = await run(['list']);
    expect(text.stdout).toContain(
      `${KIRURGI}  2024  12,0\u00a0mnkr  chef: Divisionschef Kirurgi  inväntar accept`,
    );
  });

  it('explains a wrong unit, amount or manager in Swedish, and is documented in --help', async () => {
    const unit = await run(['set', '--unit', 'Division Kirurgi', '--year', '2024', '--amount', '1']);
    expect(unit).toEqual({
      exitCode: 1,
      stdout: 'Fel: Enheten "Division Kirurgi" finns inte; ange hela sökvägen som i summary --by unit\n',
    });
    const amount = await run(['set', '--unit', KIRURGI, '--year', '2024', '--amount', 'tolv']);
    expect(amount.stdout).toBe('Fel: --amount: "tolv" är inte ett belopp\n');
    const manager = await run([
      'set',
      '--unit',
      KIRURGI,
      '--year',
      '2024',
      '--amount',
      '1',
      '--manager',
      'nej',
    ]);
    expect(manager.stdout).toMatch(/^Fel: Användaren "nej" finns inte/);
    const year = await run(['from-targets']);
    expect(year.stdout).toBe('Fel: Ange året: --year 2024\n');
    expect(USAGE).toContain('commitments set --unit SÖKVÄG --year ÅR --amount KR');
  });
});
