import type { Selectable } from 'kysely';
import type { AssignmentStatus, DecisionKind, DecisionMeasureStatus } from '../../shared/enums';
import type { TDecision, TDecisionInput, TMeasureWithoutDecision } from '../../shared/schemas/decision';
import type { DecisionsTable } from '../db/schema';
import type { Tx } from '../db/tenant-scope';

const COLUMNS = [
  'id',
  'planId',
  'body',
  'bodyId',
  'meetingDate',
  'paragraph',
  'kind',
  'text',
  'dueOn',
  'attachmentUrl',
  'assignmentStatus',
  'measureStatus',
  'version',
  'createdAt',
] as const;

type DecisionRow = Pick<Selectable<DecisionsTable>, (typeof COLUMNS)[number]>;

/** What a decision stores: its fields and the name of its body as the body is called today. */
export type StoredDecision = TDecisionInput & { body: string };

function toColumns(input: StoredDecision) {
  return {
    planId: input.planId,
    body: input.body,
    bodyId: input.bodyId,
    attachmentUrl: input.attachmentUrl,
    assignmentStatus: input.assignmentStatus,
    measureStatus: input.measureStatus,
    meetingDate: input.meetingDate,
    paragraph: input.paragraph,
    kind: input.kind,
    text: input.text,
    dueOn: input.dueOn,
  };
}

async function withMeasureIds(trx: Tx, rows: readonly DecisionRow[]): Promise<TDecision[]> {
  if (rows.length === 0) return [];
  const links = await trx
    .selectFrom('decisionMeasures')
    .innerJoin('measures', 'measures.id', 'decisionMeasures.measureId')
    .select(['decisionMeasures.decisionId', 'decisionMeasures.measureId'])
    .where(
      'decisionMeasures.decisionId',
      'in',
      rows.map((row) => row.id),
    )
    .orderBy('measures.code')
    .execute();
  const byDecision = new Map<string, string[]>();
  for (const link of links) {
    const ids = byDecision.get(link.decisionId) ?? [];
    ids.push(link.measureId);
    byDecision.set(link.decisionId, ids);
  }
  return rows.map((row) => ({
    ...row,
    kind: row.kind as DecisionKind,
    assignmentStatus: row.assignmentStatus as AssignmentStatus | null,
    measureStatus: row.measureStatus as DecisionMeasureStatus | null,
    createdAt: row.createdAt.toISOString(),
    measureIds: byDecision.get(row.id) ?? [],
  }));
}

export interface DecisionFilter {
  planId?: string | undefined;
  measureId?: string | undefined;
  bodyId?: string | undefined;
  kind?: DecisionKind | undefined;
  /** Meeting dates, inclusive. */
  from?: string | undefined;
  to?: string | undefined;
  assignmentStatus?: AssignmentStatus | undefined;
  /** Due strictly before this day. */
  dueBefore?: string | undefined;
}

/** Decisions, newest meeting first, narrowed by `filter`. */
export async function listDecisions(trx: Tx, filter: DecisionFilter): Promise<TDecision[]> {
  let query = trx.selectFrom('decisions').select(COLUMNS);
  if (filter.planId) query = query.where('planId', '=', filter.planId);
  if (filter.bodyId) query = query.where('bodyId', '=', filter.bodyId);
  if (filter.kind) query = query.where('kind', '=', filter.kind);
  if (filter.from) query = query.where('meetingDate', '>=', filter.from);
  if (filter.to) query = query.where('meetingDate', '<=', filter.to);
  if (filter.assignmentStatus) query = query.where('assignmentStatus', '=', filter.assignmentStatus);
  if (filter.dueBefore) query = query.where('dueOn', '<', filter.dueBefore);
  if (filter.measureId) {
    const measureId = filter.measureId;
    query = query.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('decisionMeasures')
          .select('decisionMeasures.decisionId')
          .whereRef('decisionMeasures.decisionId', '=', 'decisions.id')
          .where('decisionMeasures.measureId', '=', measureId),
      ),
    );
  }
  const rows = await query
    .orderBy('meetingDate', 'desc')
    .orderBy('createdAt', 'desc')
    .orderBy('id')
    .execute();
  return withMeasureIds(trx, rows);
}

export async function findDecision(trx: Tx, id: string): Promise<TDecision | undefined> {
  const row = await trx.selectFrom('decisions').select(COLUMNS).where('id', '=', id).executeTakeFirst();
  return row ? (await withMeasureIds(trx, [row]))[0] : undefined;
}

async function insertLinks(trx: Tx, tenantId: string, decisionId: string, measureIds: readonly string[]) {
  const unique = [...new Set(measureIds)];
  if (unique.length === 0) return;
  await trx
    .insertInto('decisionMeasures')
    .values(unique.map((measureId) => ({ tenantId, decisionId, measureId })))
    .execute();
}

export async function insertDecision(trx: Tx, tenantId: string, input: StoredDecision): Promise<string> {
  const row = await trx
    .insertInto('decisions')
    .values({ tenantId, ...toColumns(input) })
    .returning('id')
    .executeTakeFirstOrThrow();
  await insertLinks(trx, tenantId, row.id, input.measureIds);
  return row.id;
}

/**
 * Replaces a decision's fields and linked measures when `version` is still current. Returns the new
 * version, or undefined when someone else saved first — then nothing is changed.
 */
export async function updateDecision(
  trx: Tx,
  tenantId: string,
  id: string,
  version: number,
  input: StoredDecision,
): Promise<number | undefined> {
  const row = await trx
    .updateTable('decisions')
    .set((eb) => ({ ...toColumns(input), version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', version)
    .returning('version')
    .executeTakeFirst();
  if (!row) return undefined;
  await trx.deleteFrom('decisionMeasures').where('decisionId', '=', id).execute();
  await insertLinks(trx, tenantId, id, input.measureIds);
  return row.version;
}

export async function deleteDecision(trx: Tx, id: string): Promise<void> {
  await trx.deleteFrom('decisions').where('id', '=', id).execute();
}

/**
 * Which of `ids` are measures visible in this transaction, with their plan. Foreign keys do not see
 * row-level security, so this is what proves that an id belongs to the tenant.
 */
export async function findMeasurePlans(trx: Tx, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await trx
    .selectFrom('measures')
    .select(['id', 'planId'])
    .where('id', 'in', [...new Set(ids)])
    .execute();
  return new Map(rows.map((row) => [row.id, row.planId]));
}

/** Measures of a plan, owned by one of `orgUnitIds`, that no decision of kind `decision` links to. */
export async function findMeasuresWithoutDecision(
  trx: Tx,
  planId: string,
  orgUnitIds: readonly string[],
): Promise<TMeasureWithoutDecision[]> {
  if (orgUnitIds.length === 0) return [];
  return trx
    .selectFrom('measures')
    .select(['measures.id', 'measures.code', 'measures.title'])
    .where('measures.planId', '=', planId)
    .where('measures.orgUnitId', 'in', orgUnitIds)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('decisionMeasures')
            .innerJoin('decisions', 'decisions.id', 'decisionMeasures.decisionId')
            .select('decisionMeasures.decisionId')
            .whereRef('decisionMeasures.measureId', '=', 'measures.id')
            .where('decisions.kind', '=', 'decision'),
        ),
      ),
    )
    .orderBy('measures.code')
    .execute();
}

/**
 * Which of `measureIds` a decision of kind *beslut* links with `measureStatus` equal to `status`: the measures
 * that may stand at that status (the import checks a re-imported status against it).
 */
export async function findMeasuresDecidedTo(
  trx: Tx,
  measureIds: readonly string[],
  status: DecisionMeasureStatus,
): Promise<Set<string>> {
  if (measureIds.length === 0) return new Set();
  const rows = await trx
    .selectFrom('decisionMeasures')
    .innerJoin('decisions', 'decisions.id', 'decisionMeasures.decisionId')
    .select('decisionMeasures.measureId')
    .where('decisionMeasures.measureId', 'in', [...new Set(measureIds)])
    .where('decisions.kind', '=', 'decision')
    .where('decisions.measureStatus', '=', status)
    .execute();
  return new Set(rows.map((row) => row.measureId));
}
