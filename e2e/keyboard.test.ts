import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser, newPage } from './support/browser';
import { focusedName, tabTo } from './support/keyboard';
import { type RunningServer, startDemoServer } from './support/server';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startDemoServer(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const mnkr = (text: string) => text.replaceAll('\u00a0', ' ');

/**
 * After a navigation the app moves focus to the content once the new view has rendered; a keyboard user
 * continues from there, so wait until the view's heading is shown and a frame has passed.
 */
async function settled(page: Page, heading: RegExp): Promise<void> {
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(null))));
}

describe('the main flow with the keyboard alone', () => {
  it('imports the example plan, finds the Hälso- och sjukvård total, changes a 2024 effect and sees it', async () => {
    const page = await newPage(browser, server.url);
    const user = server.users.controller!;
    await page.goto('/logga-in');

    // Log in.
    await tabTo(page, 'Användarnamn');
    await page.keyboard.type(user.username);
    await tabTo(page, 'Lösenord');
    await page.keyboard.type(user.password);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/oversikt/);
    await settled(page, /^Översikt/);

    // Import the example plan as a new plan (the file is chosen in the system's file dialog).
    await tabTo(page, 'Import och export');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/import$/);
    await settled(page, /^Import och export$/);
    await tabTo(page, /^Excel-fil \(\.xlsx\)/);
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Space')]);
    await chooser.setFiles('demo/exempel-handlingsplan.xlsx');
    await tabTo(page, 'En ny plan');
    await page.keyboard.press('Space');
    await tabTo(page, /^Den nya planens namn/);
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Handlingsplan 2024 (import)');
    await tabTo(page, 'Förhandsgranska');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Bekräfta import' }).waitFor();
    await tabTo(page, 'Bekräfta import');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Importen är klar' }).waitFor();
    await tabTo(page, /^Gå till översikten för Handlingsplan 2024 \(import\)/);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/oversikt/);
    await settled(page, /^Översikt 2025/);

    // Find the Hälso- och sjukvård subtree total for 2024 through the org tree.
    // The imported plan has no target yet, so it opens at this year (2025 within 2023–2025): choose 2024.
    await tabTo(page, 'År');
    expect(await page.getByTestId('year-select').inputValue()).toBe('2025');
    await page.keyboard.press('ArrowUp');
    await page.waitForURL(/ar=2024/);
    // The address changes before the screen has re-rendered: wait for the view of 2024 itself.
    await page.getByRole('heading', { level: 1, name: /^Översikt 2024/ }).waitFor();
    await tabTo(page, 'Hälso- och sjukvård');
    await page.keyboard.press('Enter');
    await page.waitForURL(/enhet=/);
    await page.getByRole('heading', { level: 1, name: 'Översikt 2024 – Hälso- och sjukvård' }).waitFor();
    const planned = page.locator('.key-figure-main [data-kronor]').first();
    await expect.poll(async () => mnkr(await planned.innerText())).toBe('387,0 mnkr');
    const before = Number(await planned.getAttribute('data-kronor'));
    expect(before).toBe(387_000_000);
    await expectNoAxeViolations(page, 'overview of Hälso- och sjukvård');

    // Open the measures of the unit, search for HS-07 and open it from the grid.
    await tabTo(page, 'Åtgärder');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/atgarder\?/);
    await settled(page, /^Åtgärder$/);
    await tabTo(page, /^Sök/);
    await page.keyboard.type('HS-07');
    await page.waitForURL(/q=HS-07/);
    await page.keyboard.press('Tab');
    await tabTo(page, 'HS-07');
    await page.keyboard.press('Enter');
    await settled(page, /HS-07/);

    // Change its 2024 personnel effect from 45 000 tkr to 46 000 tkr.
    await tabTo(page, 'Ändra');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: /Ändra HS-07/ }).waitFor();
    await tabTo(page, 'Personal 2024 (tkr)');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('46 000');
    await tabTo(page, 'Spara ändringarna');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Ändra' }).waitFor();

    // Every total follows: back to the overview of the unit.
    await tabTo(page, 'Översikt', { back: true });
    expect(await focusedName(page)).toBe('Översikt');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/oversikt/);
    await expect
      .poll(async () =>
        Number(await page.locator('.key-figure-main [data-kronor]').first().getAttribute('data-kronor')),
      )
      .toBe(before + 1_000_000);
    expect(mnkr(await page.locator('.key-figure-main [data-kronor]').first().innerText())).toBe('388,0 mnkr');
    await page.context().close();
  });
});
