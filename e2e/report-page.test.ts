import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser } from './support/browser';
import { decideMeasures } from './support/decisions';
import { type RunningServer, startDemoServer } from './support/server';
import { pageApi as api, loggedInPage } from './support/session';

let server: RunningServer;
let browser: Browser;
let planId: string;
let kirurgiId: string;
let chefId: string;
let roundId: string;
const KIRURGI = 'Exempelregionen / Hälso- och sjukvård / Division Kirurgi';
const NEW_CODES = Array.from({ length: 8 }, (_, i) => `KIR-E2E-${i + 1}`);

beforeAll(async () => {
  [server, browser] = await Promise.all([startDemoServer(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const loggedIn = (username: string) => loggedInPage(browser, server, username);

const future = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);

async function createMeasure(controller: Page, code: string): Promise<string> {
  const created = await api<{ id: string }>(controller, 'POST', `/api/plans/${planId}/measures`, {
    code,
    title: `Teståtgärd ${code}`,
    orgUnitId: kirurgiId,
    responsibleUserId: chefId,
    status: 'prepared',
    effects: [{ year: 2024, costType: 'personnel', amount: 1_000_000 }],
  });
  await decideMeasures(controller, planId, [created.id]);
  return created.id;
}

interface Item {
  measureId: string;
  code: string;
  previous: { outcomeYtd: number | null; forecastYear: number | null; status: string } | null;
  current: {
    outcomeYtd: number | null;
    forecastYear: number | null;
    status: string;
    isDraft: boolean;
    isUnchanged: boolean;
  } | null;
}

/** Counts what the user does: navigations, clicks and key presses. */
function interactions(page: Page) {
  let count = 0;
  return {
    get count() {
      return count;
    },
    async goto(url: string) {
      count += 1;
      await page.goto(url);
    },
    async click(locator: ReturnType<Page['locator']>) {
      count += 1;
      await locator.click();
    },
    async press(key: string) {
      count += 1;
      await page.keyboard.press(key);
    },
  };
}

describe('the manager’s page "Att rapportera"', () => {
  it('sets up ten measures of chef with October reports and opens November', async () => {
    const controller = await loggedIn('controller');
    const chef = await loggedIn('chef');
    planId = (await api<{ id: string }[]>(controller, 'GET', '/api/plans'))[0]!.id;
    kirurgiId = (await api<{ id: string; path: string }[]>(controller, 'GET', '/api/org-units')).find(
      (u) => u.path === KIRURGI,
    )!.id;
    chefId = (await api<{ id: string; username: string }[]>(controller, 'GET', '/api/users')).find(
      (u) => u.username === 'chef',
    )!.id;
    const ids: string[] = [];
    for (const code of NEW_CODES) ids.push(await createMeasure(controller, code));
    // The demo's rounds of 2024-04, 2024-08 and 2024-12 are closed: October and November are free.
    const october = await api<{ id: string; version: number }>(
      controller,
      'POST',
      `/api/plans/${planId}/rounds`,
      { period: '2024-10', orgUnitId: kirurgiId, deadline: future },
    );
    for (const [i, id] of ids.entries()) {
      await api(chef, 'PUT', `/api/measures/${id}/reports/2024-10`, {
        outcomeYtd: (i + 1) * 100_000,
        forecastYear: 1_000_000,
        status: i % 2 === 0 ? 'green' : 'yellow',
        comment: 'Enligt plan',
        isDraft: false,
      });
    }
    await api(controller, 'POST', `/api/rounds/${october.id}/close`, { version: october.version });
    const november = await api<{ id: string }>(controller, 'POST', `/api/plans/${planId}/rounds`, {
      period: '2024-11',
      orgUnitId: kirurgiId,
      deadline: future,
    });
    roundId = november.id;
    const mine = await api<{ items: Item[] }>(chef, 'GET', `/api/rounds/${roundId}/my-reports`);
    expect(mine.items.map((i) => i.code).sort()).toEqual(['HS-07', 'HS-11', ...NEW_CODES].sort());
    await controller.context().close();
    await chef.context().close();
  });

  it('reports ten unchanged measures in a few interactions, after a confirmation that lists them and asks for the comments red ones need (issue 11)', async () => {
    const page = await loggedIn('chef');
    const user = interactions(page);
    await user.goto(`/planer/${planId}/rapportera`);
    await page.getByRole('heading', { level: 1, name: 'Att rapportera' }).waitFor();
    expect(await page.title()).toBe('Att rapportera – Balans');
    // Last period's values are prefilled.
    expect(await page.getByLabel('Prognos KIR-E2E-1 (tkr)').inputValue()).toBe('1\u00a0000');
    expect(await page.getByTestId('round-progress').textContent()).toBe('0 av 10 inskickade');
    await expectNoAxeViolations(page, 'the report page');
    await user.click(page.getByRole('button', { name: 'Alla oförändrade' }));
    const dialog = page.getByTestId('all-unchanged-dialog');
    await dialog.waitFor();
    // It lists every measure it will confirm, with the values it repeats.
    const listed = await dialog
      .locator('li[data-measure]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-measure')));
    expect(listed.sort()).toEqual(['HS-07', 'HS-11', ...NEW_CODES].sort());
    expect(await dialog.locator('li[data-measure="KIR-E2E-1"]').textContent()).toContain(
      'prognos 1\u00a0000 tkr',
    );
    // HS-07 and HS-11 were red: the confirmation asks for their comments.
    await dialog.getByText('2 åtgärder saknar kommentar och bekräftas inte.').waitFor();
    await expectNoAxeViolations(page, 'the confirmation of Alla oförändrade');
    await dialog.getByLabel('Kommentar HS-07').fill('Fortfarande röd: rekryteringen dröjer');
    await dialog.getByLabel('Kommentar HS-11').fill('Oförändrat läge');
    await user.click(dialog.getByRole('button', { name: 'Bekräfta oförändrade' }));
    const status = page.getByTestId('all-unchanged-status');
    await status.getByText('10 åtgärder bekräftade som oförändrade.').waitFor();
    expect(user.count).toBeLessThanOrEqual(5);
    console.log(`interactions to report ten unchanged measures: ${user.count + 2} (2 comments typed)`);
    await page.getByText('10 av 10 inskickade').waitFor();
    // Focus is on the status message, not lost to the page.
    await page.waitForFunction(
      () => document.activeElement?.getAttribute('data-testid') === 'all-unchanged-status',
    );

    const mine = await api<{ items: Item[] }>(page, 'GET', `/api/rounds/${roundId}/my-reports`);
    expect(mine.items).toHaveLength(10);
    for (const item of mine.items) {
      expect(item.current, item.code).toMatchObject({
        isDraft: false,
        isUnchanged: true,
        outcomeYtd: item.previous!.outcomeYtd,
        forecastYear: item.previous!.forecastYear,
        status: item.previous!.status,
      });
    }
    expect(mine.items.find((i) => i.code === 'HS-11')!.current).toMatchObject({ comment: 'Oförändrat läge' });

    // Ångra survives a reload: the page learns from the server which confirmations it may still withdraw.
    await page.reload();
    await page.getByText('10 av 10 inskickade').waitFor();
    await status
      .getByText('10 åtgärder är bekräftade som oförändrade i omgången: ', { exact: false })
      .waitFor();
    await expectNoAxeViolations(page, 'the report page with Ångra after a reload');
    // Ångra: the ten are unreported again, on the page and on the server; focus stays on the status.
    await status.getByRole('button', { name: 'Ångra bekräftelsen av 10 oförändrade' }).click();
    await status.getByText('Ångrat: 10 åtgärder är orapporterade igen.').waitFor();
    await page.getByText('0 av 10 inskickade').waitFor();
    await page.locator('tr[data-measure="KIR-E2E-1"][data-state="notReported"]').waitFor();
    await page.waitForFunction(
      () => document.activeElement?.getAttribute('data-testid') === 'all-unchanged-status',
    );
    const after = await api<{ items: Item[] }>(page, 'GET', `/api/rounds/${roundId}/my-reports`);
    expect(after.items.every((i) => i.current === null)).toBe(true);
    expect(await status.getByTestId('all-unchanged-pending').count()).toBe(0);
    await page.context().close();
  });

  it('asks before submitting a tenfold forecast and submits only on "Spara ändå" (issue 11)', async () => {
    const page = await loggedIn('chef');
    await page.goto(`/planer/${planId}/rapportera`);
    await page.getByLabel('Prognos KIR-E2E-2 (tkr)').fill('10 500');
    await page.getByLabel('Kommentar KIR-E2E-2').fill('Ny bedömning');
    await page.getByRole('button', { name: 'Skicka KIR-E2E-2' }).click();
    const dialog = page.getByTestId('plausibility-dialog');
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain(
      'KIR-E2E-2 Prognos helår: från 1\u00a0000\u00a0tkr till 10\u00a0500\u00a0tkr',
    );
    await dialog.getByRole('button', { name: 'Ändra beloppet' }).click();
    await dialog.waitFor({ state: 'detached' });
    const before = await api<{ items: Item[] }>(page, 'GET', `/api/rounds/${roundId}/my-reports`);
    expect(before.items.find((i) => i.code === 'KIR-E2E-2')!.current?.isDraft ?? true).toBe(true);
    await page.getByRole('button', { name: 'Skicka KIR-E2E-2' }).click();
    await page.getByTestId('plausibility-dialog').getByRole('button', { name: 'Spara ändå' }).click();
    const row = page.locator('tr[data-measure="KIR-E2E-2"]');
    await row.getByTestId('row-state').getByText('Inskickad', { exact: true }).waitFor();
    const mine = await api<{ items: Item[] }>(page, 'GET', `/api/rounds/${roundId}/my-reports`);
    expect(mine.items.find((i) => i.code === 'KIR-E2E-2')!.current).toMatchObject({
      isDraft: false,
      forecastYear: 10_500_000,
    });
    await page.context().close();
  });

  it('works on a phone: one card per measure, the first input in view and fillable, no sideways scroll (issue 11)', async () => {
    const page = await loggedIn('chef');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/planer/${planId}/oversikt`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('link', { name: 'Att rapportera' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Att rapportera' }).waitFor();
    // After the page change the header's top is in view (focus did not scroll it away).
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    const header = await page.locator('.app-header').boundingBox();
    expect(header!.y).toBeGreaterThanOrEqual(0);
    const first = page.locator('tr.report-row').first();
    const input = first.locator('input').first();
    await input.scrollIntoViewIfNeeded();
    const box = (await input.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    expect(box.width).toBeGreaterThan(200);
    expect(await first.locator('.report-cell-label').first().isVisible()).toBe(true);
    await input.fill('123');
    expect(await input.inputValue()).toBe('123');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: '/tmp/report-phone.png', fullPage: false });
    await page.context().close();
  });

  it('saves a draft as one types, checks a red status, and submits', async () => {
    const controller = await loggedIn('controller');
    await createMeasure(controller, 'KIR-E2E-NY');
    await controller.context().close();
    const page = await loggedIn('chef');
    await page.goto(`/planer/${planId}/rapportera`);
    const forecast = page.getByLabel('Prognos KIR-E2E-NY (tkr)');
    await forecast.fill('1 050');
    const row = page.locator('tr[data-measure="KIR-E2E-NY"]');
    await row
      .getByTestId('row-live')
      .getByText(/^Utkast sparat \d\d:\d\d$/)
      .waitFor();
    await page.reload();
    expect(await page.getByLabel('Prognos KIR-E2E-NY (tkr)').inputValue()).toBe('1\u00a0050');
    expect(await row.getByTestId('row-state').textContent()).toBe('Utkast sparat');

    // Red without a comment: the error is at the comment field.
    await page.getByLabel('Status KIR-E2E-NY').selectOption('red');
    await page.getByRole('button', { name: 'Skicka KIR-E2E-NY' }).click();
    const comment = page.getByLabel('Kommentar KIR-E2E-NY');
    expect(await comment.getAttribute('aria-invalid')).toBe('true');
    const describedBy = await comment.getAttribute('aria-describedby');
    expect(await page.locator(`[id="${describedBy}"]`).textContent()).toBe('Status röd kräver en kommentar');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      'Kommentar KIR-E2E-NY',
    );
    await expectNoAxeViolations(page, 'the report page with an error');

    await comment.fill('Rekryteringen dröjer');
    await page.getByRole('button', { name: 'Skicka KIR-E2E-NY' }).click();
    await row.getByTestId('row-state').getByText('Inskickad', { exact: true }).waitFor();
    const mine = await api<{ items: Item[] }>(page, 'GET', `/api/rounds/${roundId}/my-reports`);
    expect(mine.items.find((i) => i.code === 'KIR-E2E-NY')!.current).toMatchObject({
      isDraft: false,
      forecastYear: 1_050_000,
      status: 'red',
    });
    await page.screenshot({ path: '/tmp/report.png', fullPage: true });
    await page.context().close();
  });
});
