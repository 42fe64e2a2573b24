import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unitPaths } from '../../domain/org-tree';
import { systemActor } from '../../server/actor';
import { resolveConfig } from '../../server/config';
import type { BalansDatabase } from '../../server/db/connect';
import { withTenant } from '../../server/db/tenant-scope';
import { listOrgUnits } from '../../server/repositories/org-unit-repository';
import { createTestTenant } from '../../server/test/factories';
import { openTestDatabase } from '../../server/test/test-db';
import { createDecisionBody } from '../../server/use-cases/decision-bodies/create-decision-body';
import { importPlan } from '../../server/use-cases/import-plan';
import type { TDecision } from '../../shared/schemas/decision';
import type { CommandEnv } from '../command';
import { parseCommandLine, runCommand } from '../run-command';

let database: BalansDatabase;
let env: CommandEnv;
let slug: string;
const HEADER = 'Organ;Sammanträde;Paragraf;Typ;Text;Åtgärder;Förfallodag;Protokoll';

beforeAll(async () => {
  database = await openTestDatabase();
  const tenant = await createTestTenant(database.db);
  slug = tenant.slug;
  const actor = systemActor(tenant.id, 'test');
  await importPlan(database.db, actor, {
    bytes: await readFile('demo/exempel-handlingsplan.xlsx'),
    fileName: 'exempel.xlsx',
  });
  await withTenant(database.db, tenant.id, async (trx) => {
    const byPath = new Map([...unitPaths(await listOrgUnits(trx))].map(([id, p]) => [p, id]));
    for (const [name, unit, decisionLimit] of [
      ['Regionfullmäktige', 'Exempelregionen', null],
      ['Regionstyrelsen', 'Exempelregionen', null],
      ['Hälso- och sjukvårdsnämnden', 'Exempelregionen / Hälso- och sjukvård', 50_000_000],
    ] as const) {
      await createDecisionBody(trx, actor, {
        name,
        orgUnitId: byPath.get(unit)!,
        decisionLimit,
        sortOrder: 0,
      });
    }
  });
  const cwd = await mkdtemp(path.join(tmpdir(), 'balans-decisions-'));
  env = { db: database.db, config: resolveConfig({ data: '/nonexistent' }, {}), cwd };
});
afterAll(async () => {
  await rm(env.cwd, { recursive: true, force: true });
  await database.close();
});

const run = (argv: string[]) => runCommand(env, 'decisions', parseCommandLine(['decisions', ...argv]));

describe('balans decisions', () => {
  it('refuses a file with errors, naming every line in Swedish, and saves nothing', async () => {
    await writeFile(
      path.join(env.cwd, 'fel.csv'),
      `\uFEFF${HEADER}\n` +
        'Regionstyrelsen;2024-02-13;§ 1;beslut;Bra;RS-01;;\n' +
        'Kommunstyrelsen;2024-02-13;§ 2;beslut;Okänt organ;;;\n' +
        'Regionstyrelsen;13/2 2024;§ 3;beslut;Fel datum;;;\n' +
        'Regionstyrelsen;2024-02-13;§ 4;uppdrag;Utan förfallodag;;;\n' +
        'Regionstyrelsen;2024-02-13;§ 5;beslut;Okänd kod;RS-99;;\n' +
        'Regionstyrelsen;2024-02-13;§ 6;protokoll;Okänd typ;;;\n' +
        'Regionstyrelsen;2024-02-13;§ 7;information;Fel länk;;;ftp://x\n',
    );
    const text = await run(['import', 'fel.csv', '--tenant', slug]);
    expect(text.exitCode).toBe(1);
    expect(text.stdout).toContain('rad 4: Sammanträde "13/2 2024" ska vara ett datum ÅÅÅÅ-MM-DD');
    expect(text.stdout).toContain(
      'rad 7: Typ "protokoll" finns inte; använd beslut, uppdrag eller information',
    );
    const result = await run(['import', 'fel.csv', '--tenant', slug, '--json']);
    // The file's form is checked first; with that right, every line is tried against the register.
    expect(JSON.parse(result.stdout).errors.map((e: { line: number }) => e.line)).toEqual([4, 7]);
    await writeFile(
      path.join(env.cwd, 'fel2.csv'),
      `${HEADER}\n` +
        'Regionstyrelsen;2024-02-13;§ 1;beslut;Bra;RS-01;;\n' +
        'Kommunstyrelsen;2024-02-13;§ 2;beslut;Okänt organ;;;\n' +
        'Regionstyrelsen;2024-02-13;§ 4;uppdrag;Utan förfallodag;;;\n' +
        'Regionstyrelsen;2024-02-13;§ 5;beslut;Okänd kod;RS-99;;\n' +
        'Hälso- och sjukvårdsnämnden;2024-02-13;§ 6;beslut;Utanför;KT-01;;\n' +
        'Regionstyrelsen;2024-02-13;§ 7;information;Fel länk;;;ftp://x\n',
    );
    const second = JSON.parse((await run(['import', 'fel2.csv', '--tenant', slug, '--json'])).stdout);
    expect(second.imported).toBe(0);
    expect(second.errors).toEqual([
      { line: 3, message: 'Organet "Kommunstyrelsen" finns inte; lägg till det bland organen först' },
      { line: 4, message: 'Förfallodag: Ett uppdrag måste ha ett slutdatum (förfallodag)' },
      { line: 5, message: 'Åtgärder: RS-99 finns inte i planen En hållbar framtid 2023–2025' },
      {
        line: 6,
        message:
          'KT-01: Hälso- och sjukvårdsnämnden beslutar bara för Hälso- och sjukvård med underliggande enheter; KT-01 hör till Kollektivtrafik',
      },
      {
        line: 7,
        message:
          'Protokoll: Länken till protokollet måste vara en webbadress som börjar med http:// eller https://',
      },
    ]);
    expect(JSON.parse((await run(['list', '--tenant', slug, '--json'])).stdout)).toEqual([]);
  });

  it('imports the example register and lists it', async () => {
    const result = await run(['import', path.resolve('demo/exempel-beslut.csv'), '--tenant', slug]);
    expect(result.stdout).toBe('Beslut: 9 registrerade i planen En hållbar framtid 2023–2025\n');
    expect(result.exitCode).toBe(0);
    const listed = JSON.parse((await run(['list', '--tenant', slug, '--json'])).stdout) as TDecision[];
    expect(listed).toHaveLength(9);
    expect(listed[0]).toMatchObject({
      meetingDate: '2024-09-17',
      body: 'Hälso- och sjukvårdsnämnden',
      kind: 'noted',
    });
    const kinds = listed.map((d) => d.kind);
    expect(kinds.filter((k) => k === 'decision')).toHaveLength(4);
    expect(listed.find((d) => d.paragraph === '§ 16')).toMatchObject({
      kind: 'assignment',
      assignmentStatus: 'open',
      dueOn: '2024-05-31',
    });
    const text = await run(['list', '--tenant', slug]);
    expect(text.stdout).toContain(
      '2023-12-12  Regionstyrelsen § 201  beslut (8 åtgärder): Regionstyrelsen beslutar',
    );
  });
});
