import { type Selectable, sql } from 'kysely';
import type { PlanSource } from '../../domain/scenario/plan-level';
import type { ScenarioInput } from '../../domain/scenario/scenario-input';
import type { TScenario } from '../../shared/schemas/scenario';
import type { ScenariosTable } from '../db/schema';
import type { Tx } from '../db/tenant-scope';

const COLUMNS = [
  'id',
  'name',
  'planId',
  'planSource',
  'input',
  'sourceNote',
  'sourceDate',
  'version',
  'createdAt',
  'updatedAt',
  'createdBy',
] as const;

type ScenarioRow = Pick<Selectable<ScenariosTable>, (typeof COLUMNS)[number]>;

/** What a user sets; the input already validated (the schema runs the domain's checks). */
export interface ScenarioFields {
  name: string;
  planId: string | null;
  planSource: PlanSource;
  sourceNote: string | null;
  sourceDate: string | null;
  input: ScenarioInput;
}

function toColumns(fields: ScenarioFields) {
  return {
    name: fields.name,
    planId: fields.planId,
    planSource: fields.planSource,
    input: JSON.stringify(fields.input),
    sourceNote: fields.sourceNote,
    sourceDate: fields.sourceDate,
  };
}

function present(row: ScenarioRow): TScenario {
  return {
    ...row,
    planSource: row.planSource as PlanSource,
    // Written only through the validating schema (ZScenarioInput), so it is a valid input.
    input: row.input as ScenarioInput,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Every scenario, by name (as of the transaction's instant, if any). */
export async function listScenarios(trx: Tx): Promise<TScenario[]> {
  const rows = await trx.selectFrom('scenariosAsOf').select(COLUMNS).orderBy('name').orderBy('id').execute();
  return rows.map(present);
}

export async function findScenario(trx: Tx, id: string): Promise<TScenario | undefined> {
  const row = await trx.selectFrom('scenariosAsOf').select(COLUMNS).where('id', '=', id).executeTakeFirst();
  return row ? present(row) : undefined;
}

/** The scenario named `name`, case not counted (names are unique so, per tenant). */
export async function findScenarioByName(trx: Tx, name: string): Promise<TScenario | undefined> {
  const row = await trx
    .selectFrom('scenariosAsOf')
    .select(COLUMNS)
    .where(sql<string>`lower(name)`, '=', name.toLowerCase())
    .executeTakeFirst();
  return row ? present(row) : undefined;
}

export async function insertScenario(
  trx: Tx,
  tenantId: string,
  fields: ScenarioFields,
  createdBy: string,
): Promise<TScenario> {
  const row = await trx
    .insertInto('scenarios')
    .values({ tenantId, createdBy, ...toColumns(fields) })
    .returning(COLUMNS)
    .executeTakeFirstOrThrow();
  return present(row);
}

/** Replaces the fields when `version` is still current; undefined when someone else saved first. */
export async function updateScenario(
  trx: Tx,
  id: string,
  version: number,
  fields: ScenarioFields,
): Promise<TScenario | undefined> {
  const row = await trx
    .updateTable('scenarios')
    .set((eb) => ({
      ...toColumns(fields),
      version: eb('version', '+', 1),
      updatedAt: sql<Date>`balans_now()`,
    }))
    .where('id', '=', id)
    .where('version', '=', version)
    .returning(COLUMNS)
    .executeTakeFirst();
  return row ? present(row) : undefined;
}

export async function deleteScenario(trx: Tx, id: string): Promise<void> {
  await trx.deleteFrom('scenarios').where('id', '=', id).execute();
}
