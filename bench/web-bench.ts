/**
 * `npm run bench:web`: the web screens with a large plan. Generates 5 000 measures under the demo's region,
 * builds the web app into a temp folder, starts a real server with the demo, imports the plan by the API as
 * the demo controller and times the measures grid and the overview in Debian's Chromium. It measures and
 * reports; it asserts nothing on time, but says MISMATCH loudly when the grid's total is not the server's.
 */
import '../src/server/io/exceljs-utf8-fix';
import { type ChildProcess, spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser, logIn, newPage } from '../e2e/support/chromium';
import { ROOT, startServerProcess, stopProcess } from '../e2e/support/process';
import { CHECK_YEAR, generatePlan } from './generate-plan';
import { formatMillis } from './timing';
import { apiImportPlan, apiLogIn, apiPlannedTotal } from './web-api';
import { bundleSize, installRecorder, jsHeap } from './web-page';
import { formatWebReport, type WebResults } from './web-report';
import {
  apiTimings,
  freshGrid,
  gridFigures,
  gridUrl,
  groupByUnit,
  jumpToLastCell,
  openGrid,
  openOverview,
  overviewPlanned,
  overviewUrl,
  search,
  sortByPlanned,
} from './web-scenarios';

const OUT = path.join(import.meta.dirname, 'out');
const MEASURES = 5_000;
const RUNS = 5;
const YEAR = CHECK_YEAR;
const PLAN = 'Webbenchmark';
/** The demo's root: its users are granted there, so they can read the generated region below it. */
const DEMO_ROOT = 'Exempelregionen';
const SEARCH_WORD = 'licenser';

const problems: string[] = [];
function check(label: string, found: number, expected: number): void {
  if (found === expected) return;
  const problem = `${label}: ${found} kr, expected ${expected} kr`;
  console.log(`MISMATCH ${problem}`);
  problems.push(problem);
}

function buildWeb(outDir: string): void {
  const build = spawnSync(process.execPath, [path.join(ROOT, 'scripts/build-web.js'), '--out', outDir], {
    stdio: 'inherit',
  });
  if (build.status !== 0) throw new Error('vite build failed');
}

async function demoPassword(dataDir: string, username: string): Promise<string> {
  const users = JSON.parse(await readFile(path.join(dataDir, 'demo-users.json'), 'utf8')) as {
    username: string;
    password: string;
  }[];
  const user = users.find((u) => u.username === username);
  if (!user) throw new Error(`no demo user ${username}`);
  return user.password;
}

const step = (label: string) => console.log(`\n${label} …`);
const done = (label: string, runs: number[]) =>
  console.log(`  ${label}: ${runs.map(formatMillis).join(', ')}`);

async function main(): Promise<void> {
  const loadStart = loadavg();
  const scratch = await mkdtemp(path.join(tmpdir(), 'balans-web-bench-'));
  const webDist = path.join(scratch, 'web');
  const dataDir = path.join(scratch, 'data');
  let server: ChildProcess | undefined;
  let browser: Browser | undefined;
  try {
    await mkdir(dataDir);
    const file = path.join(scratch, 'web-bench-plan.xlsx');
    const plan = await generatePlan(file, MEASURES, 2027, { parentUnit: DEMO_ROOT });
    console.log(`Generated ${plan.measures} measures (${(plan.bytes / 1024 ** 2).toFixed(1)} MB)`);
    buildWeb(webDist);
    const bundle = await bundleSize(webDist);

    step('Starting the server with the demo and importing the plan by the API');
    const started = await startServerProcess(dataDir, webDist, ['--demo']);
    server = started.child;
    const password = await demoPassword(dataDir, 'controller');
    const session = await apiLogIn(started.url, 'controller', password);
    const importStart = performance.now();
    const imported = await apiImportPlan(session, file, PLAN);
    const importMs = performance.now() - importStart;
    const planId = imported.plan!.id;
    console.log(`  ${imported.created} measures imported in ${formatMillis(importMs)}`);
    const serverTotal = await apiPlannedTotal(session, planId, YEAR);
    check(`server summary ${YEAR} vs generator`, serverTotal, plan.expectedLevel);

    browser = await launchBrowser();
    const page = await newPage(browser, started.url);
    page.setDefaultTimeout(60_000);
    await installRecorder(page.context());
    await logIn(page, 'controller', password);
    const grid = gridUrl(planId, YEAR);

    step('(a) Opening the grid');
    const open = await openGrid(page, grid, RUNS);
    done('open grid', open);
    const figures = await gridFigures(page);
    check('grid total row vs server summary (API)', figures.total, serverTotal);
    check(
      'grid "Summa enligt sammanställningen" vs server summary (API)',
      figures.serverTotal ?? 0,
      serverTotal,
    );
    if (!figures.agrees)
      check('grid total vs its own summary ("stämmer" missing)', figures.total, serverTotal);
    if (figures.rows !== imported.created) {
      problems.push(`grid shows ${figures.rows} measures, ${imported.created} imported`);
    }
    const api = await apiTimings(page);
    for (const request of api) {
      const span = `${formatMillis(request.start)} → ${formatMillis(request.end)}`;
      console.log(`  ${request.path} ×${request.requests}: ${span}`);
    }
    const heap = await jsHeap(page);

    step('(b) Sorting by the planned effect');
    const sort = await sortByPlanned(page, YEAR, RUNS);
    done('sort', sort);
    step('(c) Grouping by unit');
    await freshGrid(page, grid);
    const group = await groupByUnit(page, RUNS);
    done('group', group);
    step('(d) Searching');
    await freshGrid(page, grid);
    const searched = await search(page, SEARCH_WORD, RUNS);
    done('search', searched);
    step('(e) Ctrl+End');
    await freshGrid(page, grid);
    const last = await jumpToLastCell(page, RUNS);
    done('Ctrl+End', last);
    step('(f) Opening the overview');
    const overview = await openOverview(page, overviewUrl(planId, YEAR), RUNS);
    done('overview', overview);
    check('overview planned level vs server summary (API)', await overviewPlanned(page), serverTotal);

    const results: WebResults = {
      measures: imported.created,
      year: YEAR,
      timings: [
        { label: '(a) open the grid', condition: 'total row drawn, "stämmer"', runs: open },
        {
          label: '(b) sort by planned effect (header click)',
          condition: 'header sorted, rows reordered',
          runs: sort,
        },
        { label: '(c) group by unit (toolbar select)', condition: 'group rows drawn', runs: group },
        {
          label: `(d) search "${SEARCH_WORD}" (one input event)`,
          condition: 'row count changed',
          runs: searched,
        },
        {
          label: '(e) Ctrl+End from the first cell',
          condition: 'last cell of the total row focused',
          runs: last,
        },
        { label: '(f) open the overview', condition: 'key figures and 4 charts drawn', runs: overview },
      ],
      gridApi: api,
      heap,
      bundle,
      importMs,
      gridTotal: figures.total,
      serverTotal,
      chromium: browser.version(),
      loadAverage: { start: loadStart, end: loadavg() },
      problems,
    };
    const table = formatWebReport(results);
    await mkdir(OUT, { recursive: true });
    await writeFile(path.join(OUT, 'web-results.md'), table);
    console.log(`\n${table}`);
  } finally {
    await browser?.close().catch(() => undefined);
    if (server) await stopProcess(server);
    await rm(scratch, { recursive: true, force: true });
  }
}

await main();
