import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser, logIn, newPage } from './support/browser';
import { regionBoardId } from './support/decisions';
import { type RunningServer, startDemoServer } from './support/server';

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
  title: string;
  comment: string | null;
  version: number;
  status: string;
  effects: { year: number; costType: string; amount: number }[];
}

async function measureByCode(page: Page, code: string): Promise<Measure> {
  const list = await api<{ items: Measure[] }>(page, `/api/plans/${planId}/measures?q=${code}`);
  const found = list.items.find((m) => m.code === code);
  if (!found) throw new Error(`no measure ${code}`);
  return found;
}

/** The plan's planned level in 2024 (whole kronor), as the overview shows it. */
async function planned2024(page: Page): Promise<number> {
  const summary = await api<{ total: { planned: number } }>(page, `/api/plans/${planId}/summary?year=2024`);
  return summary.total.planned;
}

/** The planned total the overview shows for 2024 (read from the screen, to the krona). */
async function overviewPlanned(page: Page): Promise<number> {
  const figure = page.locator(
    'section[aria-labelledby="overview-key-figures"] .key-figure-main [data-kronor]',
  );
  await figure.waitFor();
  return Number(await figure.getAttribute('data-kronor'));
}

/** The id or text of the element that has focus (strings: the e2e project has no DOM types). */
const focusedId = (page: Page) => page.evaluate<string | undefined>('document.activeElement?.id');
const focusedText = (page: Page) => page.evaluate<string | undefined>('document.activeElement?.textContent');

/** Client-side navigation (keeps TanStack Query's cache, as a user clicking a link would). */
async function navigateInApp(page: Page, path: string): Promise<void> {
  const to = JSON.stringify(path);
  await page.evaluate(`history.pushState(null, '', ${to}); dispatchEvent(new PopStateEvent('popstate'))`);
}

const text = (value: string | null) => (value ?? '').replaceAll('\u00a0', ' ').replaceAll('\u2212', '-');

async function openMeasure(page: Page, code: string): Promise<Measure> {
  const measure = await measureByCode(page, code);
  await page.goto(`/planer/${planId}/atgarder/${measure.id}`);
  await page.getByRole('heading', { level: 1, name: new RegExp(code) }).waitFor();
  return measure;
}

describe('the measure page', () => {
  let createdId: string;
  let before: number;

  it('creates a measure with effects for three years and two cost types; the plan total moves by its level', async () => {
    const page = await loggedIn('controller');
    before = await planned2024(page);
    await page.goto(`/planer/${planId}/oversikt?ar=2024`);
    expect(await overviewPlanned(page)).toBe(before);
    const units = await api<{ id: string; path: string }[]>(page, '/api/org-units');
    const medicine = units.find((u) => u.path.endsWith('Hälso- och sjukvård / Division Medicin'))!;
    await navigateInApp(page, `/planer/${planId}/atgarder/ny?enhet=${medicine.id}`);
    await page.getByRole('heading', { level: 1, name: 'Ny åtgärd' }).waitFor();
    expect(await page.title()).toBe('Ny åtgärd – Balans');
    await expectNoAxeViolations(page, 'ny åtgärd');

    // Client-side checks: the error summary links to the fields; the fields say they are invalid. A date is
    // typed ÅÅÅÅ-MM-DD (a text field, whatever order the browser's locale has).
    const riskDate = page.getByLabel('Risk- och konsekvensanalys gjord', { exact: true });
    expect(await riskDate.getAttribute('placeholder')).toBe('ÅÅÅÅ-MM-DD');
    await riskDate.fill('03/15/2024');
    await page.getByRole('button', { name: 'Skapa åtgärden' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Det finns fel att rätta' });
    await summary.waitFor();
    await summary
      .getByRole('link', {
        name: 'Risk- och konsekvensanalys gjord: Skriv ett datum som finns, som ÅÅÅÅ-MM-DD.',
      })
      .waitFor();
    await summary.getByRole('link', { name: /^Kod:/ }).click();
    expect(await focusedId(page)).toBe('measure-code');
    const code = page.getByLabel('Kod', { exact: false }).first();
    expect(await code.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await code.getAttribute('aria-describedby')) ?? '';
    expect(await page.locator(`#${describedBy.split(' ').at(-1)}`).textContent()).toContain('Måste fyllas i');
    await expectNoAxeViolations(page, 'ny åtgärd med fel');

    // A proposal can never be created as carried out or done, nor as beslutad or utgår: those come only
    // through "Registrera beslut" (issue 12).
    const statuses = await page.getByLabel('Status', { exact: true }).locator('option').allTextContents();
    expect(statuses).toEqual(['förslag', 'beredd']);

    await riskDate.fill('2024-03-15');
    await code.fill('HS-99');
    await page.getByLabel(/^Åtgärd/).fill('Samordnad bemanning i slutenvården');
    expect(await page.getByLabel(/^Enhet/).inputValue()).toBe(medicine.id);
    const amounts: Record<string, string> = {
      'Personal 2023 (tkr)': '1 000',
      'Personal 2024 (tkr)': '2 500,5',
      'Personal 2025 (tkr)': '3 000',
      'Drift 2023 (tkr)': '200',
      'Drift 2024 (tkr)': '300,25',
      'Drift 2025 (tkr)': '400',
    };
    for (const [label, value] of Object.entries(amounts))
      await page.getByLabel(label, { exact: true }).fill(value);
    // The level of 2024 is shown while typing (the plan states levels).
    expect(
      await page.getByTestId('planned-level-2024').locator('[data-kronor]').getAttribute('data-kronor'),
    ).toBe('2800750');
    await page.getByRole('button', { name: 'Skapa åtgärden' }).click();
    await page.waitForURL(/\/atgarder\/[0-9a-f-]{36}$/);
    createdId = page.url().split('/').at(-1)!;
    expect(
      (await api<{ riskAnalysisDoneOn: string | null }>(page, `/api/measures/${createdId}`))
        .riskAnalysisDoneOn,
    ).toBe('2024-03-15');
    expect(await page.getByTestId('notice').textContent()).toBe('Åtgärden är skapad.');
    await page.getByRole('heading', { level: 1, name: /HS-99/ }).waitFor();
    expect(text(await page.getByTestId('planned-level-2024').textContent())).toBe('2 800,75');
    expect(text(await page.getByTestId('convention-note').textContent())).toContain('nivå mot utgångsläget');
    await expectNoAxeViolations(page, 'åtgärd (visning)');

    expect((await planned2024(page)) - before).toBe(2_800_750);
    // The overview (its summary was cached before the measure existed) shows the new total.
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Översikt' }).click();
    await page.waitForURL(/\/oversikt\?ar=2024/);
    await expect.poll(() => overviewPlanned(page)).toBe(before + 2_800_750);
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: /HS-99/ }).waitFor();
    const stored = await api<Measure>(page, `/api/measures/${createdId}`);
    expect(stored.status).toBe('proposed');
    expect(stored.effects).toHaveLength(6);

    // Still a proposal: genomförd and genomförs are not offered when editing it either.
    await page.getByRole('button', { name: 'Ändra' }).click();
    const options = await page.getByLabel('Status', { exact: true }).locator('option').allTextContents();
    expect(options).not.toContain('genomförd');
    expect(options).not.toContain('genomförs');
    await page.getByRole('button', { name: 'Avbryt' }).click();
    await page.context().close();
  });

  it('changes the 2024 effect of an existing measure: only the change is sent, totals and history follow', async () => {
    const page = await loggedIn('controller');
    const start = await planned2024(page);
    const hs07 = await openMeasure(page, 'HS-07');
    await page.getByRole('button', { name: 'Ändra' }).click();
    await page.getByRole('heading', { level: 1, name: /Ändra HS-07/ }).waitFor();
    await expectNoAxeViolations(page, 'ändra åtgärd');
    const cell = page.getByLabel('Personal 2024 (tkr)', { exact: true });
    expect(text(await cell.inputValue())).toBe('45 000');
    await cell.fill('46 500,5');
    const patch = page.waitForRequest((r) => r.method() === 'PATCH' && r.url().includes(hs07.id));
    await page.getByRole('button', { name: 'Spara ändringarna' }).click();
    const body = (await patch).postDataJSON() as Record<string, unknown>;
    expect(Object.keys(body).sort()).toEqual(['effects', 'version']);
    expect(body.version).toBe(hs07.version);
    await page.getByTestId('notice').waitFor();
    expect(await page.getByTestId('notice').textContent()).toBe('Ändringarna är sparade.');
    expect(text(await page.getByTestId('planned-level-2024').textContent())).toBe('46 500,5');
    expect((await planned2024(page)) - start).toBe(1_500_500);

    const history = page.getByTestId('history');
    await history.getByText('Controller Exempelregionen ändrade åtgärden').waitFor();
    const latest = text(await history.locator('li.history-entry').first().innerText());
    expect(latest).toContain('Controller Exempelregionen ändrade åtgärden');
    expect(latest).toMatch(/Personal 2024:\s*45 000 tkr\s*→\s*(ändrades till)?\s*46 500,5 tkr/);

    // Decisions that concern the measure are listed with date, body and kind.
    const session = await api<{ csrfToken: string }>(page, '/api/auth/session');
    const decided = await page.request.post('/api/decisions', {
      headers: { 'X-CSRF-Token': session.csrfToken },
      data: {
        bodyId: await regionBoardId(page),
        meetingDate: '2023-06-12',
        paragraph: '§ 112',
        kind: 'decision',
        text: 'Regionstyrelsen beslutar att genomföra åtgärden.',
        planId,
        measureIds: [hs07.id],
      },
    });
    expect(decided.status()).toBe(201);
    await page.reload();
    const decisions = page.getByTestId('decisions-table');
    await decisions.waitFor();
    expect(text(await decisions.innerText())).toMatch(/2023-06-12\s+Regionstyrelsen\s+§ 112\s+beslut/);
    await page.context().close();
  });

  it('shows a server error at the field it concerns', async () => {
    const page = await loggedIn('controller');
    await page.goto(`/planer/${planId}/atgarder/${createdId}`);
    await page.getByRole('button', { name: 'Ändra' }).click();
    await page.getByLabel('Kod', { exact: false }).first().fill('HS-07');
    await page.getByRole('button', { name: 'Spara ändringarna' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Det finns fel att rätta' });
    await summary.waitFor();
    expect(await summary.textContent()).toContain('Koden HS-07 används redan i planen');
    const code = page.locator('#measure-code');
    expect(await code.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#measure-code-error').textContent()).toContain('används redan');
    await expectNoAxeViolations(page, 'ändra åtgärd med serverfel');
    await page.context().close();
  });

  it('detects a newer version and lets the user choose instead of overwriting', async () => {
    const page = await loggedIn('controller');
    const admin = await loggedIn('admin');
    const hs11 = await openMeasure(page, 'HS-11');
    await page.getByRole('button', { name: 'Ändra' }).click();
    await page.getByLabel('Kommentar').fill('Följs upp varje månad');

    // Meanwhile the admin renames the measure.
    const session = await api<{ csrfToken: string }>(admin, '/api/auth/session');
    const renamed = await admin.request.patch(`/api/measures/${hs11.id}`, {
      headers: { 'X-CSRF-Token': session.csrfToken },
      data: { version: hs11.version, title: 'Utbudsbegränsning (omformulerad)' },
    });
    expect(renamed.status()).toBe(200);

    await page.getByRole('button', { name: 'Spara ändringarna' }).click();
    const dialog = page.getByTestId('conflict-dialog');
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('Ekonomidirektör Exempelregionen');
    await dialog.getByRole('button', { name: 'Spara valda värden' }).click();
    await page.getByTestId('notice').waitFor();
    const saved = await api<Measure>(page, `/api/measures/${hs11.id}`);
    expect(saved.title).toBe('Utbudsbegränsning (omformulerad)');
    expect(saved.comment).toBe('Följs upp varje månad');
    await admin.context().close();
    await page.context().close();
  });

  it('deletes a measure only after confirmation, and the total goes back', async () => {
    const page = await loggedIn('controller');
    await page.goto(`/planer/${planId}/atgarder/${createdId}`);
    const trigger = page.getByRole('button', { name: 'Ta bort', exact: true });
    await trigger.click();
    const dialog = page.getByRole('alertdialog');
    await dialog.waitFor();
    expect(await dialog.getByRole('heading').textContent()).toBe('Ta bort åtgärden?');
    expect(await focusedText(page)).toBe('Avbryt');
    await expectNoAxeViolations(page, 'bekräfta borttagning');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await focusedText(page)).toBe('Ta bort');
    expect((await page.request.get(`/api/measures/${createdId}`)).status()).toBe(200);

    await trigger.click();
    const remove = page.waitForRequest((r) => r.method() === 'DELETE');
    await page.getByRole('alertdialog').getByRole('button', { name: 'Ta bort åtgärden' }).click();
    expect(new URL((await remove).url()).searchParams.get('version')).toMatch(/^\d+$/);
    await page.waitForURL(new RegExp(`/planer/${planId}/atgarder$`));
    expect((await page.request.get(`/api/measures/${createdId}`)).status()).toBe(404);
    const hs07Change = 1_500_500;
    expect(await planned2024(page)).toBe(before + hs07Change);
    await page.context().close();
  });

  it('shows a reader every section and no edit controls', async () => {
    const page = await loggedIn('politiker');
    await openMeasure(page, 'HS-07');
    const headings = await page.locator('main section h2').allTextContents();
    expect(headings).toEqual([
      'Grunddata',
      'Ekonomi',
      'Risker och konsekvenser',
      'Uppföljning',
      'Milstolpar',
      'Beroenden och övervältring',
      'Beslut',
      'Historik',
    ]);
    expect(await page.getByRole('button', { name: 'Ändra' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Ta bort' }).count()).toBe(0);
    expect(await page.locator('main input, main select, main textarea').count()).toBe(0);
    await expectNoAxeViolations(page, 'åtgärd för förtroendevald');
    await page.context().close();
  });

  it('lets a manager edit the measures he is responsible for, and no other', async () => {
    const page = await loggedIn('chef');
    await openMeasure(page, 'HS-07');
    await page.getByRole('button', { name: 'Ändra' }).waitFor();
    await openMeasure(page, 'HS-11');
    await page.getByRole('button', { name: 'Ändra' }).waitFor();
    await openMeasure(page, 'HS-01');
    await page.getByTestId('history').waitFor();
    expect(await page.getByRole('button', { name: 'Ändra' }).count()).toBe(0);
    await page.context().close();
  });
});
