import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser, logIn, newPage } from './support/browser';
import { focusedName, tabTo } from './support/keyboard';
import { type RunningServer, startDemoServer } from './support/server';

/**
 * "Visa per" (decision 0009): every view as the data was known at a past instant, read-only, kept while moving
 * between the views, and the auditor's "as before this change" from a measure's history.
 */

let server: RunningServer;
let browser: Browser;
let planId: string;

beforeAll(async () => {
  [server, browser] = await Promise.all([startDemoServer(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const NBSP = '\u00a0';
const mnkr = (text: string) => `${text}${NBSP}mnkr`;
const text = (value: string | null) => (value ?? '').replaceAll(NBSP, ' ').replaceAll('\u2212', '-');

async function loggedIn(username: string): Promise<Page> {
  const page = await newPage(browser, server.url);
  const user = server.users[username];
  if (!user) throw new Error(`no demo user ${username}`);
  await logIn(page, user.username, user.password);
  if (!planId) {
    const plans = (await (await page.request.get('/api/plans')).json()) as { id: string }[];
    planId = plans[0]!.id;
  }
  return page;
}

async function api<T>(page: Page, path: string): Promise<T> {
  const response = await page.request.get(path);
  expect(response.status(), path).toBe(200);
  return (await response.json()) as T;
}

interface Measure {
  id: string;
  code: string;
  version: number;
  effects: { year: number; costType: string; amount: number }[];
}

/** The key figure (a `<dt>` and its `<dd>`s) with this label. */
function keyFigure(page: Page, label: string) {
  return page
    .locator('section[aria-labelledby="overview-key-figures"] .key-figure')
    .filter({ has: page.getByRole('term').filter({ hasText: label }) });
}

/** After a navigation the app moves focus to the content once the view has rendered: wait for its heading. */
async function settled(page: Page, heading: RegExp): Promise<void> {
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(null))));
}

const banner = (page: Page) => page.getByTestId('as-of-banner');

/** A measure's 2024 level on its page (tkr, as shown). */
const level2024 = (page: Page) => page.getByTestId('planned-level-2024');

describe('"Visa per": the plan as it was known at an instant', () => {
  it('shows the overview, the grid and a measure as of an instant before a change, with nothing to edit', async () => {
    const page = await loggedIn('controller');
    await page.goto(`/planer/${planId}/oversikt?ar=2024`);
    await keyFigure(page, 'Planerad nivå').getByText(mnkr('557,7')).waitFor();
    expect(await banner(page).count()).toBe(0);

    // The instant T lies between the demo's last change and the change below, a few ms from each.
    await new Promise((resolve) => setTimeout(resolve, 5));
    const instant = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 5));

    // HS-07's personnel effect for 2024 grows by 1 000 tkr.
    const list = await api<{ items: Measure[] }>(page, `/api/plans/${planId}/measures?q=HS-07`);
    const hs07 = list.items.find((m) => m.code === 'HS-07')!;
    const effects = hs07.effects.map((e) =>
      e.year === 2024 && e.costType === 'personnel' ? { ...e, amount: e.amount + 1_000_000 } : e,
    );
    const session = await api<{ csrfToken: string }>(page, '/api/auth/session');
    const patched = await page.request.patch(`/api/measures/${hs07.id}`, {
      headers: { 'X-CSRF-Token': session.csrfToken },
      data: { version: hs07.version, effects },
    });
    expect(patched.status()).toBe(200);
    await page.reload();
    await keyFigure(page, 'Planerad nivå').getByText(mnkr('558,7')).waitFor();

    // The overview as of T: the figure before the change, the banner, no export of today's plan.
    await page.goto(`/planer/${planId}/oversikt?ar=2024&per=${encodeURIComponent(instant)}`);
    await keyFigure(page, 'Planerad nivå').getByText(mnkr('557,7')).waitFor();
    const bannerText = text(await banner(page).innerText());
    expect(bannerText).toMatch(
      /^Du ser uppgifterna som de var kända per \d{4}-\d{2}-\d{2} kl\. \d{2}:\d{2}:\d{2}\. Inget kan ändras i det här läget\./,
    );
    await banner(page).getByRole('link', { name: 'Tillbaka till nuläget' }).waitFor();
    expect(await page.getByRole('link', { name: 'Exportera till Excel' }).count()).toBe(0);
    // The inputs show T's Swedish day.
    const day = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date(instant));
    expect(await page.getByLabel('Visa per', { exact: true }).inputValue()).toBe(day);
    await page.getByRole('region', { name: 'Prognosens utveckling 2024' }).locator('table').waitFor();
    await page.waitForTimeout(1200); // the charts grow in
    await expectNoAxeViolations(page, 'översikt per en tidpunkt');

    // The main menu keeps `per`: the grid as of T, read-only, with the total before the change.
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Åtgärder' }).click();
    await settled(page, /^Åtgärder$/);
    expect(new URL(page.url()).searchParams.get('per')).toBe(instant);
    const grid = page.getByRole('grid');
    await grid.waitFor();
    await page.getByTestId('summary-total').getByText(mnkr('557,7')).waitFor();
    expect(await page.getByTestId('grid-total').textContent()).toBe(mnkr('557,7'));
    expect(await grid.getAttribute('aria-readonly')).toBe('true');
    expect(await page.locator('.measures-grid .is-editable').count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Ny åtgärd' }).count()).toBe(0);
    expect(await page.locator('#main').textContent()).not.toContain('F2');
    await banner(page).waitFor();
    await expectNoAxeViolations(page, 'åtgärdslistan per en tidpunkt');

    // A measure from the grid keeps `per`: HS-07 as it was, nothing to change.
    await grid
      .getByRole('link', { name: /^HS-07/ })
      .first()
      .click();
    await settled(page, /HS-07/);
    expect(new URL(page.url()).searchParams.get('per')).toBe(instant);
    await banner(page).waitFor();
    const before = text(await level2024(page).textContent());
    expect(await page.getByRole('button', { name: 'Ändra' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Ta bort' }).count()).toBe(0);
    // The history as of T does not have the change yet.
    const entries = page.getByTestId('history').locator('li.history-entry');
    await entries.first().waitFor();
    const knownThen = await entries.count();
    expect(text(await page.getByTestId('history').innerText())).not.toContain('Controller Exempelregionen');

    // Now, the same measure has the new value, and its history the change.
    await banner(page).getByRole('link', { name: 'Tillbaka till nuläget' }).click();
    await page.waitForURL((url) => !url.searchParams.has('per'));
    await page.getByRole('button', { name: 'Ändra' }).waitFor();
    expect(await banner(page).count()).toBe(0);
    const after = text(await level2024(page).textContent());
    const tkr = (shown: string) => Number(shown.replaceAll(' ', '').replace(',', '.'));
    expect(tkr(after) - tkr(before)).toBe(1000);

    // The auditor's link: the measure just before the change, which is the value before it.
    await entries.nth(knownThen).waitFor();
    expect(await entries.count()).toBe(knownThen + 1);
    const change = entries.first();
    expect(text(await change.innerText())).toContain('Controller Exempelregionen ändrade åtgärden');
    const link = change.getByRole('link', { name: /^Visa som före ändringen/ });
    await link.click();
    await page.waitForURL((url) => url.searchParams.has('per'));
    const per = new URL(page.url()).searchParams.get('per')!;
    expect(per).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    await banner(page).waitFor();
    await page.getByRole('heading', { level: 1, name: /HS-07/ }).waitFor();
    await level2024(page).getByText(before.replaceAll(' ', NBSP)).waitFor();
    expect(text(await level2024(page).textContent())).toBe(before);
    expect(await page.getByRole('button', { name: 'Ändra' }).count()).toBe(0);
    await expectNoAxeViolations(page, 'åtgärd före en ändring');
    await page.context().close();
  });

  it('sets "Visa per" with the keyboard alone to before the plan existed, and goes back to the present', async () => {
    const page = await loggedIn('controller');
    await page.goto(`/planer/${planId}/oversikt?ar=2024`);
    await settled(page, /^Översikt 2024/);
    const planned = await api<{ total: { planned: number } }>(page, `/api/plans/${planId}/summary?year=2024`);
    const now = new Intl.NumberFormat('sv-SE', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(
      planned.total.planned / 1e6,
    );
    await keyFigure(page, 'Planerad nivå').getByText(mnkr(now)).waitFor();

    // The date is typed ÅÅÅÅ-MM-DD whatever the browser's locale (this Chromium's is en-US, mm/dd/yyyy).
    await tabTo(page, 'Visa per');
    const date = page.getByLabel('Visa per', { exact: true });
    expect(await date.getAttribute('placeholder')).toBe('ÅÅÅÅ-MM-DD');
    // A date in the American order is refused with words that name the field; focus stays on it.
    await page.keyboard.type('01/01/2020');
    await tabTo(page, 'Visa per datumet');
    await page.keyboard.press('Enter');
    await page
      .getByText('Visa per: skriv ett datum från år 2000 som ÅÅÅÅ-MM-DD, t.ex. 2024-08-31.')
      .waitFor();
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-invalid') === 'true');
    expect(await focusedName(page)).toBe('Visa per');
    expect(new URL(page.url()).searchParams.has('per')).toBe(false);
    await expectNoAxeViolations(page, '"Visa per" with a mistyped date');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('2020-01-01');
    await tabTo(page, 'Visa per datumet');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.searchParams.get('per') === '2020-01-01');
    const missing = page.getByRole('alert').filter({ hasText: 'Planen fanns inte' });
    await missing.waitFor();
    expect(text(await missing.innerText())).toContain('Planen fanns inte per 2020-01-01 kl. 23:59.');
    expect(text(await banner(page).innerText())).toContain(
      'Du ser uppgifterna som de var kända per 2020-01-01 kl. 23:59. Inget kan ändras i det här läget.',
    );
    await expectNoAxeViolations(page, 'översikt innan planen fanns');

    await tabTo(page, 'Tillbaka till nuläget');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => !url.searchParams.has('per'));
    await keyFigure(page, 'Planerad nivå').getByText(mnkr(now)).waitFor();
    expect(await banner(page).count()).toBe(0);
    expect(await focusedName(page)).not.toBe('Tillbaka till nuläget');
    await page.context().close();
  });

  it('keeps "per" on the follow-up pages, where no round can be opened or closed, and offers no reporting or import', async () => {
    const page = await loggedIn('controller');
    const units = await api<{ id: string; parentId: string | null }[]>(page, '/api/org-units');
    const root = units.find((u) => u.parentId === null)!;
    const session = await api<{ csrfToken: string }>(page, '/api/auth/session');
    const opened = await page.request.post(`/api/plans/${planId}/rounds`, {
      headers: { 'X-CSRF-Token': session.csrfToken },
      data: { period: '2024-10', orgUnitId: root.id, deadline: '2024-11-10' },
    });
    expect(opened.status()).toBe(201);
    await new Promise((resolve) => setTimeout(resolve, 5));
    const instant = new Date().toISOString();
    const nav = page.getByRole('navigation', { name: 'Huvudmeny' });

    await page.goto(`/planer/${planId}/oversikt?per=${encodeURIComponent(instant)}`);
    await settled(page, /^Översikt 2024/);
    await nav.getByRole('link', { name: 'Uppföljning' }).click();
    await settled(page, /^Uppföljning$/);
    expect(new URL(page.url()).searchParams.get('per')).toBe(instant);
    await page
      .getByText('Rapporteringsomgångarna och hur långt rapporteringen har kommit visas som de är nu')
      .waitFor();
    await page.getByTestId('followup-forecast').waitFor();
    expect(await page.getByRole('button', { name: 'Öppna rapporteringsomgång' }).count()).toBe(0);
    await expectNoAxeViolations(page, 'uppföljning per en tidpunkt');

    await page
      .getByTestId('rounds-list')
      .getByRole('link', { name: /2024-10/ })
      .click();
    await settled(page, /^Rapporteringsomgång 2024-10/);
    expect(new URL(page.url()).searchParams.get('per')).toBe(instant);
    await banner(page).waitFor();
    await page.getByTestId('round-status').waitFor();
    expect(await page.getByRole('button', { name: 'Stäng omgången' }).count()).toBe(0);

    await nav.getByRole('link', { name: 'Att rapportera' }).click();
    await settled(page, /^Att rapportera$/);
    expect(new URL(page.url()).searchParams.get('per')).toBe(instant);
    expect(text(await page.getByTestId('not-as-of').innerText())).toContain(
      'Här ändrar man uppgifter, och det går bara i nuläget.',
    );
    await nav.getByRole('link', { name: 'Import och export' }).click();
    await settled(page, /^Import och export$/);
    await page.getByTestId('not-as-of').waitFor();
    expect(await page.locator('main input[type="file"]').count()).toBe(0);
    await page.context().close();
  });

  it('types "Visa per" on a phone, 390 px wide: the fields fit, no sideways scroll (issue 11)', async () => {
    const page = await loggedIn('controller');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/planer/${planId}/oversikt?ar=2024`);
    await settled(page, /^Översikt 2024/);
    await page.getByRole('button', { name: 'Plan, år och enhet' }).click();
    const date = page.getByLabel('Visa per', { exact: true });
    await date.fill('2024-08-31');
    const box = (await date.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    await page.getByLabel('Klockslag (valfritt)').fill('12:00');
    await page.getByRole('button', { name: 'Visa per datumet' }).click();
    await page.waitForURL((url) => url.searchParams.get('per') === '2024-08-31T12:00');
    await banner(page).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expectNoAxeViolations(page, '"Visa per" on a phone');
    await page.context().close();
  });

  it('shows the server\'s message for a "per" it cannot read', async () => {
    const page = await loggedIn('politiker');
    await page.goto(`/planer/${planId}/oversikt?per=ig%C3%A5r`);
    await page.getByRole('alert').filter({ hasText: 'Ange "per" som datum' }).waitFor();
    expect(text(await banner(page).innerText())).toContain('per=igår');
    await page.context().close();
  });
});
