import type { Kysely } from 'kysely';
import { unitPaths } from '../../../domain/org-tree';
import type { Actor } from '../../actor';
import type { Database } from '../../db/schema';
import { listOrgUnits } from '../../repositories/org-unit-repository';
import { publishBoardReport } from '../board-report/publish-board-report';
import { saveReportAnalysis } from '../board-report/save-report-analysis';
import { answerCommitment } from '../commitments/answer-commitment';
import { setCommitment } from '../commitments/set-commitment';
import { dated } from './demo-clock';
import { DEMO_UNIT_TARGETS_2024 } from './demo-decide';

/**
 * The demo's savings commitments (*åtgärdsbeting*) for 2024 and its board reports (issue 12): each
 * administration's manager is given its sparbeting as a commitment in December 2023 and answers it within
 * the week — most accept, Kollektivtrafik declines with a reason, Tandvård has not answered; after the
 * tertial and the interim report the controller writes the analysis and publishes the report to
 * regionstyrelsen.
 */

const TOP = 'Exempelregionen';

/** Who answers each administration's commitment, and how (undefined: not yet). */
const ANSWERS: Readonly<Record<string, { username: string; decline?: string; on?: string }>> = {
  [`${TOP} / Hälso- och sjukvård`]: { username: 'helena.bergstrom', on: '2023-12-11T09:40:00+01:00' },
  [`${TOP} / Kollektivtrafik`]: {
    username: 'karin.ostlund',
    decline:
      'Betinget på 70 mnkr överstiger vad förvaltningens åtgärder kan ge 2024 (85 mnkr planerat, men trafikavtalen kan tidigast omförhandlas 2025). Vi föreslår 55 mnkr för 2024.',
    on: '2023-12-13T15:20:00+01:00',
  },
  [`${TOP} / Regionstyrelsen`]: { username: 'ingrid.sjoberg', on: '2023-12-11T11:05:00+01:00' },
  [`${TOP} / Regionservice`]: { username: 'mats.hedlund', on: '2023-12-12T08:30:00+01:00' },
  [`${TOP} / Tandvård`]: { username: 'ola.persson' },
  [`${TOP} / Kultur och bildning`]: { username: 'eva.lundqvist', on: '2023-12-14T10:00:00+01:00' },
  [`${TOP} / Hjälpmedel`]: { username: 'stefan.jansson', on: '2023-12-12T13:45:00+01:00' },
  [`${TOP} / Regionfastigheter`]: { username: 'tomas.grahn', on: '2023-12-15T09:10:00+01:00' },
  [`${TOP} / Hörsel och syn`]: { username: 'cecilia.norberg', on: '2023-12-14T14:30:00+01:00' },
  [`${TOP} / Regional utveckling`]: { username: 'magnus.engstrom', on: '2023-12-15T11:00:00+01:00' },
  [`${TOP} / Patientnämnden`]: { username: 'jenny.falk', on: '2023-12-13T09:00:00+01:00' },
};

export const COMMITMENTS_SET_AT = '2023-12-04T10:00:00+01:00';

export async function loadDemoCommitments(
  db: Kysely<Database>,
  tenantId: string,
  planId: string,
  actors: ReadonlyMap<string, Actor>,
): Promise<void> {
  const controller = actors.get('controller')!;
  const set = await dated(db, tenantId, COMMITMENTS_SET_AT, async (trx) => {
    const units = new Map([...unitPaths(await listOrgUnits(trx))].map(([id, path]) => [path, id]));
    const result = [];
    for (const [path, amount] of DEMO_UNIT_TARGETS_2024) {
      const manager = actors.get(ANSWERS[path]!.username)!;
      const commitment = await setCommitment(trx, controller, planId, {
        orgUnitId: units.get(path)!,
        year: 2024,
        amount,
        managerUserId: manager.userId,
      });
      result.push({ path, commitment });
    }
    return result;
  });
  const answered = set
    .filter(({ path }) => ANSWERS[path]!.on)
    .sort((a, b) => ANSWERS[a.path]!.on!.localeCompare(ANSWERS[b.path]!.on!));
  for (const { path, commitment } of answered) {
    const answer = ANSWERS[path]!;
    const manager = actors.get(answer.username)!;
    await dated(db, tenantId, answer.on!, (trx) =>
      answerCommitment(
        trx,
        manager,
        commitment.id,
        commitment.version,
        answer.decline
          ? { kind: 'decline', reason: answer.decline }
          : { kind: 'accept', amount: commitment.amount },
      ),
    );
  }
}

/** The board reports published to regionstyrelsen, with the controller's analyses written just before. */
export const DEMO_PUBLISHED: Readonly<
  Record<
    string,
    { analysedAt: string; publishedAt: string; meetingDate: string; analyses: Record<string, string> }
  >
> = {
  '2024-04': {
    analysedAt: '2024-05-17T14:00:00+02:00',
    publishedAt: '2024-05-20T10:00:00+02:00',
    meetingDate: '2024-05-28',
    analyses: {
      [TOP]:
        'Prognosen för 2024 är 337,0 mnkr mot målet 500 mnkr. Hälso- och sjukvården står för huvuddelen av avvikelsen; hyrpersonalen minskar långsammare än planerat. Regionstyrelsen har gett hälso- och sjukvårdsdirektören i uppdrag att ta fram kompletterande åtgärder (§ 62).',
    },
  },
  '2024-08': {
    analysedAt: '2024-09-09T15:30:00+02:00',
    publishedAt: '2024-09-10T10:00:00+02:00',
    meetingDate: '2024-09-24',
    analyses: {
      [TOP]:
        'Prognosen har sjunkit till 310,7 mnkr, 189,3 mnkr under målet. Åtgärden samlad kvällsanalys (HS-14) utgick i juni. Kollektivtrafiken har inte accepterat sitt beting och tandvården har ännu inte svarat. Uppdraget om kompletterande åtgärder (§ 62) förfaller den 30 september.',
      [`${TOP} / Hälso- och sjukvård`]:
        'Divisionerna Kirurgi och Medicin följer sina planer; Psykiatrins samordning av lokaler är försenad (HS-12). Hyrpersonalkostnaden är fortfarande 3,4 % av personalkostnaden mot målet 2 %.',
    },
  },
};

export async function publishDemoReport(
  db: Kysely<Database>,
  tenantId: string,
  planId: string,
  controller: Actor,
  period: string,
  bodyId: string,
): Promise<void> {
  const issue = DEMO_PUBLISHED[period];
  if (!issue) return;
  await dated(db, tenantId, issue.analysedAt, async (trx) => {
    const units = new Map([...unitPaths(await listOrgUnits(trx))].map(([id, path]) => [path, id]));
    for (const [path, text] of Object.entries(issue.analyses)) {
      await saveReportAnalysis(trx, controller, planId, { orgUnitId: units.get(path)!, period, text });
    }
  });
  await publishBoardReport(
    db,
    controller,
    planId,
    { period, bodyId, meetingDate: issue.meetingDate },
    { clock: issue.publishedAt },
  );
}
