import { type RawBuilder, sql } from 'kysely';
import type { Tx } from '../db/tenant-scope';

/** A column of a bulk insert: its SQL name and SQL type (`uuid`, `text`, `bigint`, …). */
export type BulkColumn = readonly [name: string, type: string];

const CHUNK_ROWS = 5_000;

/**
 * Inserts many rows as one JSON parameter per chunk (`jsonb_to_recordset`) instead of one bound parameter
 * per value: on PGlite every parameter crosses into WebAssembly, and large imports spend most of their time
 * there. Rows are objects keyed by the SQL column names. Returns the `returning` columns of every row.
 */
export async function insertJsonRows<R = Record<string, never>>(
  trx: Tx,
  table: string,
  columns: readonly BulkColumn[],
  rows: readonly Record<string, unknown>[],
  returning: readonly string[] = [],
): Promise<R[]> {
  const names = columns.map(([name]) => name);
  const definitions = sql.raw(columns.map(([name, type]) => `${name} ${type}`).join(', '));
  const returningClause: RawBuilder<unknown> =
    returning.length > 0 ? sql` returning ${sql.join(returning.map((name) => sql.ref(name)))}` : sql``;
  const result: R[] = [];
  for (let start = 0; start < rows.length; start += CHUNK_ROWS) {
    const chunk = JSON.stringify(rows.slice(start, start + CHUNK_ROWS));
    const inserted = await sql<R>`
      insert into ${sql.table(table)} (${sql.join(names.map((name) => sql.ref(name)))})
      select ${sql.join(names.map((name) => sql.ref(`x.${name}`)))}
      from jsonb_to_recordset(${chunk}::jsonb) as x(${definitions})${returningClause}
    `.execute(trx);
    result.push(...inserted.rows);
  }
  return result;
}
