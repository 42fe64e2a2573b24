/**
 * Timing in the page. Every document gets a small recorder (an init script): when armed for an event type,
 * it keeps the `timeStamp` of the first such event, i.e. the moment of the user's click, input or key. The
 * end is the first animation frame in which a DOM condition holds (checked on every rAF), read
 * with `performance.now()` in the page, so Playwright's own round trips are not counted. For a navigation
 * the start is the navigation start (performance.now() counts from it).
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page } from 'playwright-core';

const RECORDER = `
window.__bench = { type: null, key: null, t0: null, before: null };
for (const type of ['click', 'input', 'keydown']) {
  addEventListener(type, (event) => {
    const bench = window.__bench;
    if (bench.type !== type || bench.t0 !== null) return;
    if (bench.key === null || event.key === bench.key) bench.t0 = event.timeStamp;
  }, true);
}`;

const TIMEOUT_MS = 120_000;

export async function installRecorder(context: BrowserContext): Promise<void> {
  await context.addInitScript(RECORDER);
}

/**
 * Waits for a JavaScript expression to be truthy, checked now and then in every animation frame, and returns
 * performance.now() of that frame. (Not `waitForFunction`: it evaluates strings with eval, which the app's
 * Content-Security-Policy forbids; a plain evaluate goes through the DevTools protocol.)
 */
export async function frameWhen(page: Page, condition: string): Promise<number> {
  return page.evaluate<number>(`new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timed out waiting for: ' + ${JSON.stringify(condition)})), ${TIMEOUT_MS});
    const check = () => {
      if (${condition}) {
        clearTimeout(timer);
        resolve(performance.now());
      } else requestAnimationFrame(check);
    };
    check();
  })`);
}

/** Stores a value computed in the page (before an action) for a condition to compare with. */
export async function remember(page: Page, expression: string): Promise<void> {
  await page.evaluate(`window.__bench.before = ${expression}`);
}

export interface Trigger {
  type: 'click' | 'input' | 'keydown';
  key?: string;
}

/** Milliseconds from the user's event (`trigger`) caused by `action` to the frame where `condition` holds. */
export async function timeAction(
  page: Page,
  trigger: Trigger,
  action: () => Promise<unknown>,
  condition: string,
): Promise<number> {
  const armed = { type: trigger.type, key: trigger.key ?? null, t0: null };
  await page.evaluate(`Object.assign(window.__bench, ${JSON.stringify(armed)})`);
  await action();
  const end = await frameWhen(page, condition);
  const start = await page.evaluate<number | null>('window.__bench.t0');
  await page.evaluate('window.__bench.type = null');
  if (start === null) throw new Error(`no ${trigger.type} event was seen`);
  return end - start;
}

/** Milliseconds from the navigation start to the frame where `condition` holds. */
export async function timeNavigation(page: Page, url: string, condition: string): Promise<number> {
  await page.goto(url, { waitUntil: 'commit' });
  return frameWhen(page, condition);
}

/** JS heap of the page from the DevTools protocol, as it is and after a forced garbage collection. */
export async function jsHeap(page: Page): Promise<{ used: number; afterGc: number }> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Performance.enable');
    const used = async () =>
      (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ??
      Number.NaN;
    const before = await used();
    await cdp.send('HeapProfiler.collectGarbage');
    return { used: before, afterGc: await used() };
  } finally {
    await cdp.detach();
  }
}

export interface BundleSize {
  files: number;
  bytes: number;
  gzipBytes: number;
  largest: { name: string; bytes: number; gzipBytes: number };
}

/** The built JavaScript (`assets/*.js`), raw and gzip-compressed file by file. */
export async function bundleSize(webDist: string): Promise<BundleSize> {
  const dir = path.join(webDist, 'assets');
  const names = (await readdir(dir)).filter((name) => name.endsWith('.js'));
  const size: BundleSize = {
    files: 0,
    bytes: 0,
    gzipBytes: 0,
    largest: { name: '', bytes: 0, gzipBytes: 0 },
  };
  for (const name of names) {
    const content = await readFile(path.join(dir, name));
    const file = { name, bytes: content.length, gzipBytes: gzipSync(content).length };
    size.files++;
    size.bytes += file.bytes;
    size.gzipBytes += file.gzipBytes;
    if (file.bytes > size.largest.bytes) size.largest = file;
  }
  return size;
}
