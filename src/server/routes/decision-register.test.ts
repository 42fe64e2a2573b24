import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TAuditPage } from '../../shared/schemas/audit';
import type { TDecision } from '../../shared/schemas/decision';
import type { TDecisionBody } from '../../shared/schemas/decision-body';
import type { TMeasure } from '../../shared/schemas/measure';
import { systemActor } from '../actor';
import type { BalansDatabase } from '../db/connect';
import { handMadeWorkbook } from '../test/hand-made-workbook';
import { buildTestApp, headers, logInAs, type Session, seedExampleTenant } from '../test/test-app';
import { openTestDatabase } from '../test/test-db';
import { importPlan } from '../use-cases/import-plan';

/** Issue 12, item 1: bodies and their delegation, and "Registrera beslut" as the only way to beslutad/utgår. */

const REGION = 'Exempelregionen';
const HS = 'Exempelregionen / Hälso- och sjukvård';
const KIRURGI = 'Exempelregionen / Hälso- och sjukvård / Division Kirurgi';
let database: BalansDatabase;
let app: FastifyInstance;
let planId: string;
let tenantId: string;
let unitIds: Map<string, string>;
const as: Record<string, Session> = {};

beforeAll(async () => {
  database = await openTestDatabase();
  app = await buildTestApp(database.db);
  const seeded = await seedExampleTenant(database.db, [
    { username: 'admin', role: 'admin', unitPath: REGION },
    { username: 'controller', role: 'controller', unitPath: REGION },
    { username: 'hs-controller', role: 'controller', unitPath: HS },
    { username: 'chef', role: 'manager', unitPath: KIRURGI },
    { username: 'politiker', role: 'reader', unitPath: REGION },
  ]);
  planId = seeded.planId;
  tenantId = seeded.tenant.id;
  unitIds = seeded.unitIds;
  for (const user of ['admin', 'controller', 'hs-controller', 'chef', 'politiker'])
    as[user] = await logInAs(app, seeded.tenant.slug, user);
  // The example plan records every measure as beslutad; take these back to beredd to decide them again.
  for (const code of ['HS-01', 'HS-02', 'HS-03', 'HS-07', 'HS-11', 'KT-01', 'KT-02']) {
    const current = await measure(code);
    const back = await call('admin', 'PATCH', `/api/measures/${current.id}`, {
      version: current.version,
      status: 'prepared',
    });
    expect(back.statusCode, back.body).toBe(200);
  }
});
afterAll(async () => {
  await app.close();
  await database.close();
});

type Method = 'GET' | 'POST' | 'PATCH';
function call(user: string, method: Method, url: string, payload?: object) {
  return app.inject({ method, url, headers: headers(as[user]!), ...(payload ? { payload } : {}) });
}
const errorOf = (response: { json: () => unknown }) =>
  (response.json() as { error: { code: string; message: string; details?: unknown[] } }).error;

async function measure(code: string): Promise<TMeasure> {
  const response = await call('admin', 'GET', `/api/plans/${planId}/measures?q=${code}`);
  return (response.json() as { items: TMeasure[] }).items.find((m) => m.code === code)!;
}
async function createBody(name: string, unitPath: string, decisionLimit: number | null = null) {
  const response = await call('admin', 'POST', '/api/decision-bodies', {
    name,
    orgUnitId: unitIds.get(unitPath),
    decisionLimit,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as TDecisionBody;
}
async function decide(user: string, bodyId: string, codes: string[], extra: object = {}) {
  const ids = await Promise.all(codes.map(async (code) => (await measure(code)).id));
  return call(user, 'POST', '/api/decisions', {
    bodyId,
    meetingDate: '2024-02-13',
    paragraph: '§ 12',
    kind: 'decision',
    text: 'Styrelsen beslutar att genomföra åtgärderna.',
    planId,
    measureIds: ids,
    measureStatus: 'decided',
    ...extra,
  });
}

let styrelsen: TDecisionBody;
let nämnden: TDecisionBody;
let ledningen: TDecisionBody;

describe('decision bodies', () => {
  it('are managed by an admin or a top controller, listed to every reader, audited, and versioned', async () => {
    styrelsen = await createBody('Regionstyrelsen', REGION);
    nämnden = await createBody('Hälso- och sjukvårdsnämnden', HS, 50_000_000);
    ledningen = await createBody('Förvaltningsledningen HS', HS, 1);
    expect(styrelsen).toMatchObject({ orgUnitPath: REGION, decisionLimit: null, active: true, version: 1 });
    expect(nämnden).toMatchObject({ orgUnitPath: HS, decisionLimit: 50_000_000 });

    for (const user of ['hs-controller', 'chef', 'politiker']) {
      const refused = await call(user, 'POST', '/api/decision-bodies', {
        name: 'X',
        orgUnitId: unitIds.get(HS),
      });
      expect(refused.statusCode).toBe(403);
    }
    const listed = await call('politiker', 'GET', '/api/decision-bodies');
    expect((listed.json() as TDecisionBody[]).map((b) => b.name)).toEqual([
      'Förvaltningsledningen HS',
      'Hälso- och sjukvårdsnämnden',
      'Regionstyrelsen',
    ]);
    const duplicate = await call('controller', 'POST', '/api/decision-bodies', {
      name: 'regionstyrelsen',
      orgUnitId: unitIds.get(REGION),
    });
    expect(duplicate.statusCode).toBe(409);
    expect(errorOf(duplicate).message).toBe('Det finns redan ett organ som heter regionstyrelsen');
    const negative = await call('admin', 'POST', '/api/decision-bodies', {
      name: 'Negativ',
      orgUnitId: unitIds.get(REGION),
      decisionLimit: -1,
    });
    expect(negative.statusCode).toBe(400);
    expect(errorOf(negative).details).toContainEqual({
      field: 'body.decisionLimit',
      message: 'Beloppsgränsen får inte vara negativ',
    });

    const patched = await call('controller', 'PATCH', `/api/decision-bodies/${ledningen.id}`, {
      version: 1,
      sortOrder: 5,
    });
    expect(patched.statusCode).toBe(200);
    // Fields left out stay as they were.
    expect(patched.json()).toMatchObject({ sortOrder: 5, decisionLimit: 1, version: 2 });
    const stale = await call('controller', 'PATCH', `/api/decision-bodies/${ledningen.id}`, {
      version: 1,
      active: false,
    });
    expect(stale.statusCode).toBe(409);
    expect(errorOf(stale).code).toBe('VERSION_CONFLICT');
    const retired = await call('admin', 'PATCH', `/api/decision-bodies/${ledningen.id}`, {
      version: 2,
      active: false,
    });
    expect(retired.json()).toMatchObject({ active: false, version: 3 });
    const active = await call('politiker', 'GET', '/api/decision-bodies?active=true');
    expect((active.json() as TDecisionBody[]).map((b) => b.name)).not.toContain('Förvaltningsledningen HS');

    const audit = await call('admin', 'GET', `/api/audit?entity=decisionBody&entityId=${ledningen.id}`);
    expect((audit.json() as TAuditPage).items.map((e) => e.action)).toEqual(['update', 'update', 'create']);
  });
});

describe('Registrera beslut', () => {
  it('moves every linked measure to beslutad in one step, stores the body name, and audits both', async () => {
    const response = await decide('controller', nämnden.id, ['HS-07', 'HS-11'], {
      attachmentUrl: 'https://example.org/protokoll/hsn-2024-02-13.pdf',
    });
    expect(response.statusCode, response.body).toBe(201);
    const decision = response.json() as TDecision;
    expect(decision).toMatchObject({
      bodyId: nämnden.id,
      body: 'Hälso- och sjukvårdsnämnden',
      measureStatus: 'decided',
      assignmentStatus: null,
      attachmentUrl: 'https://example.org/protokoll/hsn-2024-02-13.pdf',
    });
    expect((await measure('HS-07')).status).toBe('decided');
    expect((await measure('HS-11')).status).toBe('decided');
    const hs07 = await measure('HS-07');
    const audit = await call('admin', 'GET', `/api/audit?entity=measure&entityId=${hs07.id}`);
    expect((audit.json() as TAuditPage).items[0]).toMatchObject({
      action: 'update',
      after: { status: 'decided' },
    });

    // Renaming the body later leaves the decision's name as it was then.
    const renamed = await call('admin', 'PATCH', `/api/decision-bodies/${nämnden.id}`, {
      version: nämnden.version,
      name: 'Hälso- och sjukvårdsnämnden (ny)',
    });
    expect(renamed.statusCode).toBe(200);
    nämnden = renamed.json() as TDecisionBody;
    const read = await call('politiker', 'GET', `/api/decisions/${decision.id}`);
    expect((read.json() as TDecision).body).toBe('Hälso- och sjukvårdsnämnden');
  });

  it('refuses, saving nothing, a measure above the body’s limit, outside its subtree, or for a retired body', async () => {
    const before = (await call('admin', 'GET', '/api/decisions')).json();
    const tooLow = await createBody('Nämnd med låg gräns', HS, 100_000);
    const over = await decide('admin', tooLow.id, ['HS-01', 'HS-02']);
    expect(over.statusCode).toBe(422);
    expect(errorOf(over).code).toBe('DECISION_RULE');
    expect(errorOf(over).message).toBe(
      'Beslutet registrerades inte: HS-01: Nämnd med låg gräns får besluta åtgärder upp till 0,1\u00a0mnkr; HS-01 har 15,6\u00a0mnkr; HS-02: Nämnd med låg gräns får besluta åtgärder upp till 0,1\u00a0mnkr; HS-02 har 38,0\u00a0mnkr',
    );
    expect(errorOf(over).details).toHaveLength(2);
    const outside = await decide('admin', nämnden.id, ['HS-03', 'KT-01']);
    expect(outside.statusCode).toBe(422);
    expect(errorOf(outside).message).toContain(
      'KT-01: Hälso- och sjukvårdsnämnden (ny) beslutar bara för Hälso- och sjukvård med underliggande enheter; KT-01 hör till',
    );
    const retired = await decide('admin', ledningen.id, ['HS-03']);
    expect(errorOf(retired).message).toContain(
      'Förvaltningsledningen HS är inte längre aktivt och beslutar inget',
    );
    for (const code of ['HS-01', 'HS-02', 'HS-03', 'KT-01'])
      expect((await measure(code)).status).not.toBe('decided');
    expect((await call('admin', 'GET', '/api/decisions')).json()).toEqual(before);
  });

  it('is only for an admin or a top controller', async () => {
    for (const user of ['hs-controller', 'chef', 'politiker']) {
      expect((await decide(user, styrelsen.id, ['HS-03'])).statusCode).toBe(403);
    }
  });

  it('makes a measure utgår through a beslut with measureStatus cancelled', async () => {
    const response = await decide('admin', styrelsen.id, ['KT-02'], { measureStatus: 'cancelled' });
    expect(response.statusCode, response.body).toBe(201);
    expect((await measure('KT-02')).status).toBe('cancelled');
  });

  it('refuses beslutad or utgår set by hand, on change and on create, telling to register the decision', async () => {
    for (const status of ['decided', 'cancelled']) {
      const current = await measure('HS-03');
      const refused = await call('controller', 'PATCH', `/api/measures/${current.id}`, {
        version: current.version,
        status,
      });
      expect(refused.statusCode).toBe(422);
      expect(errorOf(refused).message).toMatch(/^Registrera beslutet först: /);
    }
    const created = await call('controller', 'POST', `/api/plans/${planId}/measures`, {
      code: 'NY-BESLUTAD',
      title: 'Ny',
      orgUnitId: unitIds.get(KIRURGI),
      status: 'decided',
    });
    expect(created.statusCode).toBe(422);
    expect(errorOf(created).message).toMatch(/^Registrera beslutet först: en åtgärd blir beslutad bara/);
    // Carrying a decided measure out stays the manager's own step.
    const hs07 = await measure('HS-07');
    const started = await call('controller', 'PATCH', `/api/measures/${hs07.id}`, {
      version: hs07.version,
      status: 'inProgress',
    });
    expect(started.statusCode).toBe(200);
  });

  it('checks the rules between fields, with the field named', async () => {
    const cases: [object, string, string][] = [
      [
        { kind: 'assignment', measureStatus: null },
        'dueOn',
        'Ett uppdrag måste ha ett slutdatum (förfallodag)',
      ],
      [{ kind: 'noted' }, 'measureStatus', 'Bara ett beslut kan ändra åtgärdernas status'],
      [{ assignmentStatus: 'done' }, 'assignmentStatus', 'Bara ett uppdrag har en status'],
    ];
    for (const [extra, field, message] of cases) {
      const response = await decide('admin', styrelsen.id, ['HS-03'], extra);
      expect(response.statusCode).toBe(400);
      expect(errorOf(response).details).toContainEqual({ field, message });
    }
    const script = await decide('admin', styrelsen.id, [], {
      measureStatus: null,
      attachmentUrl: 'javascript:alert(1)',
    });
    expect(script.statusCode).toBe(400);
    expect(errorOf(script).details).toContainEqual({
      field: 'body.attachmentUrl',
      message: 'Länken till protokollet måste vara en webbadress som börjar med http:// eller https://',
    });
  });
});

describe('the lists', () => {
  it('filters by body, kind, period and only noted; lists assignments past due', async () => {
    const post = async (extra: object) => {
      const response = await decide('admin', styrelsen.id, [], { measureStatus: null, ...extra });
      expect(response.statusCode, response.body).toBe(201);
      return (response.json() as TDecision).id;
    };
    const noted = await post({ kind: 'noted', meetingDate: '2024-03-05', text: 'Informationen antecknas.' });
    const late = await post({ kind: 'assignment', meetingDate: '2024-03-05', dueOn: '2024-06-30' });
    const done = await post({
      kind: 'assignment',
      meetingDate: '2024-03-05',
      dueOn: '2024-05-31',
      assignmentStatus: 'done',
    });
    const future = await post({ kind: 'assignment', meetingDate: '2024-04-09', dueOn: '2099-12-31' });
    const ids = async (url: string) =>
      ((await call('politiker', 'GET', url)).json() as TDecision[]).map((d) => d.id);

    expect(await ids('/api/decisions?onlyNoted=true')).toEqual([noted]);
    expect(await ids('/api/decisions/noted')).toEqual([noted]);
    expect(await ids('/api/decisions/assignments-past-due')).toEqual([late]);
    expect((await call('politiker', 'GET', `/api/decisions/${late}`)).json()).toMatchObject({
      assignmentStatus: 'open',
    });
    expect((await ids('/api/decisions?kind=assignment')).sort()).toEqual([late, done, future].sort());
    expect(await ids('/api/decisions?from=2024-04-01&to=2024-04-30')).toEqual([future]);
    expect((await ids(`/api/decisions?bodyId=${nämnden.id}`)).length).toBe(1);
    const bad = await call('politiker', 'GET', '/api/decisions?from=2024-13-01');
    expect(bad.statusCode).toBe(400);
  });
});

describe('a re-import of the plan', () => {
  it('keeps a new measure’s status from the file, but refuses to make an existing one beslutad without a decision', async () => {
    const book = (status: string) =>
      handMadeWorkbook({
        Åtgärder: [
          ['Kod', 'Åtgärd', 'Enhet', 'Status', 'Personal 2024 (tkr)'],
          ['IMP-1', 'Redan beslutad', KIRURGI, 'Beslutad', 100],
          ['IMP-2', 'Förslaget', KIRURGI, status, 100],
        ],
      });
    const actor = systemActor(tenantId, 'test');
    const first = await importPlan(database.db, actor, {
      bytes: await book('Förslag'),
      fileName: 'beslut.xlsx',
    });
    expect(first.errors).toEqual([]);
    const second = await importPlan(database.db, actor, {
      bytes: await book('Beslutad'),
      fileName: 'beslut.xlsx',
    });
    expect(second.errors).toEqual([
      {
        cell: 'Åtgärder!D3',
        message:
          'Rad 3: IMP-2 kan inte bli beslutad genom importen; registrera beslutet först (Beslut › Registrera beslut)',
      },
    ]);
    const items = (
      (await call('admin', 'GET', `/api/plans/${first.plan!.id}/measures`)).json() as {
        items: TMeasure[];
      }
    ).items;
    expect(Object.fromEntries(items.map((m) => [m.code, m.status]))).toEqual({
      'IMP-1': 'decided',
      'IMP-2': 'proposed',
    });
    const without = await call('admin', 'GET', `/api/plans/${first.plan!.id}/measures-without-decision`);
    expect((without.json() as { code: string }[]).map((m) => m.code)).toEqual(['IMP-1', 'IMP-2']);

    const imp2 = items.find((m) => m.code === 'IMP-2')!;
    const registered = await call('admin', 'POST', '/api/decisions', {
      bodyId: styrelsen.id,
      meetingDate: '2024-05-14',
      kind: 'decision',
      text: 'Beslut om IMP-2',
      measureIds: [imp2.id],
      measureStatus: 'decided',
    });
    expect(registered.statusCode).toBe(201);
    // With the decision registered, a file saying beslutad changes nothing and is accepted.
    const third = await importPlan(database.db, actor, {
      bytes: await book('Beslutad'),
      fileName: 'beslut.xlsx',
    });
    expect(third.errors).toEqual([]);
  });
});
