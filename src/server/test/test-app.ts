import { readFile } from 'node:fs/promises';
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { unitPaths } from '../../domain/org-tree';
import type { Role } from '../../shared/enums';
import { systemActor } from '../actor';
import { buildApp } from '../app';
import { resolveConfig } from '../config';
import type { Database } from '../db/schema';
import { withTenant } from '../db/tenant-scope';
import type { LogStream } from '../logging';
import { listOrgUnits } from '../repositories/org-unit-repository';
import type { TenantRecord } from '../repositories/tenant-repository';
import { importPlan } from '../use-cases/import-plan';
import { createUser } from '../use-cases/users/user-changes';
import { createTestTenant } from './factories';

export const TEST_PASSWORD = 'ett-långt-testlösenord';

/** The app on a test database; its log is silent unless a test reads it (`logStream`) or BALANS_LOG_LEVEL says. */
export async function buildTestApp(
  db: Kysely<Database>,
  options: { logStream?: LogStream } = {},
): Promise<FastifyInstance> {
  const config = resolveConfig({ data: '/nonexistent' }, {});
  config.logLevel = options.logStream ? 'info' : (process.env.BALANS_LOG_LEVEL ?? 'silent');
  return buildApp({ db, config }, options);
}

/** A tenant with the example plan and one user per given role, granted at the given unit path. */
function unitIdOf(byPath: ReadonlyMap<string, string>, unitPath: string): string {
  const id = byPath.get(unitPath);
  if (!id) throw new Error(`No unit "${unitPath}" among ${JSON.stringify([...byPath.keys()])}`);
  return id;
}

export async function seedExampleTenant(
  db: Kysely<Database>,
  users: readonly { username: string; name?: string; role: Role; unitPath: string }[],
): Promise<{ tenant: TenantRecord; planId: string; unitIds: Map<string, string> }> {
  const tenant = await createTestTenant(db, 'Exempelregionen');
  const actor = systemActor(tenant.id, 'test');
  const bytes = await readFile('demo/exempel-handlingsplan.xlsx');
  const first = await importPlan(db, actor, { bytes, fileName: 'exempel.xlsx' });
  if (!first.plan || first.errors.length > 0) {
    throw new Error(`The example plan did not import: ${JSON.stringify(first.errors.slice(0, 5))}`);
  }
  const unitIds = await withTenant(db, tenant.id, async (trx) => {
    const paths = unitPaths(await listOrgUnits(trx));
    const byPath = new Map([...paths].map(([id, path]) => [path, id]));
    for (const user of users) {
      await createUser(trx, actor, {
        username: user.username,
        name: user.name ?? user.username,
        email: null,
        password: TEST_PASSWORD,
        grants: [{ role: user.role, orgUnitId: unitIdOf(byPath, user.unitPath) }],
      });
    }
    return byPath;
  });
  await importPlan(db, actor, { bytes, fileName: 'exempel.xlsx' });
  return { tenant, planId: first.plan!.id, unitIds };
}

export interface Session {
  cookie: string;
  csrf: string;
}

export async function logInAs(app: FastifyInstance, tenant: string, username: string): Promise<Session> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { tenant, username, password: TEST_PASSWORD },
  });
  if (response.statusCode !== 200) throw new Error(`login failed: ${response.body}`);
  const cookie = response.cookies.find((c) => c.name === 'balans_session')!;
  return {
    cookie: `balans_session=${cookie.value}`,
    csrf: (response.json() as { csrfToken: string }).csrfToken,
  };
}

export function headers(session: Session): Record<string, string> {
  return { cookie: session.cookie, 'x-csrf-token': session.csrf };
}
