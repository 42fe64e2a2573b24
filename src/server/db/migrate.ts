import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Kysely } from 'kysely';
import { type Migration, type MigrationProvider, Migrator } from 'kysely';
import type { Database } from './schema';

const MIGRATIONS_FOLDER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');
const MIGRATION_FILE = /^\d{8}-\d{4}-[a-z0-9-]+\.ts$/;

/**
 * Finds the migrations by listing the folder (no hand-kept registry). The import happens here, not inside
 * Kysely, so that the TypeScript loader in use (tsx, Vitest) handles the .ts files.
 */
const folderProvider: MigrationProvider = {
  async getMigrations() {
    const files = (await readdir(MIGRATIONS_FOLDER)).filter((file) => MIGRATION_FILE.test(file)).sort();
    const migrations: Record<string, Migration> = {};
    for (const file of files) {
      const module = (await import(pathToFileURL(path.join(MIGRATIONS_FOLDER, file)).href)) as Migration;
      migrations[file.replace(/\.ts$/, '')] = { up: module.up, down: module.down };
    }
    return migrations;
  },
};

export interface MigrationOutcome {
  applied: string[];
}

/** Applies every pending migration in migrations/ in the order of their timestamp prefix; throws on failure. */
export async function migrateToLatest(db: Kysely<Database>): Promise<MigrationOutcome> {
  const migrator = new Migrator({ db: db.withoutPlugins(), provider: folderProvider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return { applied: (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName) };
}
