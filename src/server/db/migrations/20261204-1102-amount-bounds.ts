import { type Kysely, sql } from 'kysely';

/**
 * The hard bound of one amount (issue 11, item 2) in the database itself: no effect, cost, cost shift,
 * report, target, commitment or baseline written from now on may exceed ±10^12 kr (MAX_AMOUNT_KRONOR), whichever
 * code path writes it. `not valid`: rows stored before the bound are not checked (they stay readable and
 * correctable — a change to such a row must bring it within the bound).
 */
const BOUND = '1000000000000';
const COLUMNS: readonly [table: string, column: string][] = [
  ['measure_effects', 'amount'],
  ['cost_shifts', 'amount'],
  ['measures', 'investment'],
  ['measures', 'one_off_cost'],
  ['measures', 'running_cost_per_year'],
  ['measure_reports', 'outcome_ytd'],
  ['measure_reports', 'forecast_year'],
  ['plan_targets', 'amount'],
  ['commitments', 'amount'],
  ['plans', 'baseline_amount'],
];

const constraintName = (table: string, column: string) => `${table}_${column}_bound`;

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const [table, column] of COLUMNS) {
    await sql
      .raw(
        `alter table ${table} add constraint ${constraintName(table, column)} check (${column} between -${BOUND} and ${BOUND}) not valid`,
      )
      .execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const [table, column] of COLUMNS) {
    await sql
      .raw(`alter table ${table} drop constraint if exists ${constraintName(table, column)}`)
      .execute(db);
  }
}
