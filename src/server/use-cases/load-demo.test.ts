import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoLoginText } from '../../cli/demo-users';
import { logIn } from '../auth/sessions';
import { resolveConfig } from '../config';
import type { BalansDatabase } from '../db/connect';
import { type TenantScopeOptions, withTenant } from '../db/tenant-scope';
import { findPlanByName, listPlanTargets } from '../repositories/plan-repository';
import { openTestDatabase } from '../test/test-db';
import { demoActors } from './demo/demo-clock';
import { CANCELLED_CODE } from './demo/demo-measures';
import { DEMO_MANAGERS } from './demo/demo-people';
import { DEMO_PLAN, type DemoResult, loadDemo } from './load-demo';
import { listMyReports } from './reports/list-my-reports';
import { summarizePlan } from './summarize-plan';
import { listUsersWithGrants } from './users/user-changes';

let database: BalansDatabase;
let first: DemoResult;
let tenantId: string;
beforeAll(async () => {
  database = await openTestDatabase();
  first = await loadDemo(database.db);
  tenantId = (
    await database.db.selectFrom('tenants').select('id').where('slug', '=', 'demo').executeTakeFirstOrThrow()
  ).id;
});
afterAll(() => database.close());

/** The demo plan's 2024 summary by unit, with the follow-up of `period`, now or as of an instant. */
async function summary(period?: string, options: TenantScopeOptions = {}) {
  return withTenant(
    database.db,
    tenantId,
    async (trx) => {
      const plan = (await findPlanByName(trx, DEMO_PLAN))!;
      return summarizePlan(trx, plan, { year: 2024, by: 'unit', ...(period ? { period } : {}) });
    },
    options,
  );
}

/** How many submitted reports of `period` were known as of `asOf`. */
async function reportsKnown(period: string, asOf: string): Promise<number> {
  const rows = await withTenant(
    database.db,
    tenantId,
    (trx) =>
      trx
        .selectFrom('measureReportsAsOf')
        .select('id')
        .where('period', '=', period)
        .where('isDraft', '=', false)
        .execute(),
    { asOf },
  );
  return rows.length;
}

const END_OF_AUGUST = '2024-08-31T23:59:59+02:00';

describe('the demo', () => {
  it('loads the example plan with its target, one user per role and one per responsible manager', async () => {
    expect(first.alreadyLoaded).toBe(false);
    const roles = first.users.filter((u) => !DEMO_MANAGERS.some((m) => m.username === u.username));
    expect(roles.map((u) => [u.username, u.role]).sort()).toEqual([
      ['admin', 'admin'],
      ['chef', 'manager'],
      ['controller', 'controller'],
      ['politiker', 'reader'],
      ['revisor', 'auditor'],
    ]);
    expect(first.users).toHaveLength(5 + DEMO_MANAGERS.length);
    expect(new Set(first.users.map((u) => u.password)).size).toBe(first.users.length);
    expect(first.users.every((u) => u.password.length >= 16)).toBe(true);
    await withTenant(database.db, tenantId, async (trx) => {
      const plan = (await findPlanByName(trx, DEMO_PLAN))!;
      expect(plan.status).toBe('decided');
      expect(plan.decidedAt?.toISOString()).toBe('2023-11-28T16:30:00.000Z');
      const targets = await listPlanTargets(trx, plan.id);
      expect(targets.filter((t) => t.orgUnitId === null)).toEqual([
        { orgUnitId: null, year: 2024, amount: 500_000_000 },
      ]);
      // Each administration's sparbeting, set with the plan, add up to the plan's target.
      const unitTargets = targets.filter((t) => t.orgUnitId !== null);
      expect(unitTargets).toHaveLength(11);
      expect(unitTargets.reduce((sum, t) => sum + (t.amount ?? 0), 0)).toBe(500_000_000);
      const manager = (await listUsersWithGrants(trx)).find((u) => u.username === 'chef')!;
      const own = await trx
        .selectFrom('measures')
        .select('code')
        .where('responsibleUserId', '=', manager.id)
        .orderBy('code')
        .execute();
      expect(own.map((m) => m.code)).toEqual(['HS-07', 'HS-11']);
    });
  });

  it('keeps the present figures: 557,7 mnkr planned, forecasts 337,0 / 310,7 / 337,0 mnkr, target 500 mnkr', async () => {
    expect((await summary()).total).toMatchObject({ planned: 557_700_000, target: 500_000_000 });
    const forecasts = [];
    for (const period of ['2024-04', '2024-08', '2024-12'])
      forecasts.push((await summary(period)).total.forecast);
    expect(forecasts).toEqual([337_000_000, 310_700_000, 337_000_000]);
  });

  it('dates its history: as of 31 August 2024 the interim reports are known, the year end not yet', async () => {
    expect(await reportsKnown('2024-08', END_OF_AUGUST)).toBe(29);
    expect(await reportsKnown('2024-12', END_OF_AUGUST)).toBe(0);
    expect(await reportsKnown('2024-12', '2025-01-31T23:59:59+01:00')).toBe(29);
    expect((await summary('2024-12', { asOf: END_OF_AUGUST })).total.forecast).toBe(310_700_000);
    // Before the plan was decided there was no plan at all as of the summer of 2023.
    const before = await withTenant(
      database.db,
      tenantId,
      (trx) => trx.selectFrom('plansAsOf').select('id').execute(),
      { asOf: '2023-08-31T23:59:59+02:00' },
    );
    expect(before).toEqual([]);
  });

  it('has an original plan that differs from the present one by the cancelled measure', async () => {
    const now = (await summary()).total;
    expect(now.originalPlanned).toBe(566_700_000);
    // In May 2024 the measure still counted in the plan; it was cancelled in June.
    const may = await summary(undefined, { asOf: '2024-05-31T23:59:59+02:00' });
    expect(may.total.planned).toBe(566_700_000);
    const status = await withTenant(database.db, tenantId, (trx) =>
      trx
        .selectFrom('measures')
        .select(['status', 'riskAnalysisRequired'])
        .where('code', '=', CANCELLED_CODE)
        .executeTakeFirstOrThrow(),
    );
    expect(status.status).toBe('cancelled');
  });

  it('names a responsible manager who can log in for every measure', async () => {
    const responsible = await withTenant(database.db, tenantId, async (trx) => {
      const users = new Map((await listUsersWithGrants(trx)).map((user) => [user.id, user.username]));
      const rows = await trx.selectFrom('measures').select(['code', 'responsibleUserId']).execute();
      return rows.map((row) => ({ code: row.code, username: users.get(row.responsibleUserId ?? '') }));
    });
    expect(responsible).toHaveLength(30);
    expect(responsible.filter((row) => !row.username)).toEqual([]);
    const passwords = new Map(first.users.map((user) => [user.username, user.password]));
    const usernames = [...new Set(responsible.map((row) => row.username!))];
    expect(usernames.every((username) => passwords.has(username))).toBe(true);
    // Logging in costs a password hash each: three of them, the rest share the same code path.
    for (const username of [usernames[0]!, 'chef', usernames[usernames.length - 1]!]) {
      const session = await logIn(
        database.db,
        { tenant: 'demo', username, password: passwords.get(username)! },
        { address: '127.0.0.1', now: new Date() },
      );
      expect(session.actor.grants.map((grant) => grant.role)).toEqual(['manager']);
    }
  });

  it('leaves one round open, over Kollektivtrafik for February 2025, with its three measures due', async () => {
    const manager = (await demoActors(database.db, tenantId)).get('karin.ostlund')!;
    const due = await withTenant(database.db, tenantId, async (trx) => {
      const rounds = await trx.selectFrom('reportingRounds').select(['id', 'period', 'status']).execute();
      const open = rounds.filter((round) => round.status === 'open');
      expect(open.map((round) => round.period)).toEqual(['2025-02']);
      expect(
        rounds
          .filter((round) => round.status === 'closed')
          .map((r) => r.period)
          .sort(),
      ).toEqual(['2024-04', '2024-08', '2024-12']);
      return listMyReports(trx, manager, open[0]!.id);
    });
    expect(due.items.map((item) => item.code)).toEqual(['KT-01', 'KT-02', 'KT-03']);
  });

  it('enriches measures with programmes, cost shifts and risk analyses, one still missing', async () => {
    const rows = await withTenant(database.db, tenantId, async (trx) => ({
      programmes: await trx
        .selectFrom('measureProgrammes')
        .innerJoin('programmes', 'programmes.id', 'measureProgrammes.programmeId')
        .select('programmes.name')
        .distinct()
        .orderBy('programmes.name')
        .execute(),
      shifts: await trx.selectFrom('costShifts').select('measureId').execute(),
      analyses: await trx
        .selectFrom('measures')
        .select(['code', 'riskAnalysisDoneOn'])
        .where('riskAnalysisRequired', '=', true)
        .orderBy('code')
        .execute(),
    }));
    expect(rows.programmes.map((p) => p.name)).toEqual([
      'Digitalisering',
      'Färdplan 2030: Attraktiv arbetsgivare',
    ]);
    expect(rows.shifts.length).toBeGreaterThanOrEqual(3);
    expect(rows.analyses.filter((a) => a.riskAnalysisDoneOn === null).map((a) => a.code)).toEqual(['RS-03']);
    expect(rows.analyses.length).toBeGreaterThanOrEqual(4);
  });

  it('changes nothing when loaded again', async () => {
    const count = async () =>
      withTenant(database.db, tenantId, async (trx) => {
        const result = await sql<{ n: string }>`
          select (select count(*) from measures_history) + (select count(*) from measure_reports_history)
            + (select count(*) from audit_log) + (select count(*) from measure_reports) as n`.execute(trx);
        return Number(result.rows[0]!.n);
      });
    const before = await count();
    const second = await loadDemo(database.db);
    expect(second).toMatchObject({ alreadyLoaded: true, users: [] });
    expect(await count()).toEqual(before);
  });

  it('never shows demo passwords in production mode', () => {
    const users = [{ username: 'admin', role: 'admin' as const, password: 'hemligt-lösenord' }];
    expect(demoLoginText(resolveConfig({}, {}), users)).toContain('hemligt-lösenord');
    expect(demoLoginText(resolveConfig({}, { NODE_ENV: 'production' }), users)).not.toContain(
      'hemligt-lösenord',
    );
  });
});
