/**
 * The timed steps of the web benchmark on the measures grid and the overview. Each returns one time per run
 * (ms); between runs the view is put back without timing (a fresh grid, no grouping, no search, …).
 */
import type { Page } from 'playwright-core';
import { frameWhen, remember, timeAction, timeNavigation } from './web-page';

const GRID = '.measures-grid';
const FIRST_ROW = `document.querySelector('${GRID} tbody tr[data-measure]')`;
const ROW_COUNT = `document.querySelector('[role="grid"]')?.getAttribute('aria-rowcount')`;

/** The grid's rows and total row are there and the page has compared the total with the server's. */
const GRID_LOADED = `(() => {
  const total = document.querySelector('${GRID} tfoot .grid-total-row [data-kronor]');
  const verdict = document.querySelector('[data-testid="grid-totals"] .grid-total-ok, [data-testid="grid-totals"] .grid-total-differs');
  return !!total && !!verdict && !!${FIRST_ROW};
})()`;

/** The key figures and the four plan charts (and the forecast history), each with drawn SVG shapes. */
const OVERVIEW_LOADED = `(() => {
  const planned = document.querySelector('.key-figure-main [data-kronor]');
  const charts = [...document.querySelectorAll('[role="img"]')].filter((chart) => chart.querySelector('svg path'));
  return !!planned && charts.length >= 4;
})()`;

export const gridUrl = (planId: string, year: number) => `/planer/${planId}/atgarder?ar=${year}`;
export const overviewUrl = (planId: string, year: number) => `/planer/${planId}/oversikt?ar=${year}`;

async function repeat(runs: number, run: (index: number) => Promise<number>): Promise<number[]> {
  const times: number[] = [];
  for (let index = 0; index < runs; index++) times.push(await run(index));
  return times;
}

/** (a) Navigation start → the total row is drawn and "stämmer" (or the mismatch alert) is shown. */
export function openGrid(page: Page, url: string, runs: number): Promise<number[]> {
  return repeat(runs, () => timeNavigation(page, url, GRID_LOADED));
}

/** A fresh, untimed grid for the next step. */
export async function freshGrid(page: Page, url: string): Promise<void> {
  await timeNavigation(page, url, GRID_LOADED);
}

export interface GridFigures {
  total: number;
  serverTotal: number | null;
  agrees: boolean;
  rows: number;
}

/** The grid's own total and the server's (both exact kronor from `data-kronor`) and the page's verdict. */
export async function gridFigures(page: Page): Promise<GridFigures> {
  const kronor = async (selector: string) => {
    const value = await page.locator(selector).first().getAttribute('data-kronor');
    return value === null ? null : Number(value);
  };
  return {
    total: (await kronor(`${GRID} tfoot .grid-total-row [data-kronor]`)) ?? Number.NaN,
    serverTotal: await kronor('[data-testid="summary-total"] [data-kronor]'),
    agrees: (await page.locator('[data-testid="grid-totals"] .grid-total-ok').count()) === 1,
    rows: Number(await page.getByRole('grid').getAttribute('aria-rowcount')) - 2,
  };
}

/** The sort state of the planned column and the ids of the rows drawn, in order. */
const SORT_VIEW = `JSON.stringify([
  document.querySelector('${GRID} th[data-row="0"][aria-sort]')?.getAttribute('aria-sort') ?? null,
  [...document.querySelectorAll('${GRID} tbody tr[data-measure]')].map((row) => row.getAttribute('data-measure')),
])`;

/**
 * (b) A click on the planned-effect header (ascending, descending, …) → the header shows the new direction
 * and the rows drawn are others or in another order. (Not only the first row: ties keep the code order, so
 * ascending may begin with the same measure as the unsorted list.)
 */
export function sortByPlanned(page: Page, year: number, runs: number): Promise<number[]> {
  const header = page.getByRole('columnheader', { name: new RegExp(`^Planerad effekt ${year}`) });
  return repeat(runs, async () => {
    await remember(page, SORT_VIEW);
    return timeAction(
      page,
      { type: 'click' },
      () => header.click(),
      `${SORT_VIEW} !== window.__bench.before`,
    );
  });
}

/** (c) "Gruppera: enhet" in the toolbar → group rows are drawn. */
export function groupByUnit(page: Page, runs: number): Promise<number[]> {
  const select = page.getByLabel('Gruppera');
  return repeat(runs, async () => {
    const time = await timeAction(
      page,
      { type: 'input' },
      () => select.selectOption('unit'),
      `!!document.querySelector('${GRID} .grid-group-row')`,
    );
    await select.selectOption('');
    await frameWhen(page, `!document.querySelector('${GRID} .grid-group-row')`);
    return time;
  });
}

/** (d) A search word entered in one input event (like a paste) → the grid's row count changes. */
export function search(page: Page, word: string, runs: number): Promise<number[]> {
  const box = page.getByLabel('Sök');
  return repeat(runs, async () => {
    await remember(page, ROW_COUNT);
    const time = await timeAction(
      page,
      { type: 'input' },
      () => box.fill(word),
      `${ROW_COUNT} !== window.__bench.before`,
    );
    await box.fill('');
    await frameWhen(page, `${ROW_COUNT} === window.__bench.before`);
    return time;
  });
}

/** (e) Ctrl+End from the first cell → the last cell of the last row (the total row) has focus. */
export async function jumpToLastCell(page: Page, runs: number): Promise<number[]> {
  await page.locator(`${GRID} tbody tr[data-measure] [data-column="orgUnit"]`).first().click();
  const focusedRow = `document.activeElement?.getAttribute('data-row')`;
  return repeat(runs, async () => {
    await page.keyboard.press('Control+Home');
    await frameWhen(page, `${focusedRow} === '0'`);
    return timeAction(
      page,
      { type: 'keydown', key: 'End' },
      () => page.keyboard.press('Control+End'),
      `${focusedRow} === String(Number(${ROW_COUNT}) - 1)`,
    );
  });
}

/** (f) Navigation start → the overview's key figures and its four charts are drawn. */
export function openOverview(page: Page, url: string, runs: number): Promise<number[]> {
  return repeat(runs, () => timeNavigation(page, url, OVERVIEW_LOADED));
}

/** The planned level the overview shows, in kronor. */
export async function overviewPlanned(page: Page): Promise<number> {
  return Number(await page.locator('.key-figure-main [data-kronor]').first().getAttribute('data-kronor'));
}

export interface ApiTiming {
  /** The path, ids replaced by `:id`, without the query. */
  path: string;
  requests: number;
  /** ms from the navigation start: the first request's start and the last response's end. */
  start: number;
  end: number;
}

/** The API requests of the current document by path (resource timing), in the order they began. */
export async function apiTimings(page: Page): Promise<ApiTiming[]> {
  const entries = await page.evaluate<{ name: string; startTime: number; responseEnd: number }[]>(
    `performance.getEntriesByType('resource').filter((e) => e.name.includes('/api/'))
      .map((e) => ({ name: e.name, startTime: e.startTime, responseEnd: e.responseEnd }))`,
  );
  const byPath = new Map<string, ApiTiming>();
  for (const entry of entries) {
    const path = new URL(entry.name).pathname.replace(/[0-9a-f-]{36}/g, ':id');
    const seen = byPath.get(path);
    if (!seen) byPath.set(path, { path, requests: 1, start: entry.startTime, end: entry.responseEnd });
    else {
      seen.requests++;
      seen.start = Math.min(seen.start, entry.startTime);
      seen.end = Math.max(seen.end, entry.responseEnd);
    }
  }
  return [...byPath.values()].sort((a, b) => a.start - b.start);
}
