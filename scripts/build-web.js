#!/usr/bin/env node
// Builds the web app (Vite → dist/web) when it is missing or older than its sources, so that `npm start`
// on a fresh clone serves the current screens without a separate build step. `--force` always builds;
// `--out DIR` builds into DIR instead (the browser tests do, so that parallel runs never share a folder).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const outIndex = process.argv.indexOf('--out');
const outDir = outIndex > 0 ? path.resolve(process.argv[outIndex + 1]) : path.join(root, 'dist/web');
const index = path.join(outDir, 'index.html');

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

const sources = ['src/web', 'src/shared', 'src/domain'].map((dir) => newestMtime(path.join(root, dir)));
const inputs = Math.max(...sources, statSync(path.join(root, 'vite.config.ts')).mtimeMs);
const isFresh = existsSync(index) && statSync(index).mtimeMs >= inputs;
if (isFresh && !process.argv.includes('--force') && outIndex < 0) process.exit(0);

console.log('Bygger webbappen (vite build) …');
const result = spawnSync(
  process.execPath,
  [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', outDir, '--emptyOutDir'],
  {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  },
);
process.exit(result.status ?? 1);
