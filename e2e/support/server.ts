import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';

import { startServerProcess, stopProcess } from './process';

export interface DemoUser {
  username: string;
  role: string;
  password: string;
}

export interface RunningServer {
  url: string;
  dataDir: string;
  users: Record<string, DemoUser>;
  stop(): Promise<void>;
}

/**
 * A real Balans server on a fresh data folder with the demo loaded: a copy of the template folder the
 * global setup made with `balans serve --demo` (so each test file pays for PGlite's initdb only once).
 */
export async function startDemoServer(): Promise<RunningServer> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'balans-e2e-'));
  await cp(inject('e2eTemplate'), dataDir, { recursive: true });
  const { url, child } = await startServerProcess(dataDir, inject('e2eWebDist'), ['--demo']);
  const list = JSON.parse(await readFile(path.join(dataDir, 'demo-users.json'), 'utf8')) as DemoUser[];
  return {
    url,
    dataDir,
    users: Object.fromEntries(list.map((user) => [user.username, user])),
    async stop() {
      await stopProcess(child);
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
