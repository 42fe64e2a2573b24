import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { ROOT, startServerProcess, stopProcess } from './server';

declare module 'vitest' {
  export interface ProvidedContext {
    e2eTemplate: string;
  }
}

/** Builds the web app once and makes a data folder with the demo, which every e2e test file copies. */
export default async function setup(project: TestProject) {
  const build = spawnSync(process.execPath, [path.join(ROOT, 'scripts/build-web.js'), '--force'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (build.status !== 0) throw new Error('vite build failed');
  const template = await mkdtemp(path.join(tmpdir(), 'balans-e2e-template-'));
  const { child } = await startServerProcess(template, ['--demo']);
  await stopProcess(child);
  project.provide('e2eTemplate', template);
  return async () => {
    await rm(template, { recursive: true, force: true });
  };
}
