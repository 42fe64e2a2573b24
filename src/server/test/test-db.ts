import { readFile } from 'node:fs/promises';
import { inject } from 'vitest';
import { type BalansDatabase, openDatabase } from '../db/connect';

/**
 * The database a test file works on: the run's throw-away PostgreSQL database, or a fresh PGlite loaded from
 * the migrated template. Never a mock.
 */
export async function openTestDatabase(): Promise<BalansDatabase> {
  const url = inject('databaseUrl');
  if (url) return openDatabase({ kind: 'postgres', url, maxConnections: 4 });
  const template = await readFile(inject('pgliteTemplate'));
  return openDatabase({ kind: 'pglite', loadDataDir: new Blob([template]) });
}
