import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Kysely, sql } from 'kysely';
import { unitPaths } from '../../domain/org-tree';
import type { Role } from '../../shared/enums';
import { ZScenarioCreate } from '../../shared/schemas/scenario';
import type { Actor } from '../actor';
import { systemActor } from '../actor';
import type { Database } from '../db/schema';
import { type Tx, withTenant } from '../db/tenant-scope';
import { AppError } from '../errors';
import { listOrgUnits } from '../repositories/org-unit-repository';
import { findPlanByName } from '../repositories/plan-repository';
import { findScenarioByName } from '../repositories/scenario-repository';
import { findTenantBySlug } from '../repositories/tenant-repository';
import { listUsers } from '../repositories/user-repository';
import { DEMO_DATES, dated, demoActors } from './demo/demo-clock';
import { loadDemoHistory } from './demo/demo-history';
import { DEMO_PEOPLE } from './demo/demo-people';
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
const DEMO_DECISIONS = path.join(DEMO_DIR, 'exempel-beslut.csv');

export interface DemoUser {
  username: string;
  role: Role;
  /** The name shown in the app (for a manager: the title the plan names as responsible). */
  name?: string;
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
 * Loads the demo into tenant `demo` as a dated history (decision 0009, addendum): the example plan imported in
 * September 2023 with its 2024 target of 500 mnkr, one user per role and one per responsible manager (each
 * with a freshly generated password), a measure proposed, programmes, cost shifts and risk analyses added in
 * preparation, the plan decided by regionfullmäktige on 28 November 2023 (the original plan), the reporting
 * rounds of 2024 opened, reported in by the managers and closed, the extra measure cancelled in June 2024,
 * and the example scenario. Each step is its own transaction dated with withTenant's `clock`, so that "as of"
 * any day shows what was known then. Safe to run again: a loaded demo only gets users it lacks.
 */
export async function loadDemo(db: Kysely<Database>, options: { tenant?: string } = {}): Promise<DemoResult> {
  const slug = options.tenant ?? DEMO_TENANT;
  const tenant = await ensureDatedTenant(db, slug);
  const existingPlan = await withTenant(db, tenant.id, (trx) => findPlanByName(trx, DEMO_PLAN));
  if (existingPlan) return refreshDemo(db, tenant.id, slug, existingPlan);
  const setup = systemActor(tenant.id, 'balans demo');
  const bytes = await readFile(DEMO_FILE);
  const file = { bytes, fileName: path.basename(DEMO_FILE) };
  const imported = await importPlan(db, setup, file, { clock: DEMO_DATES.imported });
  if (!imported.plan) {
    throw new AppError(
      'IMPORT_INVALID',
      `Demoplanen kunde inte läsas: ${imported.errors[0]?.message ?? 'okänt fel'}`,
    );
  }
  const plan = imported.plan;
  const users = await dated(db, tenant.id, DEMO_DATES.users, async (trx) => {
    await setPlanTargets(trx, setup, plan.id, [{ orgUnitId: null, year: 2024, amount: 500_000_000 }]);
    return createDemoUsers(trx, setup);
  });
  // Import again now that the users exist, so that measures are linked to their responsible manager.
  await importPlan(db, setup, file, { clock: DEMO_DATES.linked });
  const actors = await demoActors(db, tenant.id);
  let scenario: { id: string; name: string } | undefined;
  await loadDemoHistory({
    db,
    tenantId: tenant.id,
    planId: plan.id,
    actors,
    reportsCsv: await readFile(DEMO_REPORTS, 'utf8'),
    decisionsFile: await readFile(DEMO_DECISIONS, 'utf8'),
    saveScenario: async () => {
      scenario = await loadDemoScenario(db, actors.get('controller')!, plan.id, DEMO_DATES.scenario);
    },
  });
  return { tenant: slug, plan, scenario: scenario!, users, alreadyLoaded: false };
}

/** The tenant, created (dated when the demo's history begins) when missing. */
async function ensureDatedTenant(db: Kysely<Database>, slug: string) {
  const existing = await findTenantBySlug(db, slug);
  if (existing) return existing;
  return db.transaction().execute(async (trx) => {
    await sql`select set_config('app.clock', ${DEMO_DATES.tenant}, true)`.execute(trx);
    return ensureTenant(trx, slug, 'Exempelregionen');
  });
}

/** One user per demo person missing from the tenant, each with a fresh password. */
async function createDemoUsers(trx: Tx, actor: Actor): Promise<DemoUser[]> {
  const existing = new Set((await listUsers(trx)).map((user) => user.username));
  const unitByPath = new Map([...unitPaths(await listOrgUnits(trx))].map(([id, unitPath]) => [unitPath, id]));
  const created: DemoUser[] = [];
  for (const person of DEMO_PEOPLE) {
    if (existing.has(person.username)) continue;
    const password = randomBytes(12).toString('base64url');
    await createUser(trx, actor, {
      username: person.username,
      name: person.name,
      email: person.email,
      password,
      grants: [{ role: person.role, orgUnitId: unitByPath.get(person.unitPath)! }],
    });
    created.push({ username: person.username, role: person.role, name: person.name, password });
  }
  return created;
}

/**
 * A demo loaded before (perhaps by an older version): only the users it lacks are added (now), the workbook
 * imported again to link them, and the follow-up file imported again (changing nothing it already has).
 */
async function refreshDemo(
  db: Kysely<Database>,
  tenantId: string,
  slug: string,
  plan: { id: string; name: string },
): Promise<DemoResult> {
  const setup = systemActor(tenantId, 'balans demo');
  const users = await withTenant(db, tenantId, (trx) => createDemoUsers(trx, setup));
  if (users.length > 0) {
    await importPlan(db, setup, { bytes: await readFile(DEMO_FILE), fileName: path.basename(DEMO_FILE) });
  }
  const reports = await importReports(db, setup, await readFile(DEMO_REPORTS, 'utf8'), { planId: plan.id });
  if (reports.errors.length > 0) {
    throw new AppError('IMPORT_INVALID', `Demorapporterna kunde inte läsas: rad ${reports.errors[0]?.line}`);
  }
  const scenario = await loadDemoScenario(db, setup, plan.id);
  return { tenant: slug, plan: { id: plan.id, name: plan.name }, scenario, users, alreadyLoaded: true };
}

/**
 * The example scenario (demo/exempel-scenario.json: the fields of POST /api/scenarios and a `note` on where
 * its numbers come from), linked to the demo plan. Created once and then left alone: a user may have changed it.
 */
async function loadDemoScenario(
  db: Kysely<Database>,
  actor: Actor,
  planId: string,
  clock?: string,
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
  return withTenant(
    db,
    actor.tenantId,
    async (trx) => {
      const existing = await findScenarioByName(trx, parsed.data.name);
      const { id, name } = existing ?? (await createScenario(trx, actor, parsed.data));
      return { id, name };
    },
    { clock },
  );
}
