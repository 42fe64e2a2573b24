import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/browser';
import { demoBrowser } from './support/demo-browser';

let planId = '';

const NBSP = '\u00a0';

const { loggedIn } = demoBrowser();

const figure = (page: Page, label: string) =>
  page
    .locator('.board-report-figures .key-figure', { has: page.getByText(label, { exact: true }) })
    .locator('dd')
    .first();

describe('the board report (nämndrapport)', () => {
  it('shows the demo’s figures for 2024-08, takes the controller’s analysis, and publishes it frozen', async () => {
    const page = await loggedIn('controller');
    await page.waitForURL(/\/planer\/[^/]+\/oversikt/);
    planId = /\/planer\/([^/]+)\//.exec(page.url())?.[1] ?? '';
    await page.getByRole('link', { name: 'Nämndrapport' }).click();
    await page.getByLabel('Period').selectOption('2024-08');
    await page.getByRole('heading', { level: 1, name: 'Nämndrapport 2024-08 – Exempelregionen' }).waitFor();
    expect(await figure(page, 'Mål').textContent()).toContain(`500,0${NBSP}mnkr`);
    expect(await figure(page, 'Prognos').textContent()).toContain(`310,7${NBSP}mnkr`);
    expect(await figure(page, 'Avvikelse mot målet').textContent()).toContain(`−189,3${NBSP}mnkr`);
    // Every figure leads to the measures behind it.
    expect(await figure(page, 'Prognos').locator('a').getAttribute('href')).toContain(
      `/planer/${planId}/atgarder`,
    );
    await expectNoAxeViolations(page, 'the board report');

    const unit = page.locator('article', {
      has: page.getByRole('heading', { name: 'Hälso- och sjukvård', exact: true }),
    });
    await unit.getByRole('button', { name: 'Skriv analys' }).click();
    await unit
      .getByLabel('Analys för Hälso- och sjukvård')
      .fill('Prognosen sjunker; hyrpersonalen är skälet.');
    await unit.getByRole('button', { name: 'Spara analysen' }).click();
    await unit.getByText('Analysen är sparad.').waitFor();
    await unit.getByText('Prognosen sjunker; hyrpersonalen är skälet.').waitFor();

    await page.getByRole('button', { name: 'Publicera…' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Sammanträdesdatum').fill('2024-09-24');
    await expectNoAxeViolations(page, 'the publish dialog');
    await dialog.getByRole('button', { name: 'Publicera', exact: true }).click();
    await page.waitForURL(/\/namndrapporter\/[^/]+$/);
    await page.getByText(/Utfärdad version/).waitFor();
    expect(await figure(page, 'Prognos').textContent()).toContain(`310,7${NBSP}mnkr`);
    await page.getByText('Prognosen sjunker; hyrpersonalen är skälet.').waitFor();
    const pdf = await page.getByRole('link', { name: 'PDF (tillgänglig)' }).getAttribute('href');
    const response = await page.request.get(pdf!);
    expect(response.headers()['content-type']).toContain('application/pdf');
    expect((await response.body()).subarray(0, 5).toString()).toBe('%PDF-');
    await expectNoAxeViolations(page, 'a published board report');
  });

  it('a politician (reader) lands on the latest published report, and it fits a phone', async () => {
    const page = await loggedIn('politiker');
    await page.waitForURL(/\/namndrapporter\/[^/]+$/);
    await page.getByText(/Utfärdad version/).waitFor();
    expect(await page.getByRole('button', { name: 'Skriv analys' }).count()).toBe(0);
    await page.setViewportSize({ width: 390, height: 844 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page, 'a published report on a phone');
  });
});
