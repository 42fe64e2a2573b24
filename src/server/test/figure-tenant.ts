import { readFile } from 'node:fs/promises';
import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import { systemActor } from '../actor';
import type { BalansDatabase } from '../db/connect';
import { importReports } from '../use-cases/reports/import-reports';
import { swedishToday } from '../use-cases/rounds/round-access';
import { buildTestApp, headers, logInAs, type Session, seedExampleTenant } from './test-app';

export const HS = 'Exempelregionen / Hälso- och sjukvård';

/** What the figure-limit tests share: the example plan with its 2024 reports, three users and an open round. */
export interface FigureTenant {
  app: FastifyInstance;
  tenantId: string;
  planId: string;
  /** Hälso- och sjukvård. */
  unitId: string;
  as: Record<string, Session>;
  call: (
    user: string,
    method: 'GET' | 'POST' | 'PUT' | 'PATCH',
    url: string,
    payload?: object,
  ) => Promise<Awaited<ReturnType<FastifyInstance['inject']>>>;
}

/** Seeds the figure-limit tests' tenant: admin, a division manager (chef) and a reader (politiker). */
export async function seedFigureTenant(database: BalansDatabase): Promise<FigureTenant> {
  const app = await buildTestApp(database.db);
  const seeded = await seedExampleTenant(database.db, [
    { username: 'admin', role: 'admin', unitPath: 'Exempelregionen' },
    {
      username: 'chef',
      role: 'manager',
      name: 'Divisionschef Kirurgi',
      unitPath: `${HS} / Division Kirurgi`,
    },
    { username: 'politiker', role: 'reader', unitPath: 'Exempelregionen' },
  ]);
  const { planId } = seeded;
  const tenantId = seeded.tenant.id;
  const unitId = seeded.unitIds.get(HS)!;
  const csv = await readFile('demo/exempel-uppfoljning-2024.csv', 'utf8');
  expect((await importReports(database.db, systemActor(tenantId, 'test'), csv, { planId })).errors).toEqual(
    [],
  );
  const as: Record<string, Session> = {};
  for (const user of ['admin', 'chef', 'politiker']) as[user] = await logInAs(app, seeded.tenant.slug, user);
  const call: FigureTenant['call'] = (user, method, url, payload) =>
    app.inject({ method, url, headers: headers(as[user]!), ...(payload ? { payload } : {}) });
  const deadline = swedishToday(new Date(Date.now() + 30 * 86_400_000));
  const round = await call('admin', 'POST', `/api/plans/${planId}/rounds`, {
    period: '2024-09',
    orgUnitId: unitId,
    deadline,
  });
  expect(round.statusCode).toBe(201);
  return { app, tenantId, planId, unitId, as, call };
}
