import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { BalansConfig } from '../server/config';
import type { DemoUser } from '../server/use-cases/load-demo';

const FILE = 'demo-users.json';

/**
 * Demo passwords are generated when the demo users are created and kept (readable by the owner only) in the
 * data folder, so that every `npm start` on that folder can show them again. Never in production mode.
 */
export async function rememberDemoUsers(config: BalansConfig, created: DemoUser[]): Promise<DemoUser[]> {
  if (!config.dataDir) return created;
  const file = path.join(config.dataDir, FILE);
  let known: DemoUser[] = [];
  try {
    known = JSON.parse(await readFile(file, 'utf8')) as DemoUser[];
  } catch {
    known = [];
  }
  if (created.length > 0) {
    const byName = new Map([...known, ...created].map((user) => [user.username, user]));
    known = [...byName.values()];
    if (!config.isProduction) await writeFile(file, JSON.stringify(known, null, 2), { mode: 0o600 });
  }
  return known;
}

export function demoLoginText(config: BalansConfig, users: DemoUser[]): string {
  const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}`;
  if (config.isProduction) return `Logga in på ${url} (organisation: demo).`;
  if (users.length === 0)
    return `Logga in på ${url} (organisation: demo). Demolösenorden visas när demoanvändarna skapas.`;
  return [
    `Logga in på ${url} med organisation "demo" och någon av dessa demoanvändare:`,
    ...users.map((user) => {
      const width = Math.max(11, ...users.map((u) => u.username.length));
      const name = user.name && user.role === 'manager' ? `  ${user.name}` : '';
      return `  ${user.username.padEnd(width)} (${user.role.padEnd(10)})  lösenord: ${user.password}${name}`;
    }),
  ].join('\n');
}
