/**
 * Runs the real `balans import` in a child process, as a user would, and measures its wall time and peak
 * resident memory: with GNU time (`/usr/bin/time -f %M`) when installed, else with a preloaded module that
 * reports `process.resourceUsage().maxRSS` as the child exits.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ImportPlanResult } from '../src/server/use-cases/import-plan';

const GNU_TIME = '/usr/bin/time';
const REPORT_RSS = path.join(import.meta.dirname, 'report-max-rss.js');

export interface CliImport {
  result: ImportPlanResult;
  wallMs: number;
  peakRssBytes: number;
  rssMethod: string;
}

function run(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: path.dirname(import.meta.dirname), env });
    // Whole buffers, decoded once: a chunk boundary may fall inside a multi-byte character.
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({
        code,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
      }),
    );
  });
}

export async function importWithCli(file: string, dataDir: string): Promise<CliImport> {
  const scratch = await mkdtemp(path.join(tmpdir(), 'balans-bench-rss-'));
  const rssFile = path.join(scratch, 'max-rss');
  const cli = ['bin/balans.js', 'import', file, '--json', '--data', dataDir];
  const hasGnuTime = existsSync(GNU_TIME);
  const [command, args] = hasGnuTime
    ? [GNU_TIME, ['-f', '%M', '-o', rssFile, process.execPath, ...cli]]
    : [process.execPath, ['--import', REPORT_RSS, ...cli]];
  try {
    const start = performance.now();
    const child = await run(command, args, { ...process.env, BENCH_MAX_RSS_FILE: rssFile });
    const wallMs = performance.now() - start;
    if (child.code !== 0) {
      throw new Error(
        `balans import exited with ${child.code}: ${child.stderr.trim() || child.stdout.slice(0, 2000)}`,
      );
    }
    // Both report kilobytes: GNU time's %M and Node's maxRSS alike.
    const kilobytes = Number((await readFile(rssFile, 'utf8')).trim().split('\n').pop());
    return {
      result: JSON.parse(child.stdout) as ImportPlanResult,
      wallMs,
      peakRssBytes: kilobytes * 1024,
      rssMethod: hasGnuTime ? '/usr/bin/time -f %M' : 'process.resourceUsage().maxRSS',
    };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/** Creates and migrates a data folder with `balans migrate`, so that the import is timed on its own. */
export async function prepareDataFolder(dataDir: string): Promise<void> {
  const child = await run(process.execPath, ['bin/balans.js', 'migrate', '--data', dataDir], process.env);
  if (child.code !== 0) throw new Error(`balans migrate exited with ${child.code}: ${child.stderr.trim()}`);
}
