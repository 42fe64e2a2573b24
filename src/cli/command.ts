import type { Kysely } from 'kysely';
import type { BalansConfig } from '../server/config';
import type { Database } from '../server/db/schema';

/** Where a command runs: an open, migrated database — in the CLI process or inside a running server. */
export interface CommandEnv {
  db: Kysely<Database>;
  config: BalansConfig;
  /** The directory relative file arguments are resolved against. */
  cwd: string;
}

export interface CommandOutput {
  exitCode: number;
  stdout: string;
}

export type ParsedArgs = {
  positionals: string[];
  values: Record<string, string | boolean | undefined>;
};

export function output(json: boolean, value: unknown, text: string, exitCode = 0): CommandOutput {
  return { exitCode, stdout: json ? `${JSON.stringify(value)}\n` : `${text}\n` };
}

export function stringArg(args: ParsedArgs, name: string): string | undefined {
  const value = args.values[name];
  return typeof value === 'string' ? value : undefined;
}
