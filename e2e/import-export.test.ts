import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser } from './support/browser';
import { type RunningServer, startDemoServer } from './support/server';
import { loggedInPage } from './support/session';

const DEMO_PLAN = 'En hållbar framtid 2023–2025';
const NEW_PLAN = 'Importerad plan 2024';

let server: RunningServer;
let browser: Browser;
let files: string;

beforeAll(async () => {
  [server, browser] = await Promise.all([startDemoServer(), launchBrowser()]);
  files = await mkdtemp(path.join(tmpdir(), 'balans-e2e-import-'));
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (files) await rm(files, { recursive: true, force: true });
});

const loggedIn = (username: string) => loggedInPage(browser, server, username);

/** The demo plan with a text in an amount cell (Drift 2024, row 5) and an empty Kod (row 7). */
async function brokenDemoFile(): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await readFile('demo/exempel-handlingsplan.xlsx')) as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet('Åtgärder')!;
  const headers = sheet.getRow(1).values as unknown[];
  sheet.getRow(5).getCell(headers.indexOf('Drift 2024 (tkr)')).value = 'ungefär hälften';
  sheet.getCell('A7').value = null;
  const file = path.join(files, 'trasig-plan.xlsx');
  await writeFile(file, Buffer.from(await workbook.xlsx.writeBuffer()));
  return file;
}

async function planNames(page: Page): Promise<string[]> {
  const response = await page.request.get('/api/plans');
  return ((await response.json()) as { name: string }[]).map((plan) => plan.name);
}

async function focusedId(page: Page): Promise<string | null> {
  return page.locator('*:focus').getAttribute('id');
}

/** The rows of an issue table as `cell — message`. */
async function issueRows(page: Page, testId: string): Promise<string[]> {
  return page
    .getByTestId(testId)
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) => `${row.children[0]?.textContent} — ${row.children[1]?.textContent}`),
    );
}

describe('the import and export page', () => {
  it('shows every cell error of a broken file and imports nothing', async () => {
    const page = await loggedIn('controller');
    await page.goto('/import');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Import och export');
    expect(await page.title()).toBe('Import och export – Balans');
    await expectNoAxeViolations(page, 'import, tom');
    const plansBefore = await planNames(page);

    await page.getByLabel('Excel-fil (.xlsx)').setInputFiles(await brokenDemoFile());
    await page.getByLabel('En ny plan').check();
    await page.getByLabel('Den nya planens namn').fill('Trasig plan');
    await page.getByRole('button', { name: 'Förhandsgranska' }).click();

    const heading = page.getByRole('heading', { name: 'Förhandsgranskning: trasig-plan.xlsx → Trasig plan' });
    await heading.waitFor();
    expect(await focusedId(page)).toBe('import-preview-heading');
    expect(await page.locator('.import-step .alert-error').textContent()).toContain(
      'Filen har 2 fel. Inget har importerats.',
    );
    expect(await issueRows(page, 'import-errors')).toEqual([
      'Åtgärder!S5 — Drift 2024 (tkr): "ungefär hälften" är inte ett belopp',
      'Åtgärder!A7 — Kod saknas; varje åtgärd behöver en kod',
    ]);
    expect(await page.getByRole('button', { name: 'Bekräfta import' }).count()).toBe(0);
    await expectNoAxeViolations(page, 'import, förhandsgranskning med fel');
    expect(await planNames(page)).toEqual(plansBefore);
    await page.context().close();
  });

  it('imports a good file as a new plan after a preview, with progress, and links to the plan', async () => {
    const page = await loggedIn('controller');
    await page.goto('/import');
    // Slow the network's answers (not the upload) so that the "server is reading" phase can be seen.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    const throttle = (latency: number) =>
      cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency,
        downloadThroughput: -1,
        uploadThroughput: -1,
      });
    await throttle(1500);
    // Drag and drop chooses the file as the input does (the test builds the drop in the page).
    const dropped = await page.evaluateHandle(
      '(() => { const d = new DataTransfer(); d.items.add(new File(["PK"], "släppt.xlsx")); return d; })()',
    );
    await page.getByTestId('drop-zone').dispatchEvent('drop', { dataTransfer: dropped });
    expect(await page.getByTestId('chosen-file').textContent()).toBe('Vald fil: släppt.xlsx (1 kB)');
    expect(await page.getByLabel('Den nya planens namn').inputValue()).toBe('släppt');
    await page.getByLabel('Den nya planens namn').fill('');
    await page.getByLabel('Excel-fil (.xlsx)').setInputFiles('demo/exempel-handlingsplan.xlsx');
    expect(await page.getByTestId('chosen-file').textContent()).toBe(
      'Vald fil: exempel-handlingsplan.xlsx (10 kB)',
    );
    await page.getByLabel('Den nya planens namn').fill(NEW_PLAN);
    await page.getByRole('button', { name: 'Förhandsgranska' }).click();
    await page.getByRole('status').filter({ hasText: 'Servern läser filen …' }).waitFor();
    expect(await page.getByRole('progressbar', { name: 'Servern läser filen' }).count()).toBe(1);
    await throttle(0);

    await page
      .getByRole('heading', { name: `Förhandsgranskning: exempel-handlingsplan.xlsx → ${NEW_PLAN}` })
      .waitFor();
    expect(await focusedId(page)).toBe('import-preview-heading');
    expect(await page.getByTestId('count-created').textContent()).toBe('29');
    expect(await page.getByTestId('count-changed').textContent()).toBe('0');
    expect(await page.getByTestId('count-unchanged').textContent()).toBe('0');
    expect(await page.getByTestId('count-units').textContent()).toBe('0');
    expect(await page.locator('.import-codes').first().textContent()).toContain('HS-01, HS-02');
    expect(await planNames(page)).not.toContain(NEW_PLAN);
    await expectNoAxeViolations(page, 'import, förhandsgranskning utan fel');

    await page.getByRole('button', { name: 'Bekräfta import' }).click();
    await page.getByRole('heading', { name: 'Importen är klar' }).waitFor();
    expect(await focusedId(page)).toBe('import-result-heading');
    expect(await page.getByTestId('import-result').textContent()).toBe(
      `Planen ${NEW_PLAN}: 29 nya åtgärder, 0 ändrade och 0 oförändrade.`,
    );
    expect(await planNames(page)).toContain(NEW_PLAN);
    // The export list shows the new plan at once.
    await page.getByRole('link', { name: `Exportera till Excel: ${NEW_PLAN}` }).waitFor();
    await expectNoAxeViolations(page, 'import, resultat');

    await page.getByRole('link', { name: `Gå till översikten för ${NEW_PLAN}` }).click();
    await page.waitForURL(/\/planer\/[^/]+\/oversikt/);
    const option = page.getByTestId('plan-select').locator('option:checked');
    expect(await option.textContent()).toBe(NEW_PLAN);
    await page.context().close();
  });

  it('exports the demo plan and re-imports it into the same plan with nothing to create or update', async () => {
    const page = await loggedIn('controller');
    await page.goto('/import');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: `Exportera till Excel: ${DEMO_PLAN}` }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${DEMO_PLAN}.xlsx`);
    const exported = path.join(files, download.suggestedFilename());
    await download.saveAs(exported);

    await page.getByLabel('Excel-fil (.xlsx)').setInputFiles(exported);
    await page.getByLabel('En befintlig plan').check();
    await page.getByLabel('Plan', { exact: true }).selectOption({ label: DEMO_PLAN });
    await page.getByRole('button', { name: 'Förhandsgranska' }).click();
    await page
      .getByRole('heading', { name: `Förhandsgranskning: ${DEMO_PLAN}.xlsx → ${DEMO_PLAN}` })
      .waitFor();
    expect(await page.getByTestId('count-created').textContent()).toBe('0');
    expect(await page.getByTestId('count-changed').textContent()).toBe('0');
    // The 29 measures of the workbook and HS-14, added in the demo's history and cancelled since.
    expect(await page.getByTestId('count-unchanged').textContent()).toBe('30');
    expect(await page.getByTestId('count-units').textContent()).toBe('0');
    expect(await page.getByTestId('import-errors').count()).toBe(0);

    await page.getByRole('button', { name: 'Bekräfta import' }).click();
    await page.getByRole('heading', { name: 'Importen är klar' }).waitFor();
    expect(await page.getByTestId('import-result').textContent()).toBe(
      `Planen ${DEMO_PLAN}: 0 nya åtgärder, 0 ändrade och 30 oförändrade.`,
    );
    await page.context().close();
  });

  it('shows a reader only the export, with the reason', async () => {
    const page = await loggedIn('politiker');
    await page.goto('/import');
    await page.getByRole('heading', { name: 'Exportera till Excel' }).waitFor();
    expect(await page.getByLabel('Excel-fil (.xlsx)').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Förhandsgranska' }).count()).toBe(0);
    expect(await page.getByTestId('no-import-access').textContent()).toContain(
      'Import av en hel plan kräver rollen administratör eller controller för hela organisationen',
    );
    const link = page.getByRole('link', { name: `Exportera till Excel: ${DEMO_PLAN}` });
    expect(await link.getAttribute('href')).toMatch(/^\/api\/plans\/[0-9a-f-]{36}\/export$/);
    await expectNoAxeViolations(page, 'import, läsare');
    await page.context().close();
  });
});
