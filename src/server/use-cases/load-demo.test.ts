import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoLoginText } from '../../cli/demo-users';
import { resolveConfig } from '../config';
import type { BalansDatabase } from '../db/connect';
import { withTenant } from '../db/tenant-scope';
import { findPlanByName, listPlanTargets } from '../repositories/plan-repository';
import { openTestDatabase } from '../test/test-db';
import { DEMO_PLAN, loadDemo } from './load-demo';
import { summarizePlan } from './summarize-plan';
import { listUsersWithGrants } from './users/user-changes';

let database: BalansDatabase;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

describe('the demo', () => {
  it('loads the example plan with its target and one user per role, once', async () => {
    const first = await loadDemo(database.db);
    expect(first.alreadyLoaded).toBe(false);
    expect(first.users.map((u) => u.role).sort()).toEqual([
      'admin',
      'auditor',
      'controller',
      'manager',
      'reader',
    ]);
    expect(new Set(first.users.map((u) => u.password)).size).toBe(5);
    expect(first.users.every((u) => u.password.length >= 16)).toBe(true);

    const tenantId = (
      await database.db
        .selectFrom('tenants')
        .select('id')
        .where('slug', '=', 'demo')
        .executeTakeFirstOrThrow()
    ).id;
    await withTenant(database.db, tenantId, async (trx) => {
      const plan = (await findPlanByName(trx, DEMO_PLAN))!;
      expect(await listPlanTargets(trx, plan.id)).toEqual([
        { orgUnitId: null, year: 2024, amount: 500_000_000 },
      ]);
      const summary = await summarizePlan(trx, plan, { year: 2024, by: 'unit' });
      expect(summary.total).toMatchObject({ planned: 557_700_000, target: 500_000_000 });
      const users = await listUsersWithGrants(trx);
      const manager = users.find((u) => u.username === 'chef')!;
      const own = await trx
        .selectFrom('measures')
        .select('code')
        .where('responsibleUserId', '=', manager.id)
        .orderBy('code')
        .execute();
      expect(own.map((m) => m.code)).toEqual(['HS-07', 'HS-11']);
    });

    const second = await loadDemo(database.db);
    expect(second).toMatchObject({ alreadyLoaded: true, users: [] });
  });

  it('never shows demo passwords in production mode', () => {
    const users = [{ username: 'admin', role: 'admin' as const, password: 'hemligt-lösenord' }];
    expect(demoLoginText(resolveConfig({}, {}), users)).toContain('hemligt-lösenord');
    expect(demoLoginText(resolveConfig({}, { NODE_ENV: 'production' }), users)).not.toContain(
      'hemligt-lösenord',
    );
  });
});
