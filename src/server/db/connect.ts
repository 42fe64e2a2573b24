import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { CamelCasePlugin, Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { PGliteDialect } from './pglite-dialect';
import { preparingPool } from './prepared-statements';
import type { Database } from './schema';

export type DatabaseConfig =
  | { kind: 'pglite'; dataDir?: string | undefined; loadDataDir?: Blob | File | undefined }
  | { kind: 'postgres'; url: string; maxConnections?: number | undefined };

export interface BalansDatabase {
  kind: DatabaseConfig['kind'];
  db: Kysely<Database>;
  /** The embedded engine itself, when kind is pglite (used to dump a data folder). */
  pglite?: PGlite;
  close(): Promise<void>;
}

const INT8 = 20;
const DATE = 1082;

/** bigint arrives as a JS number, and a value beyond 2^53 is refused rather than silently rounded. */
function parseInt8(text: string): number {
  const value = Number(text);
  if (!Number.isSafeInteger(value)) throw new RangeError(`bigint ${text} is outside the safe integer range`);
  return value;
}

/** A SQL date stays the ISO string it is: a Date object would shift it by the server's time zone. */
function parseDate(text: string): string {
  return text;
}

const PARSERS: Record<number, (text: string) => unknown> = { [INT8]: parseInt8, [DATE]: parseDate };

export async function openDatabase(config: DatabaseConfig): Promise<BalansDatabase> {
  if (config.kind === 'postgres') {
    const pool = new pg.Pool({
      connectionString: config.url,
      max: config.maxConnections ?? 10,
      // JIT compilation pays for long analytical scans; for Balans' short statements over views it cost more
      // than the statement itself (1,5 s of a 3,7 s follow-up summary, bench:follow-up). Off for this pool.
      options: '-c jit=off',
      types: {
        getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
          PARSERS[oid] ?? pg.types.getTypeParser(oid, format ?? 'text')) as typeof pg.types.getTypeParser,
      },
    });
    const db = new Kysely<Database>({
      dialect: new PostgresDialect({ pool: preparingPool(pool) }),
      plugins: [new CamelCasePlugin()],
    });
    return { kind: 'postgres', db, close: () => db.destroy() };
  }
  if (config.dataDir) await mkdir(config.dataDir, { recursive: true });
  const pglite = await PGlite.create(config.dataDir, {
    parsers: PARSERS,
    ...(config.loadDataDir ? { loadDataDir: config.loadDataDir } : {}),
  });
  const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite), plugins: [new CamelCasePlugin()] });
  return { kind: 'pglite', db, pglite, close: () => db.destroy() };
}
