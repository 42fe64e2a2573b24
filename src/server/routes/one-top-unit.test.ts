import type { FastifyInstance } from 'fastify';
import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TOrgUnit } from '../../shared/schemas/org-unit';
import { systemActor } from '../actor';
import type { BalansDatabase } from '../db/connect';
import { up as oneTopUnit } from '../db/migrations/20261204-1101-one-top-unit';
import { withTenant } from '../db/tenant-scope';
import { handMadeWorkbook } from '../test/hand-made-workbook';
import { buildTestApp, headers, logInAs, type Session, seedExampleTenant } from '../test/test-app';
import { openTestDatabase } from '../test/test-db';
import { importPlan } from '../use-cases/import-plan';

/** Issue 11, item 4: an organisation has exactly one top unit, and its admin always sees every unit. */

let database: BalansDatabase;
let app: FastifyInstance;
let tenantId: string;
let planId: string;
let rootId: string;
const as: Record<string, Session> = {};

beforeAll(async () => {
  database = await openTestDatabase();
  app = await buildTestApp(database.db);
  const seeded = await seedExampleTenant(database.db, [
    { username: 'admin', role: 'admin', unitPath: 'Exempelregionen' },
    { username: 'politiker', role: 'reader', unitPath: 'Exempelregionen' },
  ]);
  tenantId = seeded.tenant.id;
  planId = seeded.planId;
  rootId = seeded.unitIds.get('Exempelregionen')!;
  for (const user of ['admin', 'politiker']) as[user] = await logInAs(app, seeded.tenant.slug, user);
});
afterAll(async () => {
  await app.close();
  await database.close();
});

function call(user: string, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) {
  return app.inject({ method, url, headers: headers(as[user]!), ...(payload ? { payload } : {}) });
}
const tops = () =>
  withTenant(database.db, tenantId, async (trx) =>
    (await trx.selectFrom('orgUnits').select('name').where('parentId', 'is', null).execute()).map(
      (u) => u.name,
    ),
  );

async function expectWholeOrganisationReadable() {
  for (const user of ['admin', 'politiker']) {
    const summary = await call(user, 'GET', `/api/plans/${planId}/summary?year=2024`);
    expect(summary.statusCode).toBe(200);
  }
}

describe('one top unit', () => {
  it('refuses an import whose Enhet names another top unit, at its cell, with a suggestion', async () => {
    const bytes = await handMadeWorkbook({
      Åtgärder: [
        ['Kod', 'Åtgärd', 'Enhet', 'Personal 2024 (tkr)'],
        ['T-1', 'Felstavad', 'Exempelregion / Regionfastigheter', 10],
        ['T-2', 'Ett ord', 'ja', 10],
        ['T-3', 'En formel som text', '=1+1', 10],
        ['T-4', 'Ett tal', 1e300, 10],
        ['T-5', 'Rätt', 'Exempelregionen / Regionfastigheter', 10],
      ],
    });
    const unitsBefore = ((await call('admin', 'GET', '/api/org-units')).json() as TOrgUnit[]).length;
    for (const dryRun of [true, false]) {
      const result = await importPlan(
        database.db,
        systemActor(tenantId, 'test'),
        { bytes, fileName: 'fel-topp.xlsx' },
        { dryRun },
      );
      expect(result.plan).toBeNull();
      expect(result.errors.map((e) => e.cell)).toEqual([
        'Åtgärder!C2',
        'Åtgärder!C3',
        'Åtgärder!C4',
        'Åtgärder!C5',
      ]);
      expect(result.errors[0]!.message).toBe(
        'Enhet: "Exempelregion / Regionfastigheter" börjar inte med organisationens toppenhet (Exempelregionen); en organisation har en enda toppenhet och varje enhet skrivs från den; menade du Exempelregionen?',
      );
      for (const error of result.errors) expect(error.message).toMatch(/menade du Exempelregionen\?$/);
    }
    expect(await tops()).toEqual(['Exempelregionen']);
    expect(((await call('admin', 'GET', '/api/org-units')).json() as TOrgUnit[]).length).toBe(unitsBefore);
    await expectWholeOrganisationReadable();
  });

  it('refuses a second top unit through the API: created or moved to the top', async () => {
    const created = await call('admin', 'POST', '/api/org-units', {
      parentId: null,
      name: 'Andra regionen',
      kind: 'region',
    });
    expect(created.statusCode).toBe(409);
    expect((created.json() as { error: { message: string } }).error.message).toBe(
      'Organisationen har redan en toppenhet (Exempelregionen); en ny enhet måste ligga under den',
    );
    const units = (await call('admin', 'GET', '/api/org-units')).json() as TOrgUnit[];
    const child = units.find((u) => u.parentId === rootId)!;
    const moved = await call('admin', 'PATCH', `/api/org-units/${child.id}`, {
      version: child.version,
      parentId: null,
    });
    expect(moved.statusCode).toBe(409);
    expect(await tops()).toEqual(['Exempelregionen']);
  });

  it('makes a second top unit impossible in the database itself', async () => {
    await expect(
      withTenant(database.db, tenantId, (trx) =>
        sql`insert into org_units (tenant_id, parent_id, name, kind) values (${tenantId}, null, 'Smygregionen', 'region')`.execute(
          trx,
        ),
      ),
    ).rejects.toThrow(/org_units_one_top/);
    expect(await tops()).toEqual(['Exempelregionen']);
  });

  it('repairs older data with two top units: the stray moves under the top, visible to the admin', async () => {
    await sql`drop index org_units_one_top`.execute(database.db);
    await withTenant(database.db, tenantId, async (trx) => {
      const stray = await sql<{ id: string }>`
        insert into org_units (tenant_id, parent_id, name, kind, created_at)
        values (${tenantId}, null, 'Hälso- och sjukvård', 'region', now() + interval '1 day') returning id`.execute(
        trx,
      );
      await sql`insert into org_units (tenant_id, parent_id, name, kind)
        values (${tenantId}, ${stray.rows[0]!.id}, 'Regionfastigheter', 'administration')`.execute(trx);
    });
    expect((await tops()).sort()).toEqual(['Exempelregionen', 'Hälso- och sjukvård']);
    await oneTopUnit(database.db as unknown as Kysely<unknown>);
    expect(await tops()).toEqual(['Exempelregionen']);
    const units = (await call('admin', 'GET', '/api/org-units')).json() as TOrgUnit[];
    const moved = units.find((u) => u.name === 'Hälso- och sjukvård (2)')!;
    expect(moved.parentId).toBe(rootId);
    expect(units.some((u) => u.name === 'Regionfastigheter' && u.parentId === moved.id)).toBe(true);
    await expectWholeOrganisationReadable();
    await expect(
      withTenant(database.db, tenantId, (trx) =>
        sql`insert into org_units (tenant_id, parent_id, name, kind) values (${tenantId}, null, 'Igen', 'region')`.execute(
          trx,
        ),
      ),
    ).rejects.toThrow(/org_units_one_top/);
  });
});
