import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BalansDatabase } from '../../db/connect';
import { withTenant } from '../../db/tenant-scope';
import { findPlanByName } from '../../repositories/plan-repository';
import { openTestDatabase } from '../../test/test-db';
import { buildBoardReport } from '../board-report/build-board-report';
import { listPublished } from '../board-report/published-reports';
import { listCommitments } from '../commitments/list-commitments';
import { listDecisions } from '../decisions/list-decisions';
import { DEMO_PLAN, loadDemo } from '../load-demo';
import { demoActors } from './demo-clock';

/** Issue 12, item 6: the demo shows deciding and reporting, dated when it would have happened. */

let database: BalansDatabase;
let tenantId: string;
// A tenant of its own: on PostgreSQL the test files share one database (load-demo.test.ts loads `demo`).
const slug = `demo-decide-${process.pid}`;
beforeAll(async () => {
  database = await openTestDatabase();
  await loadDemo(database.db, { tenant: slug });
  tenantId = (
    await database.db.selectFrom('tenants').select('id').where('slug', '=', slug).executeTakeFirstOrThrow()
  ).id;
});
afterAll(() => database.close());

const inDemo = <T>(work: Parameters<typeof withTenant<T>>[2], asOf?: string) =>
  withTenant(database.db, tenantId, work, asOf ? { asOf } : {});

describe('the demo’s decisions, commitments and board reports', () => {
  it('has decisions of all three kinds, measures without one, and the commitments in every state', async () => {
    const controller = (await demoActors(database.db, tenantId)).get('controller')!;
    const decisions = await inDemo((trx) => listDecisions(trx, controller, {}));
    expect(new Set(decisions.map((d) => d.kind))).toEqual(new Set(['decision', 'assignment', 'noted']));
    const plan = (await inDemo((trx) => findPlanByName(trx, DEMO_PLAN)))!;
    const commitments = await inDemo((trx) => listCommitments(trx, controller, plan.id, { year: 2024 }));
    const states = commitments.map((c) => c.state);
    expect(states.filter((s) => s === 'accepted').length).toBeGreaterThan(5);
    expect(states.filter((s) => s === 'declined')).toHaveLength(1);
    expect(states.filter((s) => s === 'pending')).toHaveLength(1);

    const report = await inDemo((trx) => buildBoardReport(trx, controller, plan.id, { period: '2024-08' }));
    expect(report.figures).toMatchObject({
      target: 500_000_000,
      forecast: 310_700_000,
      deviation: -189_300_000,
    });
    expect(report.figures.originalPlanned).not.toBe(report.figures.planned);
    expect(report.withoutDecision.length).toBeGreaterThan(0);
    expect(report.missingRiskAnalysis).toEqual(['RS-03']);
    expect(report.commitmentsNotAccepted.map((c) => c.state).sort()).toEqual(['declined', 'pending']);
  });

  it('published the 2024-08 report to regionstyrelsen in September 2024, as it then stood', async () => {
    const controller = (await demoActors(database.db, tenantId)).get('controller')!;
    const published = await inDemo((trx) => listPublished(trx, controller, {}));
    const august = published.find((p) => p.period === '2024-08')!;
    expect(august).toMatchObject({ body: 'Regionstyrelsen', meetingDate: '2024-09-24' });
    expect(august.publishedAt.startsWith('2024-09-10')).toBe(true);
    // As of the end of August 2024 nothing of it was known yet; the 2024-04 report was.
    const before = await inDemo((trx) => listPublished(trx, controller, {}), '2024-08-31');
    expect(before.map((p) => p.period)).toEqual(['2024-04']);
  });
});
