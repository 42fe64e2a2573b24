import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../actor';
import type { BalansDatabase } from '../db/connect';
import { withTenant } from '../db/tenant-scope';
import { findAuditEntries } from '../repositories/audit-repository';
import { findPlanByName } from '../repositories/plan-repository';
import { createTestTenant } from '../test/factories';
import { openTestDatabase } from '../test/test-db';
import { importPlan } from './import-plan';
import { summarizePlan } from './summarize-plan';

const DEMO_PLAN = 'En hållbar framtid 2023–2025';
let database: BalansDatabase;
let demoBytes: Buffer;

beforeAll(async () => {
  database = await openTestDatabase();
  demoBytes = await readFile('demo/exempel-handlingsplan.xlsx');
});
afterAll(() => database.close());

async function summary(tenantId: string, year: number, by: Parameters<typeof summarizePlan>[2]['by']) {
  return withTenant(database.db, tenantId, async (trx) => {
    const plan = await findPlanByName(trx, DEMO_PLAN);
    return summarizePlan(trx, plan!, { year, by });
  });
}

describe('importing the example plan', () => {
  it('reproduces the figures of shared/data/README.md to the krona', async () => {
    const tenant = await createTestTenant(database.db);
    const actor = systemActor(tenant.id, 'test');
    const result = await importPlan(database.db, actor, { bytes: demoBytes, fileName: 'exempel.xlsx' });
    expect(result.errors).toEqual([]);
    expect(result.plan?.name).toBe(DEMO_PLAN);
    expect(result.created).toBe(29);
    expect(result.updated).toBe(0);
    expect(result.unitsCreated).toContain(
      'Exempelregionen / Hälso- och sjukvård / Division Kirurgi / Ögonkliniken',
    );
    expect(result.unitsCreated[0]).toBe('Exempelregionen');

    const byUnit = await summary(tenant.id, 2024, 'unit');
    expect(byUnit.convention).toBe('level');
    expect(byUnit.total.planned).toBe(557_700_000);
    const planned = (path: string) => byUnit.rows.find((row) => row.key === path)?.planned;
    expect(planned('Exempelregionen')).toBe(557_700_000);
    expect(planned('Exempelregionen / Hälso- och sjukvård')).toBe(387_000_000);
    expect(planned('Exempelregionen / Kollektivtrafik')).toBe(85_000_000);
    expect(planned('Exempelregionen / Regionservice')).toBe(20_000_000);
    expect(planned('Exempelregionen / Regionstyrelsen')).toBe(30_000_000);
    expect(planned('Exempelregionen / Tandvård')).toBe(14_500_000);

    const byYear = await summary(tenant.id, 2024, 'year');
    expect(byYear.rows.map((row) => row.key)).toEqual(['2023', '2024', '2025']);
    expect(byYear.rows[1]?.planned).toBe(557_700_000);
    // Temporary measures (HS-11 35 000 tkr, RS-03 12 000 tkr) have level 0 in 2025.
    expect(byYear.rows[2]?.planned).toBe(557_700_000 - 35_000_000 - 12_000_000);

    const byCostType = await summary(tenant.id, 2024, 'costType');
    expect(byCostType.rows.map((row) => row.key)).toEqual([
      'personnel',
      'operating',
      'revenue',
      'unspecified',
    ]);
    expect(byCostType.rows.reduce((sum, row) => sum + row.planned, 0)).toBe(557_700_000);
    expect(byCostType.rows.find((row) => row.key === 'revenue')?.planned).toBe(50_500_000);
  });

  it('updates and never duplicates when the same file comes again', async () => {
    const tenant = await createTestTenant(database.db);
    const actor = systemActor(tenant.id, 'test');
    await importPlan(database.db, actor, { bytes: demoBytes, fileName: 'exempel.xlsx' });
    const again = await importPlan(database.db, actor, { bytes: demoBytes, fileName: 'exempel.xlsx' });
    expect(again).toMatchObject({ created: 0, updated: 29, unchanged: 29, unitsCreated: [], errors: [] });
    const byUnit = await summary(tenant.id, 2024, 'unit');
    expect(byUnit.total.planned).toBe(557_700_000);
    const count = await withTenant(database.db, tenant.id, (trx) =>
      trx
        .selectFrom('measures')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow(),
    );
    expect(Number(count.n)).toBe(29);
  });

  it('applies a changed amount on re-import and logs who changed what', async () => {
    const tenant = await createTestTenant(database.db);
    const actor = systemActor(tenant.id, 'test');
    await importPlan(database.db, actor, { bytes: demoBytes, fileName: 'exempel.xlsx' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(demoBytes as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Åtgärder')!;
    const header = sheet.getRow(1).values as unknown[];
    const column = header.indexOf('Drift 2024 (tkr)');
    sheet.getRow(2).getCell(column).value = 16_000; // HS-01: 15 600 → 16 000 tkr
    const changed = Buffer.from(await workbook.xlsx.writeBuffer());
    const result = await importPlan(database.db, actor, { bytes: changed, fileName: 'x.xlsx' });
    expect(result).toMatchObject({ created: 0, updated: 29, unchanged: 28 });
    expect((await summary(tenant.id, 2024, 'unit')).total.planned).toBe(557_700_000 + 400_000);
    const audit = await withTenant(database.db, tenant.id, (trx) =>
      findAuditEntries(trx, { entity: 'measure', limit: 1 }),
    );
    expect(audit[0]?.action).toBe('update');
    expect(JSON.stringify(audit[0]?.after)).toContain('16000000');
  });

  it('imports nothing when the file has an error', async () => {
    const tenant = await createTestTenant(database.db);
    const actor = systemActor(tenant.id, 'test');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(demoBytes as unknown as ArrayBuffer);
    workbook.getWorksheet('Åtgärder')!.getCell('H12').value = 4;
    const broken = Buffer.from(await workbook.xlsx.writeBuffer());
    const result = await importPlan(database.db, actor, { bytes: broken, fileName: 'trasig.xlsx' });
    expect(result.plan).toBeNull();
    expect(result.errors).toContainEqual({
      cell: 'Åtgärder!H12',
      message: expect.stringContaining('1, 2 eller 3'),
    });
    const plans = await withTenant(database.db, tenant.id, (trx) =>
      trx.selectFrom('plans').select('id').execute(),
    );
    const units = await withTenant(database.db, tenant.id, (trx) =>
      trx.selectFrom('orgUnits').select('id').execute(),
    );
    expect(plans).toEqual([]);
    expect(units).toEqual([]);
  });

  it('refuses a file whose effect convention contradicts the stored plan, changing nothing', async () => {
    const tenant = await createTestTenant(database.db);
    const actor = systemActor(tenant.id, 'test');
    await importPlan(database.db, actor, { bytes: demoBytes, fileName: 'exempel.xlsx' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(demoBytes as unknown as ArrayBuffer);
    workbook.getWorksheet('Inställningar')!.getCell('B3').value = 'tillskott';
    workbook.getWorksheet('Åtgärder')!.getCell('A2').value = 'NY-01';
    const result = await importPlan(database.db, actor, {
      bytes: Buffer.from(await workbook.xlsx.writeBuffer()),
      fileName: 'x.xlsx',
    });
    expect(result.errors[0]?.message).toContain('effektkonventionen nivå');
    const codes = await withTenant(database.db, tenant.id, (trx) =>
      trx.selectFrom('measures').select('code').where('code', '=', 'NY-01').execute(),
    );
    expect(codes).toEqual([]);
  });
});

describe('the plan name of an import', () => {
  it('refuses an empty name with a message instead of failing in the database', async () => {
    const tenant = await createTestTenant(database.db);
    const result = await importPlan(
      database.db,
      systemActor(tenant.id, 'test'),
      { bytes: demoBytes, fileName: 'x.xlsx' },
      { planName: '  ' },
    );
    expect(result.errors).toEqual([{ cell: 'Inställningar', message: 'Planens namn måste ha 1–300 tecken' }]);
    expect(result.plan).toBeNull();
  });
});
