import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import { unitPaths } from '../../domain/org-tree';
import type { TBoardReport } from '../../shared/schemas/board-report';
import { systemActor } from '../actor';
import type { BalansDatabase } from '../db/connect';
import { withTenant } from '../db/tenant-scope';
import { listOrgUnits } from '../repositories/org-unit-repository';
import { loadDemo } from '../use-cases/load-demo';
import { importReports } from '../use-cases/reports/import-reports';
import { createUser } from '../use-cases/users/user-changes';
import { buildTestApp, headers, logInAs, type Session, TEST_PASSWORD } from './test-app';
import { openTestDatabase } from './test-db';

export const HEALTH = 'Exempelregionen / Hälso- och sjukvård';

export interface BoardReportTenant {
  database: BalansDatabase;
  app: FastifyInstance;
  planId: string;
  tenantId: string;
  unitIds: Map<string, string>;
  /** r-admin (admin at the top), r-reader (reader at the top), r-hs (controller of Hälso- och sjukvård). */
  sessions: Record<'r-admin' | 'r-reader' | 'r-hs', Session>;
  get: (session: Session, url: string) => Promise<Awaited<ReturnType<FastifyInstance['inject']>>>;
  /** GET the board report with `query`, expecting 200. */
  report: (session: Session, query: string) => Promise<TBoardReport>;
  /** Imports one line of the follow-up CSV. */
  reportCsv: (line: string) => ReturnType<typeof importReports>;
  close: () => Promise<void>;
}

/** The demo tenant `slug` on a fresh test database and app, with three logins for the board report tests. */
export async function setUpBoardReportTenant(slug: string): Promise<BoardReportTenant> {
  const database = await openTestDatabase();
  const app = await buildTestApp(database.db);
  const demo = await loadDemo(database.db, { tenant: slug });
  const { id: tenantId } = await database.db
    .selectFrom('tenants')
    .select('id')
    .where('slug', '=', slug)
    .executeTakeFirstOrThrow();
  const unitIds = new Map<string, string>();
  await withTenant(database.db, tenantId, async (trx) => {
    for (const [id, path] of unitPaths(await listOrgUnits(trx))) unitIds.set(path, id);
    const actor = systemActor(tenantId, 'test');
    const users = [
      ['r-admin', 'admin', 'Exempelregionen'],
      ['r-reader', 'reader', 'Exempelregionen'],
      ['r-hs', 'controller', HEALTH],
    ] as const;
    for (const [username, role, path] of users) {
      await createUser(trx, actor, {
        username,
        name: username,
        email: null,
        password: TEST_PASSWORD,
        grants: [{ role, orgUnitId: unitIds.get(path)! }],
      });
    }
  });
  const sessions = {
    'r-admin': await logInAs(app, slug, 'r-admin'),
    'r-reader': await logInAs(app, slug, 'r-reader'),
    'r-hs': await logInAs(app, slug, 'r-hs'),
  };
  const get = (session: Session, url: string) =>
    app.inject({ method: 'GET', url, headers: headers(session) });
  return {
    database,
    app,
    planId: demo.plan.id,
    tenantId,
    unitIds,
    sessions,
    get,
    report: async (session, query) => {
      const response = await get(session, `/api/plans/${demo.plan.id}/board-report?${query}`);
      expect(response.statusCode, response.body).toBe(200);
      return response.json() as TBoardReport;
    },
    reportCsv: (line) =>
      importReports(
        database.db,
        systemActor(tenantId, 'test'),
        `Kod;Period;Utfall (tkr);Prognos (tkr);Status;Kommentar\n${line}`,
      ),
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}
