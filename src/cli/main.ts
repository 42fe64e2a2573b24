import '../server/io/exceljs-utf8-fix';
import { resolveConfig } from '../server/config';
import { openDatabase } from '../server/db/connect';
import { migrateToLatest } from '../server/db/migrate';
import { readLiveServer } from '../server/server-lock';
import type { CommandOutput } from './command';
import { serve } from './commands/serve';
import { isCommandName, parseCommandLine, runCommand } from './run-command';
import { USAGE } from './usage';

async function delegate(
  lock: { host: string; port: number; token: string },
  argv: string[],
): Promise<CommandOutput> {
  const response = await fetch(
    `http://${lock.host.includes(':') ? `[${lock.host}]` : lock.host}:${lock.port}/api/internal/cli`,
    {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-balans-cli-token': lock.token },
      body: JSON.stringify({ argv, cwd: process.cwd() }),
    },
  );
  if (!response.ok) throw new Error(`Servern svarade ${response.status}: ${await response.text()}`);
  return (await response.json()) as CommandOutput;
}

async function main(argv: string[]): Promise<number> {
  let parsed: ReturnType<typeof parseCommandLine>;
  try {
    parsed = parseCommandLine(argv);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (!parsed.command || parsed.values.help) {
    process.stdout.write(USAGE);
    return parsed.command ? 0 : 2;
  }
  if (parsed.command === 'serve') {
    await serve(parsed);
    return -1;
  }
  if (!isCommandName(parsed.command)) {
    process.stderr.write(`Okänt kommando: ${parsed.command}\n\n${USAGE}`);
    return 2;
  }
  const config = resolveConfig({
    data: typeof parsed.values.data === 'string' ? parsed.values.data : undefined,
  });
  const running = config.dataDir ? await readLiveServer(config.dataDir) : undefined;
  let result: CommandOutput;
  if (running) {
    result = await delegate(running, argv);
  } else {
    const database = await openDatabase(config.database);
    try {
      if (parsed.command !== 'migrate') await migrateToLatest(database.db);
      result = await runCommand({ db: database.db, config, cwd: process.cwd() }, parsed.command, parsed);
    } finally {
      await database.close();
    }
  }
  process.stdout.write(result.stdout);
  return result.exitCode;
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`Balans avbröts: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
