import type { Selectable } from 'kysely';
import type { DecisionKind } from '../../shared/enums';
import type { TDecision, TDecisionInput, TMeasureWithoutDecision } from '../../shared/schemas/decision';
import type { DecisionsTable } from '../db/schema';
import type { Tx } from '../db/tenant-scope';

const COLUMNS = [
  'id',
  'planId',
  'body',
  'meetingDate',
  'paragraph',
  'kind',
  'text',
  'dueOn',
  'version',
  'createdAt',
] as const;

type DecisionRow = Pick<Selectable<DecisionsTable>, (typeof COLUMNS)[number]>;

function toColumns(input: TDecisionInput) {
  return {
    planId: input.planId,
    body: input.body,
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
    createdAt: row.createdAt.toISOString(),
    measureIds: byDecision.get(row.id) ?? [],
  }));
}

/** Decisions, newest meeting first, optionally only those of a plan or those linking a measure. */
export async function listDecisions(
  trx: Tx,
  filter: { planId?: string | undefined; measureId?: string | undefined },
): Promise<TDecision[]> {
  let query = trx.selectFrom('decisions').select(COLUMNS);
  if (filter.planId) query = query.where('planId', '=', filter.planId);
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

export async function insertDecision(trx: Tx, tenantId: string, input: TDecisionInput): Promise<string> {
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
  input: TDecisionInput,
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
