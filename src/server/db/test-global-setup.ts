import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase } from './connect';
import { migrateToLatest } from './migrate';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
    pgliteTemplate: string;
  }
}

export const ADMIN_URL =
  process.env.BALANS_TEST_PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** A URL naming `database` on the server of ADMIN_URL. */
export function databaseUrl(database: string): string {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function createThrowAwayDatabase(
  prefix: string,
): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `${prefix}_${Date.now()}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  return {
    url: databaseUrl(name),
    async drop() {
      const client = new pg.Client({ connectionString: ADMIN_URL });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}

/**
 * Prepares one migrated database for the whole run: a throw-away PostgreSQL database when
 * BALANS_TEST_DB=postgres, otherwise a migrated PGlite data folder that every test file loads afresh.
 * Tests isolate themselves by creating their own tenant.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (process.env.BALANS_TEST_DB === 'postgres') {
    const database = await createThrowAwayDatabase('balans_test');
    const { db, close } = await openDatabase({ kind: 'postgres', url: database.url });
    await migrateToLatest(db);
    await close();
    project.provide('databaseUrl', database.url);
    project.provide('pgliteTemplate', '');
    return () => database.drop();
  }
  const folder = await mkdtemp(path.join(tmpdir(), 'balans-test-'));
  const template = await openDatabase({ kind: 'pglite' });
  await migrateToLatest(template.db);
  const dump = await template.pglite!.dumpDataDir('none');
  await template.close();
  const file = path.join(folder, 'template.tar');
  await writeFile(file, new Uint8Array(await dump.arrayBuffer()));
  project.provide('databaseUrl', '');
  project.provide('pgliteTemplate', file);
  return () => rm(folder, { recursive: true, force: true });
}
