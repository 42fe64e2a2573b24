import path from 'node:path';
import type { DatabaseConfig } from './db/connect';

export interface BalansConfig {
  database: DatabaseConfig;
  /** The PGlite data folder; null when running on PostgreSQL. */
  dataDir: string | null;
  host: string;
  port: number;
  /** Production: secure cookies, demo passwords never printed. */
  isProduction: boolean;
  maxImportBytes: number;
  /** The request log's level (BALANS_LOG_LEVEL: fatal, error, warn, info, debug, trace or silent). */
  logLevel: string;
  /**
   * Which proxies to believe about the client's address (BALANS_TRUST_PROXY: `true` or a comma-separated list of
   * addresses or subnets, as Fastify's `trustProxy`); none by default. Login throttling counts per address (decision 0012).
   */
  trustProxy: boolean | string;
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

export interface ConfigOptions {
  data?: string | undefined;
  port?: string | number | undefined;
  host?: string | undefined;
}

/**
 * Where Balans keeps its data: PostgreSQL when DATABASE_URL is set, else PGlite in `--data DIR`, BALANS_DATA,
 * or ./data — in that order.
 */
export function resolveConfig(
  options: ConfigOptions = {},
  env: NodeJS.ProcessEnv = process.env,
): BalansConfig {
  const isProduction = env.NODE_ENV === 'production' || env.BALANS_ENV === 'production';
  const port = Number(options.port ?? env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    throw new Error(`Ogiltig port: ${options.port ?? env.PORT}`);
  const maxImportBytes = Number(env.BALANS_MAX_IMPORT_MB ?? 50) * 1024 * 1024;
  const host = options.host ?? env.HOST ?? '127.0.0.1';
  const logLevel = env.BALANS_LOG_LEVEL ?? 'info';
  if (!LOG_LEVELS.includes(logLevel)) throw new Error(`Ogiltig loggnivå BALANS_LOG_LEVEL: ${logLevel}`);
  const trustProxy = readTrustProxy(env.BALANS_TRUST_PROXY);
  if (env.DATABASE_URL) {
    return {
      database: { kind: 'postgres', url: env.DATABASE_URL },
      dataDir: null,
      host,
      port,
      isProduction,
      maxImportBytes,
      logLevel,
      trustProxy,
    };
  }
  const dataDir = path.resolve(options.data ?? env.BALANS_DATA ?? 'data');
  return {
    database: { kind: 'pglite', dataDir: path.join(dataDir, 'pgdata') },
    dataDir,
    host,
    port,
    isProduction,
    maxImportBytes,
    logLevel,
    trustProxy,
  };
}

function readTrustProxy(text: string | undefined): boolean | string {
  if (!text || text === 'false') return false;
  return text === 'true' ? true : text;
}
