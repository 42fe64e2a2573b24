import { parseArgs } from 'node:util';
import { databaseErrorOf } from '../server/db/database-errors';
import { AppError } from '../server/errors';
import type { CommandEnv, CommandOutput, ParsedArgs } from './command';
import { runCommitments } from './commands/commitments';
import { runDecisions } from './commands/decisions';
import { runDemo } from './commands/demo';
import { runExport } from './commands/export';
import { runImport } from './commands/import';
import { runMigrate } from './commands/migrate';
import { runReport } from './commands/report';
import { runReports } from './commands/reports';
import { runScenario } from './commands/scenario';
import { runSummary } from './commands/summary';

export const COMMANDS = {
  migrate: runMigrate,
  demo: runDemo,
  import: runImport,
  export: runExport,
  reports: runReports,
  decisions: runDecisions,
  report: runReport,
  summary: runSummary,
  scenario: runScenario,
  commitments: runCommitments,
} as const;
export type CommandName = keyof typeof COMMANDS;

export const OPTIONS = {
  json: { type: 'boolean' },
  data: { type: 'string' },
  tenant: { type: 'string' },
  plan: { type: 'string' },
  out: { type: 'string' },
  year: { type: 'string' },
  by: { type: 'string' },
  period: { type: 'string' },
  port: { type: 'string' },
  host: { type: 'string' },
  demo: { type: 'boolean' },
  'dry-run': { type: 'boolean' },
  from: { type: 'string' },
  name: { type: 'string' },
  unit: { type: 'string' },
  amount: { type: 'string' },
  manager: { type: 'string' },
  'as-of': { type: 'string' },
  format: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export function parseCommandLine(argv: readonly string[]): ParsedArgs & { command: string | undefined } {
  const { positionals, values } = parseArgs({
    args: [...argv],
    options: OPTIONS,
    allowPositionals: true,
    strict: true,
  });
  const [command, ...rest] = positionals;
  return { command, positionals: rest, values: values as ParsedArgs['values'] };
}

export function isCommandName(name: string | undefined): name is CommandName {
  return name !== undefined && Object.hasOwn(COMMANDS, name);
}

/**
 * Runs one command to completion and returns what it prints. Errors users can act on become a JSON error
 * (with --json) or a Swedish line, and exit code 1 — never a stack trace.
 */
export async function runCommand(
  env: CommandEnv,
  name: CommandName,
  args: ParsedArgs,
): Promise<CommandOutput> {
  try {
    return await COMMANDS[name](env, args);
  } catch (thrown) {
    const error = thrown instanceof AppError ? thrown : (databaseErrorOf(thrown) ?? unexpected(thrown));
    const body = { error: { code: error.code, message: error.message } };
    return {
      exitCode: 1,
      stdout: args.values.json === true ? `${JSON.stringify(body)}\n` : `Fel: ${error.message}\n`,
    };
  }
}

/**
 * An error nobody foresaw: one Swedish line for the user (with the cause's own words, for the operator), the
 * stack only on standard error when BALANS_LOG_LEVEL is debug — never in the command's output.
 */
function unexpected(error: unknown): AppError {
  if (process.env.BALANS_LOG_LEVEL === 'debug' && error instanceof Error)
    process.stderr.write(`${error.stack}\n`);
  const cause = error instanceof Error ? error.message : String(error);
  return new AppError('INTERNAL', `Ett oväntat fel inträffade; inget har sparats (${cause.slice(0, 300)})`);
}
