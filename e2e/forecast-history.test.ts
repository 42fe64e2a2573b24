import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser, logIn, newPage } from './support/browser';
import { type RunningServer, startDemoServer } from './support/server';
import { toOverview } from './support/session';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startDemoServer(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const text = (value: string | null) => (value ?? '').replaceAll('\u00a0', ' ').trim();

describe('the forecast history', () => {
  it('shows how the plan forecast for 2024 moved (337,0 → 310,7 → 337,0 mnkr) as a chart and a table', async () => {
    const page = await newPage(browser, server.url);
    const user = server.users.politiker!;
    await logIn(page, user.username, user.password);
    await toOverview(page);
    const section = page.getByRole('region', { name: 'Prognosens utveckling 2024' });
    const rows = section.locator('tbody tr');
    await rows.first().waitFor();
    const table = await rows.evaluateAll((trs) =>
      trs.map((tr) => [tr.querySelector('th')?.textContent, tr.querySelector('td')?.textContent]),
    );
    expect(table.map(([period, forecast]) => [text(period ?? null), text(forecast ?? null)])).toEqual([
      ['2024-04', '337,0 mnkr'],
      ['2024-08', '310,7 mnkr'],
      ['2024-12', '337,0 mnkr'],
    ]);
    const chart = section.locator('[role="img"][aria-label]').first();
    expect(text(await chart.getAttribute('aria-label'))).toContain('2024-08: 310,7 mnkr');
    await expectNoAxeViolations(page, 'overview with forecast history');

    await page.goto(`${new URL(page.url()).pathname.replace('/oversikt', '/atgarder')}?ar=2024&q=HS-07`);
    await page.getByRole('link', { name: 'HS-07' }).first().click();
    await page.getByRole('heading', { level: 1, name: /HS-07/ }).waitFor();
    const measureHistory = page.getByRole('region', { name: 'Prognosens utveckling 2024' });
    await measureHistory.locator('tbody tr').first().waitFor();
    expect(await measureHistory.locator('tbody tr').count()).toBe(3);
    await expectNoAxeViolations(page, 'measure page with forecast history');
    await page.context().close();
  });
});
