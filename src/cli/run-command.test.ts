import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../server/config';
import { openDatabase } from '../server/db/connect';
import { parseCommandLine, runCommand } from './run-command';

describe('a command that meets an error nobody foresaw', () => {
  it('prints one Swedish line (or a JSON error), exit code 1, never a stack trace', async () => {
    // A database server that is not there (nothing listens on port 1): a real failure, not a mock.
    const database = await openDatabase({
      kind: 'postgres',
      url: 'postgres://postgres@127.0.0.1:1/none',
      maxConnections: 1,
    });
    const env = { db: database.db, config: resolveConfig({}), cwd: process.cwd() };
    const text = parseCommandLine(['summary', '--plan', 'P', '--year', '2024', '--tenant', 'x']);
    const plain = await runCommand(env, 'summary', text);
    expect(plain.exitCode).toBe(1);
    expect(plain.stdout).toMatch(/^Fel: Ett oväntat fel inträffade; inget har sparats \(.+\)\n$/);
    expect(plain.stdout).not.toMatch(/\n\s+at /);
    const json = await runCommand(
      env,
      'summary',
      parseCommandLine(['summary', '--json', '--plan', 'P', '--year', '2024']),
    );
    expect(JSON.parse(json.stdout)).toMatchObject({ error: { code: 'INTERNAL' } });
    await database.close();
  });
});
