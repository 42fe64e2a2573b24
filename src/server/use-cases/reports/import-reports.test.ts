import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../actor';
import type { BalansDatabase } from '../../db/connect';
import { withTenant } from '../../db/tenant-scope';
import { openTestDatabase } from '../../test/test-db';
import { loadDemo } from '../load-demo';
import { importReports } from './import-reports';

let database: BalansDatabase;
let tenantId: string;
const csv = () =>
  readFile(path.resolve(import.meta.dirname, '../../../../demo/exempel-uppfoljning-2024.csv'), 'utf8');
const HEADER = 'Kod;Period;Utfall (tkr);Prognos (tkr);Status;Kommentar';

beforeAll(async () => {
  database = await openTestDatabase();
  await loadDemo(database.db, { tenant: 'demo-reports' });
  tenantId = (
    await database.db
      .selectFrom('tenants')
      .select('id')
      .where('slug', '=', 'demo-reports')
      .executeTakeFirstOrThrow()
  ).id;
});
afterAll(() => database.close());

const actor = () => systemActor(tenantId, 'test');
const forecastSum = (period: string) =>
  withTenant(database.db, tenantId, async (trx) => {
    const row = await trx
      .selectFrom('measureReports')
      .select((eb) => eb.fn.sum<number>('forecastYear').as('sum'))
      .where('period', '=', period)
      .executeTakeFirstOrThrow();
    return Number(row.sum);
  });

describe('importing follow-up reports', () => {
  it('the demo holds the 2024 reports, and importing them again changes nothing', async () => {
    expect(await forecastSum('2024-08')).toBe(310_700_000);
    const again = await importReports(database.db, actor(), await csv());
    expect(again).toEqual({ imported: 0, unchanged: 87, errors: [] });
  });

  it('replaces a changed report, keeps its history in the audit log and raises its version', async () => {
    // September: a period the demo's closed rounds have not frozen.
    await importReports(database.db, actor(), `${HEADER}\nHS-01;2024-09;8000;21200;grön;`);
    const result = await importReports(
      database.db,
      actor(),
      `${HEADER}\nHS-01;2024-09;9000;19000;gul;Sen start`,
    );
    expect(result).toEqual({ imported: 1, unchanged: 0, errors: [] });
    const report = await withTenant(database.db, tenantId, (trx) =>
      trx
        .selectFrom('measureReports')
        .innerJoin('measures', 'measures.id', 'measureReports.measureId')
        .select(['measureReports.id', 'forecastYear', 'measureReports.status', 'measureReports.version'])
        .where('measures.code', '=', 'HS-01')
        .where('period', '=', '2024-09')
        .executeTakeFirstOrThrow(),
    );
    expect(report).toMatchObject({ forecastYear: 19_000_000, status: 'yellow', version: 2 });
    const audit = await withTenant(database.db, tenantId, (trx) =>
      trx.selectFrom('auditLog').select(['action']).where('entityId', '=', report.id).orderBy('id').execute(),
    );
    expect(audit.map((a) => a.action)).toEqual(['create', 'update']);
  });

  it('refuses the whole file when one line is wrong, naming the line', async () => {
    const before = await forecastSum('2024-09');
    const result = await importReports(
      database.db,
      actor(),
      `${HEADER}\nHS-02;2024-09;1;99999;grön;\nXX-99;2024-09;1;2;grön;`,
    );
    expect(result).toEqual({
      imported: 0,
      unchanged: 0,
      errors: [{ line: 3, message: 'Åtgärden XX-99 finns inte' }],
    });
    expect(await forecastSum('2024-09')).toBe(before);
  });

  it('never changes a frozen period, neither by import nor by hand-written SQL', async () => {
    // The demo's round for tertial 1 (2024-04) was closed in May 2024.
    const closed = await forecastSum('2024-04');
    const result = await importReports(database.db, actor(), `${HEADER}\nHS-02;2024-04;1;99999;grön;`);
    expect(result.errors).toEqual([{ line: 2, message: 'Perioden 2024-04 är stängd för HS-02' }]);
    await expect(
      withTenant(database.db, tenantId, (trx) =>
        sql`update measure_reports set forecast_year = 1 where period = '2024-04'`.execute(trx),
      ),
    ).rejects.toThrow(/closed/);
    await expect(
      withTenant(database.db, tenantId, (trx) =>
        sql`delete from measure_reports where period = '2024-04'`.execute(trx),
      ),
    ).rejects.toThrow(/closed/);
    expect(await forecastSum('2024-04')).toBe(closed);
    // Re-importing the whole history changes nothing, so the closed period does not stand in the way.
    const again = await importReports(database.db, actor(), await csv());
    expect(again.errors).toEqual([]);
    expect(again.imported).toBe(0);
    expect(await forecastSum('2024-04')).toBe(closed);
  });
});
