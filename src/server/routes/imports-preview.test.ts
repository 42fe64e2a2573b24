import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TImportResult } from '../../shared/schemas/import';
import type { TMeasure } from '../../shared/schemas/measure';
import type { BalansDatabase } from '../db/connect';
import { buildTestApp, headers, logInAs, type Session, seedExampleTenant } from '../test/test-app';
import { openTestDatabase } from '../test/test-db';

/** Issue 11, item 2: the import preview names each amount it changes, old and new, for the plausibility check. */
const DEMO_PLAN = 'En hållbar framtid 2023–2025';

let database: BalansDatabase;
let app: FastifyInstance;
let planId: string;
let controller: Session;

beforeAll(async () => {
  database = await openTestDatabase();
  app = await buildTestApp(database.db);
  const seeded = await seedExampleTenant(database.db, [
    { username: 'controller', role: 'controller', unitPath: 'Exempelregionen' },
  ]);
  planId = seeded.planId;
  controller = await logInAs(app, seeded.tenant.slug, 'controller');
});
afterAll(async () => {
  await app.close();
  await database.close();
});

async function measure(code: string): Promise<TMeasure> {
  const response = await app.inject({
    method: 'GET',
    url: `/api/plans/${planId}/measures?q=${code}`,
    headers: headers(controller),
  });
  return (response.json() as { items: TMeasure[] }).items.find((m) => m.code === code)!;
}

describe('POST /api/imports/plan?dryRun=true: the amounts to change', () => {
  it('lists, per changed measure, each effect and cost with its stored and its imported value', async () => {
    const exported = await app.inject({
      method: 'GET',
      url: `/api/plans/${planId}/export`,
      headers: headers(controller),
    });
    expect(exported.statusCode).toBe(200);

    // After the export, HS-07's personnel effect 2024 becomes a tenth and its investment is set:
    // importing the exported file would change both back.
    const hs07 = await measure('HS-07');
    const personnel2024 = hs07.effects.find((e) => e.year === 2024 && e.costType === 'personnel')!.amount;
    const patched = await app.inject({
      method: 'PATCH',
      url: `/api/measures/${hs07.id}`,
      headers: headers(controller),
      payload: {
        version: hs07.version,
        investment: 7_000_000,
        effects: hs07.effects.map((e) =>
          e.year === 2024 && e.costType === 'personnel' ? { ...e, amount: personnel2024 / 10 } : e,
        ),
      },
    });
    expect(patched.statusCode).toBe(200);
    const version = (patched.json() as TMeasure).version;

    const response = await app.inject({
      method: 'POST',
      url: `/api/imports/plan?plan=${encodeURIComponent(DEMO_PLAN)}&fileName=export.xlsx&dryRun=true`,
      headers: { ...headers(controller), 'content-type': 'application/octet-stream' },
      payload: exported.rawPayload,
    });
    expect(response.statusCode).toBe(200);
    const result = response.json() as TImportResult;
    expect(result.errors).toEqual([]);
    expect(result.codesChanged).toEqual(['HS-07']);
    expect(result.amountChanges).toEqual([
      {
        code: 'HS-07',
        changes: [
          {
            field: 'effect',
            year: 2024,
            costType: 'personnel',
            previous: personnel2024 / 10,
            next: personnel2024,
          },
          { field: 'investment', previous: 7_000_000, next: hs07.investment },
        ],
      },
    ]);
    // A dry run changes nothing.
    expect((await measure('HS-07')).version).toBe(version);
  });

  it('lists no amounts when the file changes none', async () => {
    const exported = await app.inject({
      method: 'GET',
      url: `/api/plans/${planId}/export`,
      headers: headers(controller),
    });
    const response = await app.inject({
      method: 'POST',
      url: `/api/imports/plan?plan=${encodeURIComponent(DEMO_PLAN)}&fileName=export.xlsx&dryRun=true`,
      headers: { ...headers(controller), 'content-type': 'application/octet-stream' },
      payload: exported.rawPayload,
    });
    expect((response.json() as TImportResult).amountChanges).toEqual([]);
  });
});
