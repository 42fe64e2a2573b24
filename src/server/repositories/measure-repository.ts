import { sql } from 'kysely';
import type {
  Category,
  CostType,
  MeasureLinkKind,
  MeasureStatus,
  Periodicity,
  RiskLevel,
  SavingsType,
} from '../../shared/enums';
import type { TMeasure, TMeasureInput } from '../../shared/schemas/measure';
import type { MeasureRow, NewMeasureRow } from '../db/schema';
import type { Tx } from '../db/tenant-scope';
import { type BulkColumn, insertJsonRows } from './bulk-insert';

const CHUNK = 1_000;

function chunks<T>(items: readonly T[], size = CHUNK): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size) result.push(items.slice(start, start + size));
  return result;
}

const EFFECT_COLUMNS: readonly BulkColumn[] = [
  ['tenant_id', 'uuid'],
  ['measure_id', 'uuid'],
  ['year', 'integer'],
  ['cost_type', 'text'],
  ['amount', 'bigint'],
];

type MeasureColumns = Omit<
  NewMeasureRow,
  'id' | 'tenantId' | 'planId' | 'createdAt' | 'updatedAt' | 'version'
>;

function toColumns(input: TMeasureInput): MeasureColumns {
  return {
    code: input.code,
    title: input.title,
    description: input.description,
    orgUnitId: input.orgUnitId,
    responsibleUserId: input.responsibleUserId,
    responsibleName: input.responsibleName,
    category: input.category,
    groupName: input.group,
    savingsType: input.savingsType,
    feasibility: input.feasibility,
    isTemporary: input.isTemporary,
    status: input.status,
    startMonth: input.startMonth,
    endMonth: input.endMonth,
    fullEffectMonth: input.fullEffectMonth,
    investment: input.investment,
    oneOffCost: input.oneOffCost,
    runningCostPerYear: input.runningCostPerYear,
    riskStaffLevel: input.risks.staff.level,
    riskStaffText: input.risks.staff.text,
    riskCitizenLevel: input.risks.citizen.level,
    riskCitizenText: input.risks.citizen.text,
    riskOperationsLevel: input.risks.operations.level,
    riskOperationsText: input.risks.operations.text,
    riskLongTermLevel: input.risks.longTerm.level,
    riskLongTermText: input.risks.longTerm.text,
    consequences: input.consequences,
    riskAnalysisRequired: input.riskAnalysisRequired,
    riskAnalysisDoneOn: input.riskAnalysisDoneOn,
    followUpMetric: input.followUpMetric,
    followUpMethod: input.followUpMethod,
    periodicity: input.periodicity,
    comment: input.comment,
  };
}

type Children = Pick<TMeasure, 'effects' | 'milestones' | 'links' | 'costShifts' | 'programmes'>;

function risk(level: string | null, text: string | null) {
  return { level: level as RiskLevel | null, text };
}

function fromRow(row: MeasureRow, children: Children): TMeasure {
  return {
    id: row.id,
    planId: row.planId,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    code: row.code,
    title: row.title,
    description: row.description,
    orgUnitId: row.orgUnitId,
    responsibleUserId: row.responsibleUserId,
    responsibleName: row.responsibleName,
    category: row.category as Category | null,
    group: row.groupName,
    savingsType: row.savingsType as SavingsType | null,
    feasibility: row.feasibility as 1 | 2 | 3 | null,
    isTemporary: row.isTemporary,
    status: row.status as MeasureStatus,
    startMonth: row.startMonth,
    endMonth: row.endMonth,
    fullEffectMonth: row.fullEffectMonth,
    investment: row.investment,
    oneOffCost: row.oneOffCost,
    runningCostPerYear: row.runningCostPerYear,
    risks: {
      staff: risk(row.riskStaffLevel, row.riskStaffText),
      citizen: risk(row.riskCitizenLevel, row.riskCitizenText),
      operations: risk(row.riskOperationsLevel, row.riskOperationsText),
      longTerm: risk(row.riskLongTermLevel, row.riskLongTermText),
    },
    consequences: row.consequences,
    riskAnalysisRequired: row.riskAnalysisRequired,
    riskAnalysisDoneOn: row.riskAnalysisDoneOn,
    followUpMetric: row.followUpMetric,
    followUpMethod: row.followUpMethod,
    periodicity: row.periodicity as Periodicity | null,
    comment: row.comment,
    ...children,
  };
}

const MEASURE_COLUMNS: readonly BulkColumn[] = [
  ['tenant_id', 'uuid'],
  ['plan_id', 'uuid'],
  ['code', 'text'],
  ['title', 'text'],
  ['description', 'text'],
  ['org_unit_id', 'uuid'],
  ['responsible_user_id', 'uuid'],
  ['responsible_name', 'text'],
  ['category', 'text'],
  ['group_name', 'text'],
  ['savings_type', 'text'],
  ['feasibility', 'smallint'],
  ['is_temporary', 'boolean'],
  ['status', 'text'],
  ['start_month', 'text'],
  ['end_month', 'text'],
  ['full_effect_month', 'text'],
  ['investment', 'bigint'],
  ['one_off_cost', 'bigint'],
  ['running_cost_per_year', 'bigint'],
  ['risk_staff_level', 'text'],
  ['risk_staff_text', 'text'],
  ['risk_citizen_level', 'text'],
  ['risk_citizen_text', 'text'],
  ['risk_operations_level', 'text'],
  ['risk_operations_text', 'text'],
  ['risk_long_term_level', 'text'],
  ['risk_long_term_text', 'text'],
  ['consequences', 'text'],
  ['risk_analysis_required', 'boolean'],
  ['risk_analysis_done_on', 'date'],
  ['follow_up_metric', 'text'],
  ['follow_up_method', 'text'],
  ['periodicity', 'text'],
  ['comment', 'text'],
];

function snakeCase(name: string): string {
  return name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

function snakeKeys(row: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(row).map(([key, value]) => [snakeCase(key), value]));
}

/** Inserts measures with all their parts; returns their ids in input order. */
export async function insertMeasures(
  trx: Tx,
  tenantId: string,
  planId: string,
  inputs: readonly TMeasureInput[],
): Promise<string[]> {
  const rows = inputs.map((input) => snakeKeys({ tenantId, planId, ...toColumns(input) }));
  const inserted = await insertJsonRows<{ id: string; code: string }>(
    trx,
    'measures',
    MEASURE_COLUMNS,
    rows,
    ['id', 'code'],
  );
  // Codes are unique within a plan, so they tie each new id to its input.
  const idByCode = new Map(inserted.map((row) => [row.code, row.id]));
  const ids = inputs.map((input) => idByCode.get(input.code)!);
  await insertChildren(
    trx,
    tenantId,
    inputs.map((input, index) => ({ measureId: ids[index]!, input })),
  );
  return ids;
}

/**
 * Replaces a measure's fields and parts when `version` is still current. Returns the new version, or
 * undefined when the stored version differs (someone else saved first) — then nothing is changed.
 */
export async function updateMeasure(
  trx: Tx,
  tenantId: string,
  id: string,
  version: number,
  input: TMeasureInput,
): Promise<number | undefined> {
  const row = await trx
    .updateTable('measures')
    .set((eb) => ({
      ...toColumns(input),
      version: eb('version', '+', 1),
      updatedAt: sql<Date>`balans_now()`,
    }))
    .where('id', '=', id)
    .where('version', '=', version)
    .returning('version')
    .executeTakeFirst();
  if (!row) return undefined;
  await deleteChildren(trx, [id]);
  await insertChildren(trx, tenantId, [{ measureId: id, input }]);
  return row.version;
}

export async function deleteMeasure(trx: Tx, id: string): Promise<void> {
  await trx.deleteFrom('measures').where('id', '=', id).execute();
}

async function deleteChildren(trx: Tx, measureIds: readonly string[]): Promise<void> {
  for (const part of chunks(measureIds)) {
    await trx.deleteFrom('measureEffects').where('measureId', 'in', part).execute();
    await trx.deleteFrom('milestones').where('measureId', 'in', part).execute();
    await trx.deleteFrom('measureLinks').where('measureId', 'in', part).execute();
    await trx.deleteFrom('costShifts').where('measureId', 'in', part).execute();
    await trx.deleteFrom('measureProgrammes').where('measureId', 'in', part).execute();
  }
}

async function insertChildren(
  trx: Tx,
  tenantId: string,
  items: readonly { measureId: string; input: TMeasureInput }[],
): Promise<void> {
  const effects = items.flatMap(({ measureId, input }) =>
    input.effects.map((e) => ({
      tenant_id: tenantId,
      measure_id: measureId,
      year: e.year,
      cost_type: e.costType,
      amount: e.amount,
    })),
  );
  await insertJsonRows(trx, 'measure_effects', EFFECT_COLUMNS, effects);

  const milestones = items.flatMap(({ measureId, input }) =>
    input.milestones.map((m) => ({ tenantId, measureId, title: m.title, dueOn: m.dueOn, doneOn: m.doneOn })),
  );
  for (const part of chunks(milestones)) await trx.insertInto('milestones').values(part).execute();

  const links = items.flatMap(({ measureId, input }) =>
    input.links.map((l) => ({ tenantId, measureId, linkedMeasureId: l.measureId, kind: l.kind })),
  );
  for (const part of chunks(links)) await trx.insertInto('measureLinks').values(part).execute();

  const shifts = items.flatMap(({ measureId, input }) =>
    input.costShifts.map((c) => ({
      tenantId,
      measureId,
      bearingOrgUnitId: c.bearingOrgUnitId,
      year: c.year,
      amount: c.amount,
      description: c.description,
    })),
  );
  for (const part of chunks(shifts)) await trx.insertInto('costShifts').values(part).execute();

  const names = [...new Set(items.flatMap(({ input }) => input.programmes))];
  if (names.length === 0) return;
  const programmeIds = await ensureProgrammes(trx, tenantId, names);
  const memberships = items.flatMap(({ measureId, input }) =>
    [...new Set(input.programmes)].map((name) => ({
      tenantId,
      measureId,
      programmeId: programmeIds.get(name)!,
    })),
  );
  for (const part of chunks(memberships)) await trx.insertInto('measureProgrammes').values(part).execute();
}

async function ensureProgrammes(
  trx: Tx,
  tenantId: string,
  names: readonly string[],
): Promise<Map<string, string>> {
  await trx
    .insertInto('programmes')
    .values(names.map((name) => ({ tenantId, name })))
    .onConflict((oc) => oc.columns(['tenantId', 'name']).doNothing())
    .execute();
  const rows = await trx.selectFrom('programmes').select(['id', 'name']).where('name', 'in', names).execute();
  return new Map(rows.map((row) => [row.name, row.id]));
}

/** Loads whole measures (fields and parts) by id, in no particular order. */
export async function findMeasures(trx: Tx, ids: readonly string[]): Promise<TMeasure[]> {
  const result: TMeasure[] = [];
  for (const part of chunks(ids)) {
    if (part.length === 0) continue;
    const rows = await trx.selectFrom('measuresAsOf').selectAll().where('id', 'in', part).execute();
    const children = await loadChildren(trx, part);
    for (const row of rows) result.push(fromRow(row, children(row.id)));
  }
  return result;
}

export async function findMeasure(trx: Tx, id: string): Promise<TMeasure | undefined> {
  return (await findMeasures(trx, [id]))[0];
}

async function loadChildren(trx: Tx, ids: readonly string[]): Promise<(id: string) => Children> {
  const [effects, milestones, links, shifts, programmes] = await Promise.all([
    trx
      .selectFrom('measureEffectsAsOf')
      .select(['measureId', 'year', 'costType', 'amount'])
      .where('measureId', 'in', ids)
      .orderBy('year')
      .orderBy('costType')
      .execute(),
    trx
      .selectFrom('milestonesAsOf')
      .select(['measureId', 'title', 'dueOn', 'doneOn'])
      .where('measureId', 'in', ids)
      .orderBy('dueOn')
      .orderBy('title')
      .execute(),
    trx
      .selectFrom('measureLinksAsOf')
      .select(['measureId', 'linkedMeasureId', 'kind'])
      .where('measureId', 'in', ids)
      .orderBy('linkedMeasureId')
      .execute(),
    trx
      .selectFrom('costShiftsAsOf')
      .select(['measureId', 'bearingOrgUnitId', 'year', 'amount', 'description'])
      .where('measureId', 'in', ids)
      .orderBy('year')
      .execute(),
    trx
      .selectFrom('measureProgrammesAsOf as measureProgrammes')
      .innerJoin('programmesAsOf as programmes', 'programmes.id', 'measureProgrammes.programmeId')
      .select(['measureProgrammes.measureId', 'programmes.name'])
      .where('measureProgrammes.measureId', 'in', ids)
      .orderBy('programmes.name')
      .execute(),
  ]);
  const group = <T extends { measureId: string }>(rows: T[]) => {
    const map = new Map<string, T[]>();
    for (const row of rows) {
      const list = map.get(row.measureId);
      if (list) list.push(row);
      else map.set(row.measureId, [row]);
    }
    return map;
  };
  const byEffects = group(effects);
  const byMilestones = group(milestones);
  const byLinks = group(links);
  const byShifts = group(shifts);
  const byProgrammes = group(programmes);
  return (id) => ({
    effects: (byEffects.get(id) ?? []).map((e) => ({
      year: e.year,
      costType: e.costType as CostType,
      amount: e.amount,
    })),
    milestones: (byMilestones.get(id) ?? []).map((m) => ({
      title: m.title,
      dueOn: m.dueOn,
      doneOn: m.doneOn,
    })),
    links: (byLinks.get(id) ?? []).map((l) => ({
      measureId: l.linkedMeasureId,
      kind: l.kind as MeasureLinkKind,
    })),
    costShifts: (byShifts.get(id) ?? []).map((c) => ({
      bearingOrgUnitId: c.bearingOrgUnitId,
      year: c.year,
      amount: c.amount,
      description: c.description,
    })),
    programmes: (byProgrammes.get(id) ?? []).map((p) => p.name),
  });
}
