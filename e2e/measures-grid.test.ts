import type { Browser, Page } from 'playwright-core';
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

const NBSP = '\u00a0';

async function loggedIn(username: string): Promise<Page> {
  const page = await newPage(browser, server.url);
  const user = server.users[username];
  if (!user) throw new Error(`no demo user ${username}`);
  await logIn(page, user.username, user.password);
  await toOverview(page);
  return page;
}

/** Opens the grid of the demo plan for 2024 (with extra query parameters) and waits for its rows. */
async function openGrid(page: Page, query = ''): Promise<string> {
  const planId = /\/planer\/([^/]+)\//.exec(page.url())?.[1];
  if (!planId) throw new Error(`no plan in ${page.url()}`);
  await page.goto(`/planer/${planId}/atgarder?ar=2024${query}`);
  await page.getByRole('grid').waitFor();
  await page.locator('.measures-grid tbody tr[data-measure]').first().waitFor();
  return planId;
}

/** The codes of the measure rows in the DOM, in order. */
function codes(page: Page): Promise<string[]> {
  return page.locator('.measures-grid tbody tr[data-measure] th').allTextContents();
}

/** `row,col` of the focused grid cell (rows from 0 = the header). */
function activeCell(page: Page): Promise<string> {
  return page.evaluate<string>(
    "[document.activeElement?.dataset.row, document.activeElement?.dataset.col].join(',')",
  );
}

/** The cell of a measure (by code) in a column (by its data-column id). */
function cell(page: Page, code: string, column: string) {
  return page
    .locator('.measures-grid tbody tr[data-measure]')
    .filter({ has: page.locator('th', { hasText: new RegExp(`^${code}$`) }) })
    .locator(`[data-column="${column}"]`);
}

async function waitForTotalsToAgree(page: Page): Promise<void> {
  await page.getByTestId('grid-totals').getByText('stämmer').waitFor();
}

describe('the measures grid', () => {
  it('lists the plan, sums to the server roll-up, filters, searches, sorts and groups', async () => {
    const page = await loggedIn('controller');
    await openGrid(page);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Åtgärder');
    expect(await page.title()).toBe('Åtgärder – Balans');
    const grid = page.getByRole('grid');
    const rowCount = Number(await grid.getAttribute('aria-rowcount'));
    expect(rowCount).toBe((await page.locator('tbody tr[data-measure]').count()) + 2);
    expect(Number(await grid.getAttribute('aria-colcount'))).toBe(
      await page.locator('.measures-grid thead th').count(),
    );

    // The total equals the server's summary for the whole organisation.
    await waitForTotalsToAgree(page);
    expect(await page.getByTestId('grid-total').textContent()).toBe(`557,7${NBSP}mnkr`);
    expect(await page.getByTestId('summary-total').textContent()).toBe(`557,7${NBSP}mnkr`);

    // The unit from the org tree: the Hälso- och sjukvård subtree.
    const tree = page.getByRole('navigation', { name: 'Organisation' });
    await tree.getByRole('link', { name: 'Hälso- och sjukvård' }).click();
    await page.waitForURL(/enhet=/);
    await page.getByTestId('grid-context').getByText('Hälso- och sjukvård').waitFor();
    await waitForTotalsToAgree(page);
    expect(await page.getByTestId('grid-total').textContent()).toBe(`387,0${NBSP}mnkr`);
    expect(await page.getByTestId('summary-total').textContent()).toBe(`387,0${NBSP}mnkr`);
    const exact = await page.getByTestId('grid-total').locator('[data-kronor]').getAttribute('data-kronor');
    expect(await page.getByTestId('summary-total').locator('[data-kronor]').getAttribute('data-kronor')).toBe(
      exact,
    );
    const inUnit = await codes(page);
    expect(inUnit.length).toBeGreaterThan(5);
    expect(inUnit.every((code) => code.startsWith('HS'))).toBe(true);

    // Free-text search over title (and code, responsible, unit); kept in the address.
    await page.getByLabel('Sök').fill('hyrpersonal');
    await page.waitForURL(/q=hyrpersonal/);
    await expect.poll(() => codes(page)).toEqual(['HS-03']);
    expect(await page.getByTestId('grid-totals').textContent()).toContain('filtren begränsar listan');
    await page.getByLabel('Sök').fill('');
    await page.waitForURL((url) => !url.search.includes('q='));
    await expect.poll(() => codes(page)).toEqual(inUnit);

    // A select filter.
    await page.getByRole('combobox', { name: 'Kategori' }).selectOption('strategic');
    await page.waitForURL(/kategori=strategic/);
    const categories = page.locator('tbody tr[data-measure] [data-column="category"]');
    await expect
      .poll(() => categories.allTextContents())
      .toSatisfy((list: string[]) => list.length > 0 && list.every((c) => c === 'strategisk'));
    expect(await categories.count()).toBeLessThan(inUnit.length);
    await page.getByRole('button', { name: 'Rensa filter' }).click();
    await page.waitForURL((url) => !url.search.includes('kategori='));
    await expect.poll(() => codes(page)).toEqual(inUnit);

    // Sorting by clicking a column header; the direction is announced with aria-sort.
    const codeHeader = page.getByRole('columnheader', { name: /^Kod/ });
    await codeHeader.click();
    await page.waitForURL(/sortera=code%3Aasc/);
    await expect.poll(() => codeHeader.getAttribute('aria-sort')).toBe('ascending');
    await codeHeader.click();
    await page.waitForURL(/sortera=code%3Adesc/);
    await expect.poll(() => codeHeader.getAttribute('aria-sort')).toBe('descending');
    await expect.poll(() => codes(page)).toEqual([...inUnit].reverse());
    await page.getByRole('columnheader', { name: /^Planerad nivå 2024/ }).click();
    await page.waitForURL(/sortera=planned%3Aasc/);
    await expect
      .poll(() => page.getByRole('columnheader', { name: /^Planerad nivå 2024/ }).getAttribute('aria-sort'))
      .toBe('ascending');
    const planned = (
      await page
        .locator('tbody tr[data-measure] [data-column="planned"] [data-kronor]')
        .evaluateAll((cells) => cells.map((c) => Number(c.getAttribute('data-kronor'))))
    ).filter((n) => !Number.isNaN(n));
    expect(planned).toEqual([...planned].sort((a, b) => a - b));

    // Grouped by unit: a tree from the chosen unit, whose top subtotal is the total, which still equals the
    // server's (every level's subtotal is the subtree: e2e/measures-grid-trust.test.ts).
    await page.getByLabel('Gruppera').selectOption('unit');
    await page.waitForURL(/gruppera=enhet/);
    await page.locator('.grid-group-row').first().waitFor();
    // (With the default columns the planned effect is the first amount of a group row.)
    const groupSums = await page
      .locator('.grid-group-row')
      .evaluateAll((rows) =>
        rows.map((row) => Number(row.querySelector('[data-kronor]')?.getAttribute('data-kronor'))),
      );
    expect(groupSums.length).toBeGreaterThan(1);
    expect(
      await page.locator('.grid-group-row[aria-level="1"] [data-kronor]').first().getAttribute('data-kronor'),
    ).toBe(exact);
    await waitForTotalsToAgree(page);

    // The whole view is in the address: opening it again shows the same.
    const address = page.url();
    await page.goto(address);
    await page.getByRole('treegrid').waitFor();
    expect(await page.getByLabel('Gruppera').inputValue()).toBe('unit');
    expect(await page.locator('.grid-group-row').count()).toBe(groupSums.length);
    await expectNoAxeViolations(page, 'åtgärdslistan grupperad per enhet');
    await page.context().close();
  });

  it('moves between cells with the keyboard like a spreadsheet and has no axe violations', async () => {
    const page = await loggedIn('controller');
    await openGrid(page);
    await expectNoAxeViolations(page, 'åtgärdslistan');
    const tabbable = page.locator('.measures-grid [tabindex="0"]');
    expect(await tabbable.count()).toBe(1);
    await cell(page, 'HS-01', 'orgUnit').click();
    const start = await activeCell(page);
    const [row, col] = start.split(',').map(Number) as [number, number];
    await page.keyboard.press('ArrowRight');
    expect(await activeCell(page)).toBe(`${row},${col + 1}`);
    await page.keyboard.press('ArrowDown');
    expect(await activeCell(page)).toBe(`${row + 1},${col + 1}`);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowUp');
    expect(await activeCell(page)).toBe(start);
    await page.keyboard.press('Home');
    expect(await activeCell(page)).toBe(`${row},0`);
    await page.keyboard.press('End');
    const lastCol = (await page.locator('.measures-grid thead th').count()) - 1;
    expect(await activeCell(page)).toBe(`${row},${lastCol}`);
    await page.keyboard.press('Control+Home');
    expect(await activeCell(page)).toBe('0,0');
    await page.keyboard.press('PageDown');
    expect(Number((await activeCell(page)).split(',')[0])).toBeGreaterThan(5);
    await page.keyboard.press('Control+End');
    const rowCount = Number(await page.getByRole('grid').getAttribute('aria-rowcount'));
    expect(await activeCell(page)).toBe(`${rowCount - 1},${lastCol}`);
    expect(await tabbable.count()).toBe(1);

    // Enter on a code opens the measure page.
    await cell(page, 'HS-02', 'title').click();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/atgarder\/[0-9a-f-]{36}/);
    await page.context().close();
  });

  it('edits a title inline: Enter edits, Enter saves and moves down, a reload shows it', async () => {
    const page = await loggedIn('controller');
    await openGrid(page);
    const title = cell(page, 'HS-06', 'title');
    await title.click();
    const start = await activeCell(page);
    await page.keyboard.press('Enter');
    const editor = page.getByLabel('Åtgärd för HS-06');
    await editor.waitFor();
    await editor.fill('');
    await page.keyboard.press('Enter');
    expect(await page.getByRole('alert').filter({ hasText: 'Åtgärden måste ha en titel' }).count()).toBe(1);
    await editor.fill('Översyn av vårdplatser och bemanning');
    await page.keyboard.press('Enter');
    const [row, col] = start.split(',').map(Number) as [number, number];
    expect(await activeCell(page)).toBe(`${row + 1},${col}`);
    await page.getByText('Sparat: Åtgärd för HS-06').waitFor({ state: 'attached' });

    // Typing a character starts editing with it; feasibility is checked at the cell.
    await cell(page, 'HS-06', 'feasibility').click();
    await page.keyboard.type('4');
    await page.keyboard.press('Enter');
    await page.getByRole('alert').filter({ hasText: 'Genomförbarhet måste vara 1, 2 eller 3' }).waitFor();
    await page.keyboard.press('Escape');
    expect(await page.getByLabel('Genomförbarhet för HS-06').count()).toBe(0);

    await page.reload();
    await page.getByRole('grid').waitFor();
    expect(await cell(page, 'HS-06', 'title').textContent()).toBe('Översyn av vårdplatser och bemanning');
    await page.context().close();
  });

  it('shows a conflict naming who saved first, and saves what the user chose', async () => {
    const [mine, theirs] = await Promise.all([loggedIn('controller'), loggedIn('admin')]);
    await Promise.all([openGrid(mine), openGrid(theirs)]);

    // The other user saves first.
    await cell(theirs, 'HS-05', 'title').dblclick();
    await theirs.getByLabel('Åtgärd för HS-05').fill('Vårdnära service – deras version');
    await theirs.keyboard.press('Enter');
    await theirs.getByText('Sparat: Åtgärd för HS-05').waitFor({ state: 'attached' });

    // This user, still looking at the old version, changes the same field.
    await cell(mine, 'HS-05', 'title').click();
    await mine.keyboard.type('Vårdnära service – min version');
    await mine.keyboard.press('Enter');
    const dialog = mine.getByTestId('conflict-dialog');
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('Ekonomidirektör Exempelregionen');
    expect(await dialog.textContent()).toContain('Vårdnära service – deras version');
    await dialog.getByRole('radio', { name: 'Mitt' }).check();
    await dialog.getByRole('button', { name: 'Spara valda värden' }).click();
    await dialog.waitFor({ state: 'detached' });
    await mine.getByText('Sparat: Åtgärd för HS-05').waitFor({ state: 'attached' });

    for (const page of [mine, theirs]) {
      await page.reload();
      await page.getByRole('grid').waitFor();
      expect(await cell(page, 'HS-05', 'title').textContent()).toBe('Vårdnära service – min version');
    }

    // The other way round: the other user saves again, this user keeps theirs.
    await cell(theirs, 'HS-05', 'responsibleName').dblclick();
    await theirs.getByLabel('Ansvarig för HS-05').fill('Controller Norr');
    await theirs.keyboard.press('Enter');
    await theirs.getByText('Sparat: Ansvarig för HS-05').waitFor({ state: 'attached' });
    await cell(mine, 'HS-05', 'responsibleName').click();
    await mine.keyboard.type('Controller Söder');
    await mine.keyboard.press('Enter');
    await dialog.waitFor();
    await dialog.getByRole('radio', { name: /^Deras/ }).check();
    await dialog.getByRole('button', { name: 'Spara valda värden' }).click();
    await dialog.waitFor({ state: 'detached' });
    await mine.reload();
    await mine.getByRole('grid').waitFor();
    expect(await cell(mine, 'HS-05', 'responsibleName').textContent()).toBe('Controller Norr');
    await Promise.all([mine.context().close(), theirs.context().close()]);
  });

  it('gives a reader (politician) no way to edit', async () => {
    const page = await loggedIn('politiker');
    await openGrid(page);
    expect(await page.getByRole('grid').getAttribute('aria-readonly')).toBe('true');
    expect(await page.locator('.measures-grid .is-editable').count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Ny åtgärd' }).count()).toBe(0);
    expect(await page.locator('#main').textContent()).not.toContain('F2');
    await cell(page, 'HS-01', 'status').click();
    await page.keyboard.press('F2');
    await page.keyboard.type('x');
    expect(await page.locator('.measures-grid input, .measures-grid select').count()).toBe(0);
    await expectNoAxeViolations(page, 'åtgärdslistan för en läsare');
    await page.context().close();
  });
});
