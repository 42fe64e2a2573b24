import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contrastRatio, parseColor } from '../src/web/styles/contrast';
import { launchBrowser, logIn } from './support/browser';
import { type RunningServer, startDemoServer } from './support/server';

/**
 * Issue 11, items 14–16, where only a browser can show them: one clock (Swedish time whatever the browser's
 * zone), one locale per page, and primary link-buttons that stay readable on hover.
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
const text = (value: string | null) => (value ?? '').replaceAll(NBSP, ' ').replaceAll('\u2212', '-');

/** A logged-in page in a browser whose clock runs in New York: nothing on screen may show that zone. */
async function loggedIn(username: string, timezoneId = 'America/New_York'): Promise<Page> {
  const context = await browser.newContext({
    baseURL: server.url,
    locale: 'sv-SE',
    timezoneId,
    viewport: { width: 1366, height: 900 },
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const user = server.users[username];
  if (!user) throw new Error(`no demo user ${username}`);
  await logIn(page, user.username, user.password);
  if (!planId) {
    const plans = (await (await page.request.get('/api/plans')).json()) as { id: string }[];
    planId = plans[0]!.id;
  }
  return page;
}

const stockholm = (iso: string) =>
  new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Stockholm',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(iso));

interface Measure {
  id: string;
  code: string;
  version: number;
  effects: { year: number; costType: string; amount: number }[];
}

describe('one clock (item 14)', () => {
  it('shows the history in Swedish time in a New York browser, and that minute in "Visa per" finds the version', async () => {
    const page = await loggedIn('controller');
    expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe(
      'America/New_York',
    );
    const list = (await (await page.request.get(`/api/plans/${planId}/measures?q=HS-05`)).json()) as {
      items: Measure[];
    };
    const measure = list.items.find((m) => m.code === 'HS-05')!;
    const effects = measure.effects.map((e) =>
      e.year === 2024 && e.costType === 'personnel' ? { ...e, amount: e.amount + 2_000_000 } : e,
    );
    const session = (await (await page.request.get('/api/auth/session')).json()) as { csrfToken: string };
    const patched = await page.request.patch(`/api/measures/${measure.id}`, {
      headers: { 'X-CSRF-Token': session.csrfToken },
      data: { version: measure.version, effects },
    });
    expect(patched.status()).toBe(200);

    await page.goto(`/planer/${planId}/atgarder/${measure.id}`);
    const level = page.getByTestId('planned-level-2024');
    const changed = text(await level.textContent());
    const entry = page.getByTestId('history').locator('li.history-entry').first();
    const time = entry.locator('time');
    await time.waitFor();
    const at = (await time.getAttribute('datetime'))!;
    const shown = (await time.textContent())!;
    // The Swedish clock, in the one format — not New York's (six hours behind).
    expect(shown).toBe(stockholm(at));
    expect(shown).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    const [date, minute] = shown.split(' ') as [string, string];

    // Typing the history's minute into "Visa per" (a text field: ÅÅÅÅ-MM-DD, not the browser's mm/dd/yyyy)
    // shows the version that entry made.
    await page.getByLabel('Visa per', { exact: true }).fill(date);
    await page.getByLabel('Klockslag (valfritt)').fill(minute);
    await page.getByRole('button', { name: 'Visa per datumet' }).click();
    await page.waitForURL((url) => url.searchParams.get('per') === `${date}T${minute}`);
    const banner = page.getByTestId('as-of-banner');
    await banner.waitFor();
    expect(text(await banner.innerText())).toContain(`per ${date} kl. ${minute}.`);
    await page.getByTestId('history').locator('li.history-entry time', { hasText: shown }).first().waitFor();
    expect(text(await level.textContent())).toBe(changed);
    expect(await page.getByLabel('Klockslag (valfritt)').inputValue()).toBe(minute);
    await page.context().close();
  });
});

describe('readable buttons (item 15)', () => {
  it('keeps the primary link-button "Ny åtgärd" readable when hovered and focused', async () => {
    const page = await loggedIn('controller', 'Europe/Stockholm');
    await page.goto(`/planer/${planId}/atgarder?ar=2024`);
    const link = page.getByRole('link', { name: 'Ny åtgärd' });
    await link.waitFor();
    const colours = async () =>
      link.evaluate((element) => {
        const style = getComputedStyle(element);
        return { color: style.color, background: style.backgroundColor };
      });
    const resting = await colours();
    await link.hover();
    await page.waitForTimeout(300); // any transition ends
    const hovered = await colours();
    expect(hovered.background).not.toBe(resting.background); // the hover is visible…
    expect(hovered.color).not.toBe(hovered.background); // …and the text is not blank
    expect(contrastRatio(parseColor(hovered.color)!, parseColor(hovered.background)!)).toBeGreaterThanOrEqual(
      4.5,
    );
    await link.focus();
    const focused = await colours();
    expect(contrastRatio(parseColor(focused.color)!, parseColor(focused.background)!)).toBeGreaterThanOrEqual(
      4.5,
    );
    await page.context().close();
  });
});

describe('one locale per page (item 16)', () => {
  it("writes the English overview's amounts and percentages in English notation", async () => {
    const page = await loggedIn('controller', 'Europe/Stockholm');
    await page.evaluate(() => localStorage.setItem('balans.language', 'en'));
    await page.goto(`/planer/${planId}/oversikt?ar=2024`);
    await page.locator('.key-figure').first().waitFor();
    await page
      .getByText(/\d\.\d%/)
      .first()
      .waitFor();
    const main = text(await page.locator('#main').innerText());
    expect(main).toMatch(/\d\.\d mnkr/); // English amounts…
    expect(main).toMatch(/\d\.\d%/); // …next to English percentages
    // No Swedish decimal comma (a comma and one digit; an English thousands comma has three) nor "115,1 %".
    expect(main.match(/\d,\d(?!\d)[^\n]{0,20}/g) ?? []).toEqual([]);
    expect(main).not.toMatch(/\d %/);
    // "Show as of" asks for the date in the one format of every screen, in English words.
    expect(await page.getByLabel('Show as of', { exact: true }).getAttribute('placeholder')).toBe(
      'YYYY-MM-DD',
    );
    await page.context().close();
  });
});

describe('plausibility on the measure page (item 2)', () => {
  it('asks before saving a tenfold effect, names the old and new value, and saves only on "Spara ändå"', async () => {
    const page = await loggedIn('controller', 'Europe/Stockholm');
    const list = (await (await page.request.get(`/api/plans/${planId}/measures?q=HS-07`)).json()) as {
      items: Measure[];
    };
    const hs07 = list.items.find((m) => m.code === 'HS-07')!;
    const personnel2024 = async () => {
      const measure = (await (await page.request.get(`/api/measures/${hs07.id}`)).json()) as Measure;
      return measure.effects.find((e) => e.year === 2024 && e.costType === 'personnel')?.amount;
    };
    const before = await personnel2024();
    await page.goto(`/planer/${planId}/atgarder/${hs07.id}`);
    await page.getByRole('button', { name: 'Ändra' }).click();
    const cell = page.getByLabel('Personal 2024 (tkr)', { exact: true });
    const old = text(await cell.inputValue());
    await cell.fill(`${old.replaceAll(' ', '')}3100`); // the typo of issue 11: the old value with 3100 after it
    let patches = 0;
    page.on('request', (r) => {
      if (r.method() === 'PATCH' && r.url().includes(hs07.id)) patches++;
    });
    await page.getByRole('button', { name: 'Spara ändringarna' }).click();
    const dialog = page.getByTestId('plausibility-dialog');
    await dialog.waitFor();
    const words = text(await dialog.innerText());
    expect(words).toContain('Personal 2024');
    expect(words).toContain(`från ${old} tkr till`);
    expect(words).toContain('mer än tio gånger det tidigare beloppet');
    // "Ändra beloppet" is the first focus: nothing is saved, the typo is still there to correct.
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    expect(patches).toBe(0);
    expect(await personnel2024()).toBe(before);
    // Saving again asks again; "Spara ändå" saves.
    await page.getByRole('button', { name: 'Spara ändringarna' }).click();
    await dialog.getByRole('button', { name: 'Spara ändå' }).click();
    await page.getByTestId('notice').waitFor();
    expect(patches).toBe(1);
    expect(await personnel2024()).toBe(Number(`${old.replaceAll(' ', '')}3100`) * 1000);
    await page.context().close();
  });
});
