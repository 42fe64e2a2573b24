import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Kysely } from 'kysely';
import { unitPaths } from '../../domain/org-tree';
import type { Role } from '../../shared/enums';
import { ZScenarioCreate } from '../../shared/schemas/scenario';
import type { Actor } from '../actor';
import { systemActor } from '../actor';
import type { Database } from '../db/schema';
import { withTenant } from '../db/tenant-scope';
import { AppError } from '../errors';
import { listOrgUnits } from '../repositories/org-unit-repository';
import { findPlanByName } from '../repositories/plan-repository';
import { findScenarioByName } from '../repositories/scenario-repository';
import { listUsers } from '../repositories/user-repository';
import { ensureTenant } from './ensure-tenant';
import { importPlan } from './import-plan';
import { setPlanTargets } from './plans/set-plan-targets';
import { importReports } from './reports/import-reports';
import { createScenario } from './scenarios/create-scenario';
import { createUser } from './users/user-changes';

export const DEMO_TENANT = 'demo';
export const DEMO_PLAN = 'En hållbar framtid 2023–2025';
const DEMO_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../demo');
const DEMO_FILE = path.join(DEMO_DIR, 'exempel-handlingsplan.xlsx');
const DEMO_REPORTS = path.join(DEMO_DIR, 'exempel-uppfoljning-2024.csv');
const DEMO_SCENARIO = path.join(DEMO_DIR, 'exempel-scenario.json');

/** One demo user per role; the manager is the one named responsible for the Kirurgi measures. */
const DEMO_USERS: readonly { username: string; name: string; role: Role; unitPath: string }[] = [
  { username: 'admin', name: 'Ekonomidirektör Exempelregionen', role: 'admin', unitPath: 'Exempelregionen' },
  {
    username: 'controller',
    name: 'Controller Exempelregionen',
    role: 'controller',
    unitPath: 'Exempelregionen',
  },
  {
    username: 'chef',
    name: 'Divisionschef Kirurgi',
    role: 'manager',
    unitPath: 'Exempelregionen / Hälso- och sjukvård / Division Kirurgi',
  },
  { username: 'politiker', name: 'Ledamot regionstyrelsen', role: 'reader', unitPath: 'Exempelregionen' },
  { username: 'revisor', name: 'Förtroendevald revisor', role: 'auditor', unitPath: 'Exempelregionen' },
];

export interface DemoUser {
  username: string;
  role: Role;
  password: string;
}

export interface DemoResult {
  tenant: string;
  plan: { id: string; name: string };
  /** The example scenario of the forecast tool, linked to the plan. */
  scenario: { id: string; name: string };
  /** Users created by this run, with their generated passwords (empty when the demo was already loaded). */
  users: DemoUser[];
  alreadyLoaded: boolean;
}

/**
 * Loads the example plan into tenant `demo`, sets its 2024 target to 500 mnkr, creates one user per role
 * with a freshly generated password, loads the 2024 follow-up reports and saves the example scenario linked
 * to the plan. Safe to run again: nothing is duplicated.
 */
export async function loadDemo(db: Kysely<Database>, options: { tenant?: string } = {}): Promise<DemoResult> {
  const slug = options.tenant ?? DEMO_TENANT;
  const tenant = await ensureTenant(db, slug, 'Exempelregionen');
  const actor = systemActor(tenant.id, 'balans demo');
  const existingPlan = await withTenant(db, tenant.id, (trx) => findPlanByName(trx, DEMO_PLAN));
  const bytes = await readFile(DEMO_FILE);
  const imported = await importPlan(db, actor, { bytes, fileName: path.basename(DEMO_FILE) });
  if (!imported.plan) {
    throw new AppError(
      'IMPORT_INVALID',
      `Demoplanen kunde inte läsas: ${imported.errors[0]?.message ?? 'okänt fel'}`,
    );
  }
  const plan = imported.plan;
  const users = await withTenant(db, tenant.id, async (trx) => {
    if (!existingPlan) {
      await setPlanTargets(trx, actor, plan.id, [{ orgUnitId: null, year: 2024, amount: 500_000_000 }]);
    }
    const existing = new Set((await listUsers(trx)).map((user) => user.username));
    const paths = unitPaths(await listOrgUnits(trx));
    const unitByPath = new Map([...paths].map(([id, unitPath]) => [unitPath, id]));
    const created: DemoUser[] = [];
    for (const demoUser of DEMO_USERS) {
      if (existing.has(demoUser.username)) continue;
      const password = randomBytes(12).toString('base64url');
      await createUser(trx, actor, {
        username: demoUser.username,
        name: demoUser.name,
        email: null,
        password,
        grants: [{ role: demoUser.role, orgUnitId: unitByPath.get(demoUser.unitPath)! }],
      });
      created.push({ username: demoUser.username, role: demoUser.role, password });
    }
    return created;
  });
  // Import again now that the users exist, so that measures are linked to their responsible manager.
  if (users.length > 0) await importPlan(db, actor, { bytes, fileName: path.basename(DEMO_FILE) });
  // The follow-up of 2024 (tertial 1, the interim report in August, the year end): idempotent, like the plan.
  const reports = await importReports(db, actor, await readFile(DEMO_REPORTS, 'utf8'), { planId: plan.id });
  if (reports.errors.length > 0) {
    throw new AppError('IMPORT_INVALID', `Demorapporterna kunde inte läsas: rad ${reports.errors[0]?.line}`);
  }
  const scenario = await loadDemoScenario(db, actor, plan.id);
  return { tenant: slug, plan, scenario, users, alreadyLoaded: existingPlan !== undefined };
}

/**
 * The example scenario (demo/exempel-scenario.json: the fields of POST /api/scenarios and a `note` on where
 * its numbers come from), linked to the demo plan. Created once and then left alone: a user may have changed it.
 */
async function loadDemoScenario(
  db: Kysely<Database>,
  actor: Actor,
  planId: string,
): Promise<{ id: string; name: string }> {
  const { note: _note, ...fields } = JSON.parse(await readFile(DEMO_SCENARIO, 'utf8')) as Record<
    string,
    unknown
  >;
  const parsed = ZScenarioCreate.safeParse({ ...fields, planId });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError(
      'IMPORT_INVALID',
      `Demoscenariot kunde inte läsas: ${issue?.path.join('.')}: ${issue?.message ?? 'okänt fel'}`,
    );
  }
  return withTenant(db, actor.tenantId, async (trx) => {
    const existing = await findScenarioByName(trx, parsed.data.name);
    const { id, name } = existing ?? (await createScenario(trx, actor, parsed.data));
    return { id, name };
  });
}
