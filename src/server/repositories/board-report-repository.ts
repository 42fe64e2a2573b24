import { sql } from 'kysely';
import type { DecisionKind } from '../../shared/enums';
import type { Tx } from '../db/tenant-scope';

/**
 * What the board report (issue 12) reads besides the follow-up figures: the measures' labels and RKA, the
 * plan's decisions and their links, the commitments, the controller's analyses and the period's comments.
 * Always through the `_as_of` views, so that a report as of an instant shows what was known then.
 */

export interface ReportMeasureRow {
  id: string;
  code: string;
  title: string;
  orgUnitId: string;
  status: string;
  savingsType: string | null;
  responsible: string | null;
  riskAnalysisRequired: boolean;
  riskAnalysisDoneOn: string | null;
}

export async function findReportMeasures(trx: Tx, planId: string): Promise<ReportMeasureRow[]> {
  return trx
    .selectFrom('measuresAsOf as measures')
    .leftJoin('users', 'users.id', 'measures.responsibleUserId')
    .select([
      'measures.id',
      'measures.code',
      'measures.title',
      'measures.orgUnitId',
      'measures.status',
      'measures.savingsType',
      (eb) => eb.fn.coalesce('measures.responsibleName', 'users.name').as('responsible'),
      'measures.riskAnalysisRequired',
      'measures.riskAnalysisDoneOn',
    ])
    .where('measures.planId', '=', planId)
    .execute();
}

export interface ReportDecisionRow {
  id: string;
  body: string;
  meetingDate: string;
  paragraph: string | null;
  kind: DecisionKind;
  text: string;
  dueOn: string | null;
  assignmentStatus: string | null;
  attachmentUrl: string | null;
  measureIds: string[];
}

/** The plan's decisions met on or before `until` (a day), oldest first, each with its linked measures. */
export async function findPlanDecisions(
  trx: Tx,
  planId: string,
  until: string,
): Promise<ReportDecisionRow[]> {
  const rows = await trx
    .selectFrom('decisionsAsOf as decisions')
    .leftJoin('decisionBodiesAsOf as bodies', 'bodies.id', 'decisions.bodyId')
    .select([
      'decisions.id',
      (eb) => eb.fn.coalesce('bodies.name', 'decisions.body').as('body'),
      'decisions.meetingDate',
      'decisions.paragraph',
      'decisions.kind',
      'decisions.text',
      'decisions.dueOn',
      'decisions.assignmentStatus',
      'decisions.attachmentUrl',
    ])
    .where('decisions.planId', '=', planId)
    .where('decisions.meetingDate', '<=', until)
    .orderBy('decisions.meetingDate')
    .orderBy('decisions.paragraph')
    .orderBy('decisions.id')
    .execute();
  if (rows.length === 0) return [];
  const links = await trx
    .selectFrom('decisionMeasuresAsOf as links')
    .select(['links.decisionId', 'links.measureId'])
    .where(
      'links.decisionId',
      'in',
      rows.map((row) => row.id),
    )
    .execute();
  const byDecision = new Map<string, string[]>();
  for (const link of links)
    byDecision.set(link.decisionId, [...(byDecision.get(link.decisionId) ?? []), link.measureId]);
  return rows.map((row) => ({
    ...row,
    meetingDate: String(row.meetingDate),
    dueOn: row.dueOn === null ? null : String(row.dueOn),
    kind: row.kind as DecisionKind,
    measureIds: byDecision.get(row.id) ?? [],
  }));
}

export interface ReportCommitmentRow {
  orgUnitId: string;
  amount: number;
  manager: string | null;
  acceptedAt: Date | null;
  acceptedAmount: number | null;
  declinedAt: Date | null;
  declineReason: string | null;
}

export async function findYearCommitments(
  trx: Tx,
  planId: string,
  year: number,
): Promise<ReportCommitmentRow[]> {
  return trx
    .selectFrom('commitmentsAsOf as commitments')
    .leftJoin('users', 'users.id', 'commitments.managerUserId')
    .select([
      'commitments.orgUnitId',
      'commitments.amount',
      'users.name as manager',
      'commitments.acceptedAt',
      'commitments.acceptedAmount',
      'commitments.declinedAt',
      'commitments.declineReason',
    ])
    .where('commitments.planId', '=', planId)
    .where('commitments.year', '=', year)
    .execute();
}

export interface ReportAnalysisRow {
  id: string;
  orgUnitId: string;
  text: string;
  byName: string;
  at: Date;
  version: number;
}

export async function findAnalyses(trx: Tx, planId: string, period: string): Promise<ReportAnalysisRow[]> {
  return trx
    .selectFrom('reportAnalysesAsOf')
    .select(['id', 'orgUnitId', 'text', 'updatedByName as byName', 'updatedAt as at', 'version'])
    .where('planId', '=', planId)
    .where('period', '=', period)
    .execute();
}

/** The submitted reports of the period with a comment: what the managers wrote, for the analysis. */
export async function findPeriodComments(
  trx: Tx,
  planId: string,
  period: string,
): Promise<{ measureId: string; comment: string; byName: string }[]> {
  const rows = await trx
    .selectFrom('measureReportsAsOf as reports')
    .innerJoin('measuresAsOf as measures', 'measures.id', 'reports.measureId')
    .select(['reports.measureId', 'reports.comment', 'reports.reportedByName as byName'])
    .where('measures.planId', '=', planId)
    .where('reports.period', '=', period)
    .where('reports.isDraft', '=', false)
    .where('reports.comment', 'is not', null)
    .where('reports.comment', '<>', '')
    .execute();
  return rows.map((row) => ({ measureId: row.measureId, comment: row.comment!, byName: row.byName }));
}

/** The organisation's name. */
export async function findOrganisationName(trx: Tx): Promise<string> {
  const row = await trx.selectFrom('tenantsAsOf').select('name').executeTakeFirst();
  return row?.name ?? '';
}

interface AnalysisKey {
  planId: string;
  orgUnitId: string;
  period: string;
}

export async function findAnalysis(trx: Tx, key: AnalysisKey): Promise<ReportAnalysisRow | undefined> {
  return trx
    .selectFrom('reportAnalyses')
    .select(['id', 'orgUnitId', 'text', 'updatedByName as byName', 'updatedAt as at', 'version'])
    .where('planId', '=', key.planId)
    .where('orgUnitId', '=', key.orgUnitId)
    .where('period', '=', key.period)
    .executeTakeFirst();
}

interface AnalysisChange {
  text: string;
  updatedBy: string | null;
  updatedByName: string;
}

/** The new analysis's id; undefined when someone else inserted the same one first. */
export async function insertAnalysis(
  trx: Tx,
  tenantId: string,
  analysis: AnalysisKey & AnalysisChange,
): Promise<string | undefined> {
  const row = await trx
    .insertInto('reportAnalyses')
    .values({ tenantId, ...analysis })
    .onConflict((oc) => oc.columns(['planId', 'orgUnitId', 'period']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id;
}

/** Changes an analysis when `version` is still current; false when someone else changed it first. */
export async function updateAnalysis(
  trx: Tx,
  id: string,
  version: number,
  change: AnalysisChange,
): Promise<boolean> {
  const row = await trx
    .updateTable('reportAnalyses')
    .set((eb) => ({ ...change, updatedAt: sql<Date>`balans_now()`, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', version)
    .returning('version')
    .executeTakeFirst();
  return row !== undefined;
}
