import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser } from './support/browser';
import { type RunningServer, startDemoServer } from './support/server';
import { loggedInPage, pageApi } from './support/session';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startDemoServer(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const NBSP = '\u00a0';

function cell(page: Page, code: string, column: string) {
  return page
    .locator('.measures-grid tbody tr[data-measure]')
    .filter({ has: page.locator('th', { hasText: new RegExp(`^${code}$`) }) })
    .locator(`[data-column="${column}"]`);
}

interface HistoryEntry {
  action: string;
  after: { effects?: { year: number; costType: string; amount: number }[] } | null;
}

describe('spreadsheet edit habits, the plausibility question and undo in the grid (issue 11)', () => {
  it('replaces on typing, appends after Enter, restores on Escape, asks before 349 003 100 tkr, undoes', async () => {
    const page = await loggedInPage(browser, server, 'controller');
    await page.waitForURL(/\/planer\/[^/]+\/oversikt/);
    const planId = /\/planer\/([^/]+)\//.exec(page.url())?.[1];
    await page.goto(`/planer/${planId}/atgarder?ar=2024`);
    await page.getByRole('grid').waitFor();
    const planned = cell(page, 'HS-13', 'planned');
    await planned.waitFor();
    expect(await planned.textContent()).toBe(`34${NBSP}900`);
    const editor = page.getByLabel('Planerad nivå 2024 för HS-13');

    // Typing on a selected cell replaces its value; Escape restores the old one and leaves edit mode.
    await planned.click();
    await page.keyboard.type('5');
    expect(await editor.inputValue()).toBe('5');
    await page.keyboard.press('Escape');
    expect(await editor.count()).toBe(0);
    expect(await planned.textContent()).toBe(`34${NBSP}900`);

    // Enter edits with the caret at the end: typing 3100 appends. Edit mode shows, with the old value.
    await page.keyboard.press('Enter');
    await editor.waitFor();
    expect(await planned.getAttribute('class')).toContain('is-editing');
    expect(await planned.getByTestId('grid-editor-was').textContent()).toBe(`var 34${NBSP}900`);
    await page.keyboard.type('3100');
    expect(await editor.inputValue()).toBe('349003100');
    await expectNoAxeViolations(page, 'en cell som ändras');

    // Saving asks first, naming the change and its old and new value; "Ändra beloppet" goes back to editing.
    await page.keyboard.press('Enter');
    const dialog = page.getByTestId('plausibility-dialog');
    await dialog.waitFor();
    const text = await dialog.textContent();
    expect(text).toContain('HS-13 Personal 2024');
    expect(text).toContain(`från 34${NBSP}900${NBSP}tkr till 349${NBSP}003,1${NBSP}mnkr`);
    await dialog.getByRole('button', { name: 'Ändra beloppet' }).click();
    await dialog.waitFor({ state: 'detached' });
    await editor.waitFor();
    expect(await editor.inputValue()).toBe('349003100');
    await expect.poll(() => editor.evaluate((input) => input === document.activeElement)).toBe(true);

    // "Spara ändå" saves it; until the server has saved it, the cell still shows the old value beside it.
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route('**/api/measures/*', async (route) => {
      if (route.request().method() === 'PATCH') await held;
      await route.continue();
    });
    await page.keyboard.press('Enter');
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Spara ändå' }).click();
    await planned.locator('.grid-editor-was').getByText(`var 34${NBSP}900`).waitFor();
    expect(await planned.getAttribute('aria-busy')).toBe('true');
    release();
    await page.getByTestId('grid-status').getByText('Sparat: Planerad nivå 2024 för HS-13').waitFor();
    await page.unroute('**/api/measures/*');
    expect(await planned.locator('.grid-editor-was').count()).toBe(0);
    expect(await planned.textContent()).toBe(`349${NBSP}003${NBSP}100`);

    // … and Ctrl+Z (outside an editor) saves the previous value again as a new version.
    await page.keyboard.press('Control+z');
    await page
      .getByTestId('grid-status')
      .getByText(`Ångrade: HS-13 Personal 2024 34${NBSP}900 → 349${NBSP}003${NBSP}100`)
      .waitFor();
    await expect.poll(() => planned.textContent()).toBe(`34${NBSP}900`);
    expect(await page.getByTestId('grid-undo').isDisabled()).toBe(true);

    const measureId = await planned.locator('xpath=..').getAttribute('data-measure');
    const history = await pageApi<{ items: HistoryEntry[] }>(
      page,
      'GET',
      `/api/measures/${measureId}/history`,
    );
    const amounts = history.items
      .filter((entry) => entry.action === 'update')
      .map((entry) => entry.after?.effects?.find((e) => e.year === 2024)?.amount);
    expect(amounts.slice(0, 2)).toEqual([34_900_000, 349_003_100_000]);
    await page.context().close();
  });
});

interface SummaryRow {
  unitId?: string;
  key: string;
  planned: number;
}

describe('grouped by unit, the grid is the organisation tree with the overview’s subtotals (issue 11)', () => {
  it('shows nested unit headings in full with subtree subtotals equal to the summary, collapsible by keyboard', async () => {
    const page = await loggedInPage(browser, server, 'controller');
    await page.waitForURL(/\/planer\/[^/]+\/oversikt/);
    const planId = /\/planer\/([^/]+)\//.exec(page.url())?.[1];
    await page.goto(`/planer/${planId}/atgarder?ar=2024&gruppera=enhet`);
    const grid = page.getByRole('treegrid');
    await grid.waitFor();
    await page.locator('.grid-group-row').first().waitFor();
    await page.getByTestId('grid-totals').getByText('stämmer').waitFor();

    // Every level's subtotal equals the server's roll-up of that unit's subtree (the overview's figure).
    const summary = await pageApi<{ rows: SummaryRow[] }>(
      page,
      'GET',
      `/api/plans/${planId}/summary?year=2024&by=unit`,
    );
    const byUnit = new Map(summary.rows.map((row) => [row.unitId, row.planned]));
    const groups = await page.locator('.grid-group-row').evaluateAll((rows) =>
      rows.map((row) => ({
        unit: row.getAttribute('data-unit'),
        level: Number(row.getAttribute('aria-level')),
        kronor: Number(row.querySelector('[data-kronor]')?.getAttribute('data-kronor') ?? 0),
      })),
    );
    expect(groups.length).toBeGreaterThan(3);
    expect(Math.max(...groups.map((g) => g.level))).toBeGreaterThanOrEqual(3);
    for (const group of groups) expect(group.kronor, `enhet ${group.unit}`).toBe(byUnit.get(group.unit!));
    const top = groups.find((g) => g.level === 1);
    expect(String(top?.kronor)).toBe(
      await page.getByTestId('grid-total').locator('[data-kronor]').getAttribute('data-kronor'),
    );

    // A nested heading and its subtotal are shown: Hälso- och sjukvård 387 0xx tkr, its divisions below it.
    const health = page.locator('.grid-group-row[aria-level="2"]').filter({ hasText: 'Hälso- och sjukvård' });
    await health.waitFor();
    expect(await health.locator('th').textContent()).toMatch(/^▾ Hälso- och sjukvård \(\d+ åtgärder\)$/);
    expect(await health.locator('[data-kronor]').first().textContent()).toMatch(/^387\u00a00\d\d$/);
    const division = page.locator('.grid-group-row[aria-level="3"]').filter({ hasText: 'Division Kirurgi' });
    expect(await division.isVisible()).toBe(true);
    // No heading is cut off.
    const clipped = await page
      .locator('.grid-group-row .grid-sum-label')
      .evaluateAll((labels) => labels.filter((l) => l.scrollWidth > l.clientWidth).map((l) => l.textContent));
    expect(clipped).toEqual([]);
    await expectNoAxeViolations(page, 'åtgärdslistan som organisationsträd');

    // Enter collapses a unit (its measures and sub-units hidden, its subtotal kept); Space expands it again.
    const before = await page.locator('.measures-grid tbody tr[data-measure]').count();
    await health.locator('th').click();
    await expect.poll(() => health.getAttribute('aria-expanded')).toBe('false');
    await health.locator('th').click();
    await expect.poll(() => health.getAttribute('aria-expanded')).toBe('true');
    await health.locator('th').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => health.getAttribute('aria-expanded')).toBe('false');
    expect(await division.count()).toBe(0);
    expect(await page.locator('.measures-grid tbody tr[data-measure]').count()).toBeLessThan(before);
    expect(await health.locator('[data-kronor]').first().textContent()).toMatch(/^387\u00a00\d\d$/);
    await page.keyboard.press(' ');
    await expect.poll(() => health.getAttribute('aria-expanded')).toBe('true');
    expect(await division.isVisible()).toBe(true);
    await page.context().close();
  });
});

describe('per-measure follow-up in the grid (issue 11, SPEC §8 question 2)', () => {
  it('shows target, outcome, forecast, deviation, status and last reported as of the period, stale rows marked', async () => {
    const page = await loggedInPage(browser, server, 'controller');
    await page.waitForURL(/\/planer\/[^/]+\/oversikt/);
    const planId = /\/planer\/([^/]+)\//.exec(page.url())?.[1];
    await page.goto(`/planer/${planId}/atgarder?ar=2024`);
    await page.getByRole('grid').waitFor();

    // A new measure that never reported: stale as of the latest period.
    const sourceId = await cell(page, 'HS-13', 'code').locator('xpath=..').getAttribute('data-measure');
    const source = await pageApi<Record<string, unknown>>(page, 'GET', `/api/measures/${sourceId}`);
    await pageApi(page, 'POST', `/api/plans/${planId}/measures`, {
      ...source,
      code: 'HS-99',
      title: 'Ny åtgärd som inte rapporterat',
      // beslutad only through a registered decision (issue 12): a new measure starts as beredd
      status: 'prepared',
      links: [],
    });
    await page.reload();
    await page.getByRole('grid').waitFor();
    const context = page.getByTestId('grid-follow-up');
    await context.waitFor();
    expect(await context.textContent()).toContain('Uppföljning per 2024-12');
    expect(await context.textContent()).toContain('1 åtgärd är inaktuell');

    const header = page.getByRole('columnheader', { name: /^Prognos/ });
    expect(await header.textContent()).toContain('helår, tkr');
    expect(await cell(page, 'HS-04', 'reportStatus').textContent()).toBe('röd');
    const kronor = async (code: string, column: string) =>
      Number(await cell(page, code, column).locator('[data-kronor]').getAttribute('data-kronor'));
    expect(await kronor('HS-13', 'forecast')).toBe(18_666_000);
    expect(await kronor('HS-13', 'deviation')).toBe(
      (await kronor('HS-13', 'forecast')) - (await kronor('HS-13', 'target')),
    );
    expect(await kronor('HS-13', 'deviation')).toBeLessThan(0);

    const staleRow = cell(page, 'HS-99', 'code').locator('xpath=..');
    expect(await staleRow.getAttribute('class')).toContain('is-stale');
    const last = cell(page, 'HS-99', 'lastReported');
    expect(await last.textContent()).toBe('aldrig Inaktuellt');
    expect(await last.getAttribute('title')).toContain('Inaktuellt: åtgärden har inte rapporterat');
    expect(await cell(page, 'HS-13', 'lastReported').textContent()).toBe('2024-12');

    // The total of the forecast column is the summary's forecast as of the period.
    const summary = await pageApi<{ total: { forecast: number } }>(
      page,
      'GET',
      `/api/plans/${planId}/summary?year=2024&by=unit&period=2024-12`,
    );
    const forecastCol = Number(await header.getAttribute('data-col'));
    expect(
      Number(
        await page
          .locator(`.measures-grid tfoot [data-col="${forecastCol}"] [data-kronor]`)
          .getAttribute('data-kronor'),
      ),
    ).toBe(summary.total.forecast);
    await expectNoAxeViolations(page, 'åtgärdslistan med uppföljning');

    // As of an earlier period (the address's `period`), the figures of then.
    await page.goto(`/planer/${planId}/atgarder?ar=2024&period=2024-08`);
    await page.getByTestId('grid-follow-up').getByText('Uppföljning per 2024-08').waitFor();
    expect(await kronor('HS-04', 'forecast')).toBe(4_000_000);
    expect(await cell(page, 'HS-04', 'lastReported').textContent()).toBe('2024-08');
    await page.context().close();
  });
});
