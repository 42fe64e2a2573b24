import type { Kysely } from 'kysely';
import { unitPaths } from '../../../domain/org-tree';
import type { Actor } from '../../actor';
import type { Database } from '../../db/schema';
import { withTenant } from '../../db/tenant-scope';
import { AppError } from '../../errors';
import { listOrgUnits } from '../../repositories/org-unit-repository';
import { findMeasuresByCodes } from '../../repositories/report-repository';
import { importReports } from '../reports/import-reports';
import { closeRound } from '../rounds/close-round';
import { openRound } from '../rounds/open-round';
import { dated } from './demo-clock';
import { CANCELLED_CODE } from './demo-measures';

/**
 * The reporting rounds of 2024 over the whole organisation, as they ran: tertial 1 (opened in late April,
 * closed in mid-May), the forecast for the interim report (reported by the end of August, so that "as of
 * 31 August" already shows it) and the year end (reported in January 2025).
 */
export const DEMO_ROUNDS = [
  {
    period: '2024-04',
    opened: '2024-04-25T09:00:00+02:00',
    deadline: '2024-05-08',
    reportedOn: ['2024-05-02', '2024-05-03', '2024-05-06', '2024-05-07', '2024-05-08'],
    closed: '2024-05-15T10:00:00+02:00',
  },
  {
    period: '2024-08',
    opened: '2024-08-19T09:00:00+02:00',
    deadline: '2024-08-30',
    reportedOn: ['2024-08-26', '2024-08-27', '2024-08-28', '2024-08-29', '2024-08-30'],
    closed: '2024-09-06T10:00:00+02:00',
  },
  {
    period: '2024-12',
    opened: '2024-12-16T09:00:00+01:00',
    deadline: '2025-01-10',
    reportedOn: ['2025-01-07', '2025-01-08', '2025-01-09', '2025-01-10'],
    closed: '2025-01-17T10:00:00+01:00',
  },
] as const;

/**
 * The round still open in the demo's latest state: Kollektivtrafik follows up monthly and was asked for
 * February 2025, so that its manager (karin.ostlund) lands on "3 åtgärder att rapportera". Over that
 * administration only, and in plan year 2025: the figures of 2024, and the other managers' landing, stay as
 * they are.
 */
export const DEMO_OPEN_ROUND = {
  period: '2025-02',
  unitPath: 'Exempelregionen / Kollektivtrafik',
  opened: '2025-03-03T09:00:00+01:00',
  deadline: '2025-03-12',
} as const;

/** The cancelled measure reported once, in tertial 1, before it was cancelled (not in the follow-up file). */
const CANCELLED_REPORT = `${CANCELLED_CODE};2024-04;900;2700;röd;Kvällsanalyserna kom i gång först i mars och transporterna kostar mer än beräknat`;

export interface DemoRoundContext {
  db: Kysely<Database>;
  tenantId: string;
  planId: string;
  controller: Actor;
  /** The demo's users as actors, by user id: each measure is reported by its responsible manager. */
  actorsById: ReadonlyMap<string, Actor>;
  /** The follow-up file (demo/exempel-uppfoljning-2024.csv). */
  csv: string;
  /** The steps of the history after a round is closed (dated by the caller), before the next one opens. */
  afterClose?: (period: string) => Promise<unknown>;
}

export async function runDemoRounds(context: DemoRoundContext): Promise<void> {
  const { db, tenantId, planId, controller } = context;
  const [header, ...lines] = context.csv.trim().split(/\r?\n/);
  const codes = [...new Set([...lines, CANCELLED_REPORT].map((line) => line.split(';')[0]!))];
  const { top, measures } = await withTenant(db, tenantId, async (trx) => ({
    top: (await listOrgUnits(trx)).find((unit) => unit.parentId === null),
    measures: (await findMeasuresByCodes(trx, codes)).filter((measure) => measure.planId === planId),
  }));
  const responsible = new Map(measures.map((measure) => [measure.code, measure.responsibleUserId]));
  const reporterOf = (code: string) => context.actorsById.get(responsible.get(code) ?? '') ?? controller;
  for (const round of DEMO_ROUNDS) {
    const opened = await dated(db, tenantId, round.opened, (trx) =>
      openRound(trx, controller, planId, {
        period: round.period,
        orgUnitId: top!.id,
        deadline: round.deadline,
      }),
    );
    const ofPeriod = [...lines, CANCELLED_REPORT].filter((line) => line.split(';')[1] === round.period);
    const byReporter = new Map<Actor, string[]>();
    for (const line of ofPeriod) {
      const reporter = reporterOf(line.split(';')[0]!);
      byReporter.set(reporter, [...(byReporter.get(reporter) ?? []), line]);
    }
    let index = 0;
    for (const [reporter, own] of byReporter) {
      const day = round.reportedOn[index % round.reportedOn.length]!;
      const clock = `${day}T${String(8 + (index % 9)).padStart(2, '0')}:15:00${round.opened.slice(-6)}`;
      index++;
      const result = await importReports(db, reporter, [header, ...own].join('\n'), { planId, clock });
      if (result.errors.length > 0) {
        throw new AppError(
          'IMPORT_INVALID',
          `Demorapporterna kunde inte läsas: ${result.errors[0]?.message}`,
        );
      }
    }
    await dated(db, tenantId, round.closed, (trx) => closeRound(trx, controller, opened.id, opened.version));
    await context.afterClose?.(round.period);
  }
  await dated(db, tenantId, DEMO_OPEN_ROUND.opened, async (trx) => {
    const units = await listOrgUnits(trx);
    const unit = [...unitPaths(units)].find(([, path]) => path === DEMO_OPEN_ROUND.unitPath)!;
    const { period, deadline } = DEMO_OPEN_ROUND;
    await openRound(trx, controller, planId, { period, orgUnitId: unit[0], deadline });
  });
}
