import { type ChildProcess, spawn } from 'node:child_process';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';

export const ROOT = path.resolve(import.meta.dirname, '../..');
const BIN = path.join(ROOT, 'bin/balans.js');

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

/** Starts `balans serve` exactly as `npm start` does, and resolves when it prints its address. */
export function startServerProcess(
  dataDir: string,
  webDist: string,
  extraArgs: string[] = [],
): Promise<{ url: string; child: ChildProcess }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--data', dataDir, ...extraArgs], {
      cwd: ROOT,
      env: { ...process.env, BALANS_ENV: 'development', NODE_ENV: 'development', BALANS_WEB_DIST: webDist },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Balans kör på (http:\/\/[^\s]+)/.exec(output);
      if (match?.[1]) resolve({ url: match[1].replace('localhost', '127.0.0.1'), child });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.on('exit', (code) => reject(new Error(`balans serve avslutades (${code}):\n${output}`)));
  });
}

export function stopProcess(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
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
