import type { Kysely } from 'kysely';
import type { Actor } from '../../actor';
import type { Database } from '../../db/schema';
import { withTenant } from '../../db/tenant-scope';
import { type DecisionLine, readDecisionsCsv } from '../../io/read-decisions-csv';
import { listDecisionBodies } from '../../repositories/decision-body-repository';
import { findPlan } from '../../repositories/plan-repository';
import { decidePlan } from '../plans/decide-plan';
import { DEMO_DATES, dated } from './demo-clock';
import { loadDemoCommitments, publishDemoReport } from './demo-commit';
import {
  createDemoBodies,
  HS14_CANCELLED,
  HS14_DECIDED,
  registerDemoDecision,
  registeredAt,
  setDemoUnitTargets,
} from './demo-decide';
import { prepareMeasures, proposeExtraMeasure } from './demo-plan-steps';
import { runDemoRounds } from './demo-rounds';

export interface DemoHistory {
  db: Kysely<Database>;
  tenantId: string;
  planId: string;
  actors: ReadonlyMap<string, Actor>;
  /** demo/exempel-uppfoljning-2024.csv and demo/exempel-beslut.csv. */
  reportsCsv: string;
  decisionsFile: string;
  /** The example scenario, saved in October 2023 between the proposal and the preparation. */
  saveScenario: () => Promise<unknown>;
}

/**
 * The demo's history from the first proposal to the open round of 2025, each step dated when it would have
 * happened: bodies, HS-14 proposed and decided, the plan and its sparbeting decided by regionfullmäktige on
 * 28 November 2023 (the original plan), the commitments of December 2023, the register's decisions on their
 * meeting days, the rounds of 2024 with the board reports published to regionstyrelsen after tertial 1 and
 * the interim report, and HS-14 cancelled in June 2024.
 */
export async function loadDemoHistory(history: DemoHistory): Promise<void> {
  const { db, tenantId, planId, actors } = history;
  const admin = actors.get('admin')!;
  const controller = actors.get('controller')!;
  const at = (clock: string, work: Parameters<typeof dated>[3]) => dated(db, tenantId, clock, work);
  const decide = (line: DecisionLine, clock = registeredAt(line)) =>
    at(clock, (trx) => registerDemoDecision(trx, controller, planId, line));

  await at(DEMO_DATES.bodies, (trx) => createDemoBodies(trx, admin));
  await at(DEMO_DATES.proposed, (trx) =>
    proposeExtraMeasure(trx, controller, planId, actors.get('johan.lindgren')!.userId!),
  );
  await history.saveScenario();
  await at(DEMO_DATES.prepared, (trx) => prepareMeasures(trx, controller, planId));
  await decide(HS14_DECIDED);
  const register = readDecisionsCsv(history.decisionsFile);
  if (register.errors.length > 0) throw new Error(`demo/exempel-beslut.csv: ${register.errors[0]!.message}`);
  const [planDecision, ...lines] = register.lines;
  await at(DEMO_DATES.decided, async (trx) => {
    await setDemoUnitTargets(trx, admin, planId);
    await registerDemoDecision(trx, controller, planId, planDecision!);
    await decidePlan(trx, admin, planId, (await findPlan(trx, planId))!.version);
  });
  await loadDemoCommitments(db, tenantId, planId, actors);
  const before = (day: string) => lines.filter((line) => line.meetingDate < day);
  const between = (from: string, to: string) =>
    lines.filter((line) => line.meetingDate >= from && line.meetingDate < to);
  for (const line of before('2024-04-25')) await decide(line);
  const regionBoard = await withTenant(db, tenantId, async (trx) =>
    (await listDecisionBodies(trx)).find((body) => body.name === 'Regionstyrelsen'),
  );
  await runDemoRounds({
    db,
    tenantId,
    planId,
    controller,
    actorsById: new Map([...actors.values()].map((actor) => [actor.userId!, actor])),
    csv: history.reportsCsv,
    afterClose: async (period) => {
      await publishDemoReport(db, tenantId, planId, controller, period, regionBoard!.id);
      if (period === '2024-04') {
        for (const line of between('2024-04-25', '2024-09-01')) await decide(line);
        await decide(HS14_CANCELLED, DEMO_DATES.cancelled);
      }
      if (period === '2024-08') for (const line of between('2024-09-01', '2025-01-01')) await decide(line);
    },
  });
}
