import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TAuditPage } from '../../shared/schemas/audit';
import type { TCommitment } from '../../shared/schemas/commitment';
import type { BalansDatabase } from '../db/connect';
import { buildTestApp, headers, logInAs, type Session, seedExampleTenant } from '../test/test-app';
import { openTestDatabase } from '../test/test-db';

const KIRURGI = 'Exempelregionen / Hälso- och sjukvård / Division Kirurgi';
const MEDICIN = 'Exempelregionen / Hälso- och sjukvård / Division Medicin';

let database: BalansDatabase;
let app: FastifyInstance;
let planId: string;
let unitIds: Map<string, string>;
let otherAdmin: Session;
const sessions: Record<string, Session> = {};
const userIds: Record<string, string> = {};

interface ErrorBody {
  error: { code: string; message: string; details?: { field: string; message: string }[] };
}

async function put(session: Session, payload: Record<string, unknown>) {
  return app.inject({
    method: 'PUT',
    url: `/api/plans/${planId}/commitments`,
    headers: headers(session),
    payload,
  });
}

async function accept(session: Session, id: string, version: number, amount: number) {
  return app.inject({
    method: 'POST',
    url: `/api/commitments/${id}/accept`,
    headers: headers(session),
    payload: { version, amount },
  });
}

beforeAll(async () => {
  database = await openTestDatabase();
  app = await buildTestApp(database.db);
  const seeded = await seedExampleTenant(database.db, [
    { username: 'admin', role: 'admin', unitPath: 'Exempelregionen' },
    { username: 'hs-controller', role: 'controller', unitPath: 'Exempelregionen / Hälso- och sjukvård' },
    { username: 'chef', name: 'Divisionschef Kirurgi', role: 'manager', unitPath: KIRURGI },
    { username: 'chef-medicin', name: 'Divisionschef Medicin', role: 'manager', unitPath: MEDICIN },
    { username: 'politiker', role: 'reader', unitPath: 'Exempelregionen' },
  ]);
  ({ planId, unitIds } = seeded);
  for (const user of ['admin', 'hs-controller', 'chef', 'chef-medicin', 'politiker']) {
    sessions[user] = await logInAs(app, seeded.tenant.slug, user);
    const session = await app.inject({
      method: 'GET',
      url: '/api/auth/session',
      headers: headers(sessions[user]!),
    });
    userIds[user] = (session.json() as { user: { id: string } }).user.id;
  }
  const other = await seedExampleTenant(database.db, [
    { username: 'admin', role: 'admin', unitPath: 'Exempelregionen' },
  ]);
  otherAdmin = await logInAs(app, other.tenant.slug, 'admin');
});
afterAll(async () => {
  await app.close();
  await database.close();
});

describe('commitments API', () => {
  it('is set by a controller, accepted by its manager, and must be accepted again after the amount changes', async () => {
    const set = await put(sessions['hs-controller']!, {
      orgUnitId: unitIds.get(KIRURGI),
      year: 2024,
      amount: 12_000_000,
      managerUserId: userIds.chef,
    });
    expect(set.statusCode).toBe(200);
    const commitment = set.json() as TCommitment;
    expect(commitment).toMatchObject({
      planId,
      orgUnitId: unitIds.get(KIRURGI),
      orgUnitPath: KIRURGI,
      year: 2024,
      amount: 12_000_000,
      managerUserId: userIds.chef,
      managerName: 'Divisionschef Kirurgi',
      state: 'pending',
      accepted: null,
      acceptedAmount: null,
      declined: null,
      setByName: 'hs-controller',
      version: 1,
    });

    for (const user of ['chef-medicin', 'hs-controller', 'admin', 'politiker']) {
      const refused = await accept(sessions[user]!, commitment.id, 1, 12_000_000);
      expect(refused.statusCode).toBe(403);
      expect((refused.json() as ErrorBody).error.code).toBe('FORBIDDEN');
    }

    const wrongAmount = await accept(sessions.chef!, commitment.id, 1, 10_000_000);
    expect(wrongAmount.statusCode).toBe(409);
    expect((wrongAmount.json() as ErrorBody).error.message).toMatch(
      /^Beloppet har ändrats: betinget är nu 12\s000\s000\skr/,
    );

    const accepted = await accept(sessions.chef!, commitment.id, 1, 12_000_000);
    expect(accepted.statusCode).toBe(200);
    const acceptedBody = accepted.json() as TCommitment;
    expect(acceptedBody.version).toBe(2);
    expect(acceptedBody).toMatchObject({ state: 'accepted', acceptedAmount: 12_000_000 });
    expect(acceptedBody.accepted).toMatchObject({ byUserId: userIds.chef, byName: 'Divisionschef Kirurgi' });
    expect(acceptedBody.accepted!.at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);

    const listed = await app.inject({
      method: 'GET',
      url: `/api/plans/${planId}/commitments?year=2024`,
      headers: headers(sessions.politiker!),
    });
    expect(listed.statusCode).toBe(200);
    expect(listed.json()).toEqual([acceptedBody]);

    const unchanged = await put(sessions['hs-controller']!, {
      orgUnitId: unitIds.get(KIRURGI),
      year: 2024,
      amount: 12_000_000,
      managerUserId: userIds.chef,
    });
    expect(unchanged.json()).toEqual(acceptedBody);

    const raised = await put(sessions['hs-controller']!, {
      orgUnitId: unitIds.get(KIRURGI),
      year: 2024,
      amount: 15_000_000,
      managerUserId: userIds.chef,
    });
    expect(raised.statusCode).toBe(200);
    expect(raised.json()).toMatchObject({
      id: commitment.id,
      amount: 15_000_000,
      state: 'pending',
      accepted: null,
      acceptedAmount: null,
      version: 3,
    });

    const stale = await accept(sessions.chef!, commitment.id, 2, 15_000_000);
    expect(stale.statusCode).toBe(409);
    expect((stale.json() as ErrorBody).error.code).toBe('VERSION_CONFLICT');

    const audit = await app.inject({
      method: 'GET',
      url: `/api/audit?entity=commitment&entityId=${commitment.id}`,
      headers: headers(sessions.admin!),
    });
    const entries = (audit.json() as TAuditPage).items;
    expect(entries.map((entry) => entry.action)).toEqual(['update', 'update', 'create']);
    expect(entries[0]!.before).toMatchObject({
      amount: 12_000_000,
      acceptedByUserId: userIds.chef,
      acceptedAmount: 12_000_000,
    });
    expect(entries[0]!.after).toMatchObject({ amount: 15_000_000, acceptedByUserId: null, acceptedAt: null });
    expect(entries[1]!.before).toMatchObject({ acceptedByUserId: null, acceptedAt: null });
    expect(entries[1]!.after).toMatchObject({ amount: 12_000_000, acceptedByUserId: userIds.chef });
    expect(entries[1]!.actor).toBe('Divisionschef Kirurgi');
  });

  it('keeps a controller to his or her subtree and a year to the plan', async () => {
    const outside = await put(sessions['hs-controller']!, {
      orgUnitId: unitIds.get('Exempelregionen / Kollektivtrafik'),
      year: 2024,
      amount: 1_000_000,
      managerUserId: null,
    });
    expect(outside.statusCode).toBe(403);
    const reader = await put(sessions.politiker!, {
      orgUnitId: unitIds.get(MEDICIN),
      year: 2024,
      amount: 1_000_000,
    });
    expect(reader.statusCode).toBe(403);
    const lateYear = await put(sessions.admin!, {
      orgUnitId: unitIds.get(MEDICIN),
      year: 2031,
      amount: 1_000_000,
    });
    expect(lateYear.statusCode).toBe(400);
    expect((lateYear.json() as ErrorBody).error.details).toEqual([
      { field: 'year', message: 'Året 2031 ligger utanför planens år 2023–2025' },
    ]);
    const negative = await put(sessions.admin!, { orgUnitId: unitIds.get(MEDICIN), year: 2024, amount: -5 });
    expect(negative.statusCode).toBe(400);
    expect((negative.json() as ErrorBody).error.details?.[0]?.field).toBe('body.amount');
  });

  it('shows each user only the commitments of units he or she may read, and nothing to another tenant', async () => {
    const medicin = await put(sessions.admin!, {
      orgUnitId: unitIds.get(MEDICIN),
      year: 2025,
      amount: 8_000_000,
      managerUserId: userIds['chef-medicin'],
    });
    expect(medicin.statusCode).toBe(200);
    const forChef = await app.inject({
      method: 'GET',
      url: `/api/plans/${planId}/commitments`,
      headers: headers(sessions.chef!),
    });
    expect((forChef.json() as TCommitment[]).map((c) => [c.orgUnitPath, c.year, c.amount])).toEqual([
      [KIRURGI, 2024, 15_000_000],
    ]);
    const forAdmin = await app.inject({
      method: 'GET',
      url: `/api/plans/${planId}/commitments`,
      headers: headers(sessions.admin!),
    });
    expect((forAdmin.json() as TCommitment[]).map((c) => [c.orgUnitPath, c.year, c.amount])).toEqual([
      [KIRURGI, 2024, 15_000_000],
      [MEDICIN, 2025, 8_000_000],
    ]);
    const foreign = await app.inject({
      method: 'GET',
      url: `/api/plans/${planId}/commitments`,
      headers: headers(otherAdmin),
    });
    expect(foreign.statusCode).toBe(404);
    const foreignAccept = await accept(otherAdmin, (medicin.json() as TCommitment).id, 1, 8_000_000);
    expect(foreignAccept.statusCode).toBe(404);
  });
});
