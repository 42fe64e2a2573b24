import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { ROOT, startServerProcess, stopProcess } from './process';

declare module 'vitest' {
  export interface ProvidedContext {
    e2eTemplate: string;
    /** The web app built for this run (served by every test server via BALANS_WEB_DIST). */
    e2eWebDist: string;
  }
}

/** Builds the web app once and makes a data folder with the demo, which every e2e test file copies. */
export default async function setup(project: TestProject) {
  const webDist = await mkdtemp(path.join(tmpdir(), 'balans-e2e-web-'));
  const build = spawnSync(process.execPath, [path.join(ROOT, 'scripts/build-web.js'), '--out', webDist], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (build.status !== 0) throw new Error('vite build failed');
  const template = await mkdtemp(path.join(tmpdir(), 'balans-e2e-template-'));
  const { child } = await startServerProcess(template, webDist, ['--demo']);
  await stopProcess(child);
  project.provide('e2eTemplate', template);
  project.provide('e2eWebDist', webDist);
  return async () => {
    await rm(template, { recursive: true, force: true });
    await rm(webDist, { recursive: true, force: true });
  };
}
