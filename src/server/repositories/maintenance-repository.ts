import { type Kysely, sql } from 'kysely';
import type { Database } from '../db/schema';

/**
 * Refreshes the planner's statistics and visibility map after a bulk change. PGlite has no autovacuum, so
 * without this the planner keeps guessing row counts of an empty table (and the summary of a 20 000-measure
 * plan takes twice as long), and index-only scans of effects stay impossible. Runs on the owner connection
 * outside any transaction (VACUUM requires both); the statistics hold no tenant data.
 */
export async function analyzePlanTables(db: Kysely<Database>): Promise<void> {
  await sql`vacuum (analyze) org_units, measures, measure_effects, measure_programmes`.execute(db);
}
