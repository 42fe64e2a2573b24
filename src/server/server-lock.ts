import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * An embedded PGlite data folder must only ever be opened by one process. A running server writes this lock
 * with its port and a secret token; a CLI command that finds a live server sends its work to that server
 * instead of opening the folder itself.
 */

export interface ServerLock {
  pid: number;
  /** Where a local client reaches the server. */
  host: string;
  port: number;
  token: string;
}

const LOCK_FILE = 'server.lock.json';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export async function readLiveServer(dataDir: string): Promise<ServerLock | undefined> {
  try {
    const lock = JSON.parse(await readFile(path.join(dataDir, LOCK_FILE), 'utf8')) as ServerLock;
    if (lock.pid !== process.pid && isAlive(lock.pid)) return lock;
    return undefined;
  } catch {
    return undefined;
  }
}

export function newCliToken(): string {
  return randomBytes(32).toString('hex');
}

export async function writeServerLock(dataDir: string, lock: Omit<ServerLock, 'pid'>): Promise<ServerLock> {
  await mkdir(dataDir, { recursive: true });
  const written: ServerLock = { pid: process.pid, ...lock };
  await writeFile(path.join(dataDir, LOCK_FILE), JSON.stringify(written), { mode: 0o600 });
  return written;
}

export async function removeServerLock(dataDir: string): Promise<void> {
  await rm(path.join(dataDir, LOCK_FILE), { force: true });
}
