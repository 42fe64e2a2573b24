import ExcelJS from 'exceljs';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser, logIn, newPage } from './support/browser';
import { focusedName, tabTo } from './support/keyboard';
import { type RunningServer, startDemoServer } from './support/server';
import { toOverview } from './support/session';

let server: RunningServer;
let browser: Browser;
/** An instant before the first save of the demo scenario, for "Visa per". */
let beforeSave: string;

beforeAll(async () => {
  [server, browser] = await Promise.all([startDemoServer(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const DEMO = 'Prognos 2024–2027 (exempel)';
const COPY = 'Prognos med 4 % löneökning';

const text = (value: string | null) =>
  (value ?? '').replaceAll('\u00a0', ' ').replaceAll('\u2212', '-').trim();

async function loggedIn(username: string): Promise<Page> {
  const page = await newPage(browser, server.url);
  const user = server.users[username];
  if (!user) throw new Error(`no demo user ${username}`);
  await logIn(page, user.username, user.password);
  // The start page moves on to the first plan's overview: wait for it, so a click is not overtaken by it.
  await toOverview(page);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  return page;
}

/** A figure of the results table: its text in mnkr and its exact kronor. */
async function figure(page: Page, name: string, year: number) {
  const amount = page.locator(
    `[data-testid="results-table"] tr[data-figure="${name}"] td[data-year="${year}"] .amount`,
  );
  return { text: text(await amount.innerText()), kronor: Number(await amount.getAttribute('data-kronor')) };
}

async function openDemo(page: Page, name = DEMO): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Huvudmeny' })
    .getByRole('link', { name: 'Prognosverktyg' })
    .click();
  await page.getByRole('heading', { level: 1, name: 'Prognosverktyg' }).waitFor();
  await page.getByRole('link', { name }).click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
  await page.getByTestId('results-table').waitFor();
}

/** What pasting `clipboard` into the focused-to-be cell does: the paste event a browser sends. */
async function paste(cell: Locator, clipboard: string): Promise<void> {
  await cell.focus();
  await cell.evaluate((element, value) => {
    const data = new DataTransfer();
    data.setData('text/plain', value);
    element.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
  }, clipboard);
}

const warnsOnLeaving = (page: Page) =>
  page.evaluate(() => {
    const event = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(event);
    return event.defaultPrevented;
  });

describe('the forecast tool (prognosverktyget)', () => {
  it('shows the demo scenario, recalculates as one types, pastes, saves and shows the change after a reload', async () => {
    const page = await loggedIn('controller');
    await openDemo(page);
    await expectNoAxeViolations(page, 'scenario editor');

    expect(await figure(page, 'result', 2024)).toEqual({ text: '81,9 mnkr', kronor: 81_885_588 });
    expect(await figure(page, 'goal', 2024)).toEqual({ text: '275,5 mnkr', kronor: 275_544_000 });
    expect(await figure(page, 'requiredPlan', 2024)).toEqual({ text: '751,4 mnkr', kronor: 751_358_412 });
    const planChart = page.getByTestId('chart-plan');
    const chartLabel = () => planChart.locator('[role="img"]').getAttribute('aria-label');
    const chartTableRequired = planChart.locator(
      'tr[data-year="2024"] td[data-figure="requiredPlan"] .amount',
    );
    expect(text(await chartLabel())).toContain('2024 behövs 751,4 mnkr, planerad nivå 557,7 mnkr');
    expect(await chartTableRequired.getAttribute('data-kronor')).toBe('751358412');

    // One point more wage growth in 2024: the required plan rises by N⁰ 2023 · 0.45 · 0.01 · 1.004 = 61 653 983 kr.
    const wage2024 = page.getByLabel('Löneökning (%) 2024', { exact: true });
    expect(await wage2024.inputValue()).toBe('4');
    await wage2024.fill('5');
    await expect.poll(async () => (await figure(page, 'requiredPlan', 2024)).kronor).toBe(813_012_395);
    expect((await figure(page, 'requiredPlan', 2024)).text).toBe('813,0 mnkr');
    expect(813_012_395 - 751_358_412).toBe(61_653_983);
    expect(text(await chartLabel())).toContain('2024 behövs 813,0 mnkr');
    expect(await chartTableRequired.getAttribute('data-kronor')).toBe('813012395');
    await page.getByTestId('unsaved').waitFor();
    expect(await warnsOnLeaving(page)).toBe(true);

    // A block from a spreadsheet, laid over the table from the focused cell: price growth 2025–2026.
    const price2025 = page.getByLabel('Prisökning (%) 2025', { exact: true });
    await paste(price2025, '2,6\t2,3\r\n');
    await expect.poll(() => price2025.inputValue()).toBe('2,6');
    expect(await page.getByLabel('Prisökning (%) 2026', { exact: true }).inputValue()).toBe('2,3');
    expect(text(await page.getByTestId('table-status').innerText())).toBe('2 celler inklistrade.');
    // A bad cell changes nothing and says where it is.
    await paste(price2025, '2,7\t2,4\n45\ttre');
    expect(text(await page.getByTestId('paste-error').innerText())).toBe(
      'Inklistringen gick inte: rad 2, kolumn 2: "tre" är inte ett procenttal; inget ändrades',
    );
    expect(await price2025.inputValue()).toBe('2,6');
    // A table with years and labels is filled in by label, wherever it is pasted.
    await paste(price2025, 'Antagande\t2027\nLöneökning (%)\t3,5\n');
    await expect.poll(() => page.getByLabel('Löneökning (%) 2027', { exact: true }).inputValue()).toBe('3,5');

    // Typing revenue as an amount clears that year's growth, and the screen says so.
    await page
      .getByLabel('Skatteintäkter och generella statsbidrag (mnkr) 2026', { exact: true })
      .fill('14 800');
    expect(
      await page
        .getByLabel('Ökning skatteintäkter och generella statsbidrag (%) 2026', { exact: true })
        .inputValue(),
    ).toBe('');
    expect(text(await page.getByTestId('table-status').innerText())).toBe(
      'Ökningen 2026 tömdes eftersom du angav skatteintäkterna som belopp.',
    );
    await expectNoAxeViolations(page, 'scenario editor with changes');

    beforeSave = new Date().toISOString();
    await page.getByRole('button', { name: 'Spara', exact: true }).click();
    await page.getByTestId('notice').getByText('Scenariot är sparat.').waitFor();
    expect(await page.getByTestId('unsaved').count()).toBe(0);
    expect(await warnsOnLeaving(page)).toBe(false);

    await page.reload();
    await page.getByTestId('results-table').waitFor();
    expect(await page.getByLabel('Löneökning (%) 2024', { exact: true }).inputValue()).toBe('5');
    expect(await page.getByLabel('Prisökning (%) 2026', { exact: true }).inputValue()).toBe('2,3');
    expect(
      await page
        .getByLabel('Skatteintäkter och generella statsbidrag (mnkr) 2026', { exact: true })
        .inputValue(),
    ).toBe('14\u00a0800');
    expect(await figure(page, 'requiredPlan', 2024)).toEqual({ text: '813,0 mnkr', kronor: 813_012_395 });
    await page.context().close();
  });

  it('shows the scenario as it was before the save, read-only, with "Visa per"', async () => {
    const page = await loggedIn('controller');
    await openDemo(page);
    const id = new URL(page.url()).pathname.split('/').at(-1);
    await page.goto(`/prognosverktyg/${id}?per=${encodeURIComponent(beforeSave)}`);
    await page.getByTestId('as-of-banner').waitFor();
    await page.getByTestId('results-table').waitFor();
    expect(await figure(page, 'requiredPlan', 2024)).toEqual({ text: '751,4 mnkr', kronor: 751_358_412 });
    expect(await page.getByTestId('assumption-table').locator('input').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Spara', exact: true }).count()).toBe(0);
    await expectNoAxeViolations(page, 'scenario as of before the save');
    await page.context().close();
  });

  it('copies a scenario, changes the copy and compares the two side by side', async () => {
    const page = await loggedIn('controller');
    await page.goto('/prognosverktyg');
    await page.getByRole('heading', { level: 1, name: 'Prognosverktyg' }).waitFor();
    await expectNoAxeViolations(page, 'scenario list');
    await page.getByRole('button', { name: `Kopiera ${DEMO}` }).click();
    const dialog = page.getByTestId('confirm-dialog');
    await dialog.getByLabel('Kopians namn').fill(COPY);
    await dialog.getByRole('button', { name: 'Spara kopian' }).click();
    await page.getByText(`Kopian ”${COPY}” är sparad.`).waitFor();

    await page.getByRole('link', { name: COPY }).click();
    await page.getByRole('heading', { level: 1, name: COPY }).waitFor();
    await page.getByTestId('results-table').waitFor();
    await page.getByLabel('Löneökning (%) 2024', { exact: true }).fill('4');
    await expect.poll(async () => (await figure(page, 'requiredPlan', 2024)).kronor).toBe(751_358_412);
    await page.getByRole('button', { name: 'Spara', exact: true }).click();
    await page.getByTestId('notice').waitFor();

    await page.getByRole('link', { name: 'Prognosverktyg' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Prognosverktyg' }).waitFor();
    await page.getByLabel(`Välj ${DEMO} för jämförelse`).check();
    await page.getByLabel(`Välj ${COPY} för jämförelse`).check();
    await page.getByRole('button', { name: /^Jämför valda/ }).click();
    await page.waitForURL(/\/prognosverktyg\/jamfor\?ids=/);
    const required = page.locator('[data-figure="requiredPlan"]');
    await required.locator('tbody tr').first().waitFor();
    const headings = await required.locator('thead th').allInnerTexts();
    const row2024 = await required.locator('tr[data-year="2024"] td').allInnerTexts();
    const byName = Object.fromEntries(headings.slice(1).map((name, i) => [name, text(row2024[i] ?? null)]));
    expect(byName).toEqual({ [DEMO]: '813,0 mnkr', [COPY]: '751,4 mnkr' });
    await expectNoAxeViolations(page, 'scenario comparison');
    await page.context().close();
  });

  it('imports assumptions from an .xlsx into the table (unsaved) and exports the saved scenario', async () => {
    const page = await loggedIn('controller');
    await openDemo(page, COPY);
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Antaganden');
    sheet.addRow(['Antagande', 2025, 2026]);
    sheet.addRow(['Volymförändring (%)', 0.5, 0.6]);
    const file = Buffer.from(await workbook.xlsx.writeBuffer());
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: 'Importera antaganden från Excel' }).click(),
    ]);
    await chooser.setFiles({
      name: 'antaganden.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: file,
    });
    await page.getByText(/^2 värden från bladet Antaganden är inlagda i tabellen/).waitFor();
    expect(await page.getByLabel('Volymförändring (%) 2025', { exact: true }).inputValue()).toBe('0,5');
    expect(await page.getByLabel('Volymförändring (%) 2024', { exact: true }).inputValue()).toBe('0,4');
    await page.getByTestId('unsaved').waitFor();
    await page.getByText('Exporten visar den sparade versionen, utan dina osparade ändringar.').waitFor();

    for (const [name, type] of [
      ['Exportera till Excel', 'spreadsheetml'],
      ['Exportera till PDF', 'application/pdf'],
    ] as const) {
      const href = await page.getByRole('link', { name }).getAttribute('href');
      const response = await page.request.get(href ?? '');
      expect(response.status(), name).toBe(200);
      expect(response.headers()['content-type']).toContain(type);
    }
    await page.context().close();
  });

  it('meets a change saved meanwhile with the conflict dialog and keeps what the user typed', async () => {
    const page = await loggedIn('controller');
    await openDemo(page, COPY);
    const id = new URL(page.url()).pathname.split('/').at(-1) ?? '';
    await page.getByLabel('Finansnetto (mnkr) 2024', { exact: true }).fill('-20');
    // Someone else saves the scenario: another name and another 2024 financial net.
    const session = (await (await page.request.get('/api/auth/session')).json()) as { csrfToken: string };
    const stored = (await (await page.request.get(`/api/scenarios/${id}`)).json()) as {
      version: number;
      input: { years: Record<string, Record<string, number>> };
    };
    const input = structuredClone(stored.input);
    (input.years['2024'] as Record<string, number>).financialNet = -30_000_000;
    const changed = await page.request.patch(`/api/scenarios/${id}`, {
      headers: { 'X-CSRF-Token': session.csrfToken },
      data: { version: stored.version, name: `${COPY} (ändrad)`, input },
    });
    expect(changed.status()).toBe(200);

    await page.getByRole('button', { name: 'Spara', exact: true }).click();
    const dialog = page.getByTestId('conflict-dialog');
    await dialog.getByRole('heading', { name: 'Scenariot har ändrats av någon annan' }).waitFor();
    await expectNoAxeViolations(page, 'scenario conflict dialog');
    const row = dialog.locator('tr', { hasText: 'Finansnetto (mnkr) 2024' });
    expect(text(await row.innerText())).toContain('-20');
    expect(text(await row.innerText())).toContain('-30');
    expect(await row.getByRole('radio', { name: 'Min ändring' }).isChecked()).toBe(true);
    await dialog.getByRole('button', { name: 'Spara det valda' }).click();
    await page.getByTestId('notice').getByText('Scenariot är sparat.').waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: `${COPY} (ändrad)` }).waitFor();
    expect(await page.getByLabel('Finansnetto (mnkr) 2024', { exact: true }).inputValue()).toBe('\u221220');
    // Back to the name the other tests use.
    await page.getByLabel('Namn', { exact: true }).fill(COPY);
    await page.getByRole('button', { name: 'Spara', exact: true }).click();
    await page.getByTestId('notice').getByText('Scenariot är sparat.').waitFor();
    await page.context().close();
  });

  it('creates a new scenario from an empty table', async () => {
    const page = await loggedIn('admin');
    await page.goto('/prognosverktyg');
    await page.getByRole('link', { name: 'Nytt scenario' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nytt scenario' }).waitFor();
    await page.getByRole('button', { name: 'Spara scenariot' }).click();
    // Nothing is saved while something is missing, and every missing field says so.
    await page.getByTestId('save-failure').waitFor();
    expect(await page.locator('[aria-invalid="true"]').count()).toBeGreaterThan(10);
    await page.getByLabel('Namn', { exact: true }).fill('Nytt e2e-scenario');
    await page.getByLabel('Basår', { exact: true }).fill('2024');
    await page.getByLabel('Skatteintäkter och generella statsbidrag basåret (mnkr)').fill('10 000');
    await page.getByLabel('Nettokostnad basåret (mnkr)').fill('10 100');
    await paste(
      page.getByLabel('Ökning skatteintäkter och generella statsbidrag (%) 2025', { exact: true }),
      ['3,5\t3,5\t3,5', '\t\t', '3\t3\t3', '45\t45\t45', '2\t2\t2', '50\t50\t50', '0\t0\t0'].join('\n'),
    );
    await expect.poll(async () => (await figure(page, 'result', 2025)).text).not.toBe('');
    await expectNoAxeViolations(page, 'new scenario');
    await page.getByRole('button', { name: 'Spara scenariot' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nytt e2e-scenario' }).waitFor();
    await page.getByTestId('notice').getByText('Scenariot är sparat.').waitFor();
    expect(page.url()).toMatch(/\/prognosverktyg\/[0-9a-f-]{36}$/);
    await page.context().close();
  });

  it('lets a politician try other assumptions and see what they give, but save nothing', async () => {
    const page = await loggedIn('politiker');
    await openDemo(page);
    expect(await page.getByRole('link', { name: 'Nytt scenario' }).count()).toBe(0);
    await page.getByText('Du kan pröva andra antaganden i tabellen').waitFor();
    expect(await page.getByRole('button', { name: 'Spara', exact: true }).count()).toBe(0);
    expect(await figure(page, 'requiredPlan', 2024)).toEqual({ text: '813,0 mnkr', kronor: 813_012_395 });
    // One point less wage growth than saved: back to the demo's 751,4 mnkr, on the screen only.
    await page.getByLabel('Löneökning (%) 2024', { exact: true }).fill('4');
    await expect.poll(async () => (await figure(page, 'requiredPlan', 2024)).kronor).toBe(751_358_412);
    await page.getByText('Siffrorna visar dina egna antaganden. De sparas inte.').waitFor();
    await expectNoAxeViolations(page, 'scenario tried by a reader');
    await page.getByRole('button', { name: 'Återställ de sparade antagandena' }).click();
    await expect.poll(async () => (await figure(page, 'requiredPlan', 2024)).kronor).toBe(813_012_395);
    expect(await page.getByLabel('Löneökning (%) 2024', { exact: true }).inputValue()).toBe('5');
    await page.reload();
    await page.getByTestId('results-table').waitFor();
    expect(await figure(page, 'requiredPlan', 2024)).toEqual({ text: '813,0 mnkr', kronor: 813_012_395 });
    await page.context().close();
  });
});

describe('the forecast tool with the keyboard alone', () => {
  it('reaches the editor, moves in the table with arrow keys and Enter, changes a cell and saves', async () => {
    const page = await loggedIn('admin');
    await tabTo(page, 'Prognosverktyg');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Prognosverktyg' }).waitFor();
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(null))));
    await tabTo(page, COPY);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: COPY }).waitFor();
    await page.getByTestId('results-table').waitFor();
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(null))));

    const before = (await figure(page, 'requiredPlan', 2025)).kronor;
    await tabTo(page, 'Löneökning (%) 2025');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('4,6');
    await page.keyboard.press('ArrowDown');
    expect(await focusedName(page)).toBe('Personalkostnadernas andel (%) 2025');
    await page.keyboard.press('Enter');
    expect(await focusedName(page)).toBe('Prisökning (%) 2025');
    await page.keyboard.press('ArrowLeft');
    expect(await focusedName(page)).toBe('Prisökning (%) 2025');
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowLeft');
    expect(await focusedName(page)).toBe('Prisökning (%) 2024');
    await page.keyboard.press('Tab');
    expect(await focusedName(page)).toBe('Prisökning (%) 2025');
    // One point more wage growth in 2025 than the copy's 3,6 %: the required plan of 2025 rises.
    await expect.poll(async () => (await figure(page, 'requiredPlan', 2025)).kronor).toBeGreaterThan(before);

    await tabTo(page, 'Spara', { back: true, limit: 200 });
    await page.keyboard.press('Enter');
    await page.getByTestId('notice').getByText('Scenariot är sparat.').waitFor();
    await page.reload();
    await page.getByTestId('results-table').waitFor();
    expect(await page.getByLabel('Löneökning (%) 2025', { exact: true }).inputValue()).toBe('4,6');
    await page.context().close();
  });
});
