import type { Browser, Locator, Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser } from './support/browser';
import { decideMeasures } from './support/decisions';
import { type RunningServer, startDemoServer } from './support/server';
import { pageApi as api, loggedInPage } from './support/session';

/**
 * "Att rapportera" when saving goes wrong: someone else saved the same report (409), or the network failed.
 * Whatever happens, what the manager typed stays on screen until he or she decides, and ends up stored.
 */

let server: RunningServer;
let browser: Browser;
let planId: string;
let roundId: string;
let controllerName: string;
const measureIds: Record<string, string> = {};
const PERIOD = '2024-09';
const KIRURGI = 'Exempelregionen / Hälso- och sjukvård / Division Kirurgi';
const CODES = ['KIR-KONFLIKT-1', 'KIR-KONFLIKT-2', 'KIR-KONFLIKT-3', 'KIR-NAT-1'] as const;

beforeAll(async () => {
  [server, browser] = await Promise.all([startDemoServer(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const loggedIn = (username: string) => loggedInPage(browser, server, username);

interface Report {
  outcomeYtd: number | null;
  forecastYear: number | null;
  status: string;
  comment: string | null;
  isDraft: boolean;
  reportedByName: string;
  version: number;
}

/** The stored report of a measure for the round's period, as the server has it. */
async function storedReport(page: Page, code: string): Promise<Report | null> {
  const mine = await api<{ items: { code: string; current: Report | null }[] }>(
    page,
    'GET',
    `/api/rounds/${roundId}/my-reports`,
  );
  const item = mine.items.find((i) => i.code === code);
  if (!item) throw new Error(`${code} is not in the round`);
  return item.current;
}

const reportUrl = (code: string) => `/api/measures/${measureIds[code]}/reports/${PERIOD}`;
const isReportPut = (response: Response, code: string) =>
  response.request().method() === 'PUT' && new URL(response.url()).pathname === reportUrl(code);

/** The manager's page with the round's rows shown. */
async function openReportPage(page: Page): Promise<void> {
  await page.goto(`/planer/${planId}/rapportera`);
  await page.getByRole('heading', { level: 1, name: 'Att rapportera' }).waitFor();
  await page.getByTestId('round-period').getByText(PERIOD).waitFor();
}

/** Types into a field as a user does: selects what is there and types over it, key by key. */
async function typeOver(field: Locator, text: string): Promise<void> {
  await field.selectText();
  await field.pressSequentially(text);
}

/**
 * Types a value and waits until the draft is saved and the page has read its reports back, so that a save
 * by someone else afterwards is one the page has not seen.
 */
async function typeFirstDraft(page: Page, code: string, field: Locator, text: string): Promise<void> {
  let saved = false;
  const put = page.waitForResponse((r) => isReportPut(r, code));
  const reread = page.waitForResponse(
    (r) => saved && r.request().method() === 'GET' && r.url().includes(`/api/rounds/${roundId}/my-reports`),
  );
  await field.fill(text);
  expect((await put).status()).toBe(200);
  saved = true;
  await reread;
  await row(page, code)
    .getByTestId('row-live')
    .getByText(/^Utkast sparat \d\d:\d\d$/)
    .waitFor();
}

const row = (page: Page, code: string) => page.locator(`tr[data-measure="${code}"]`);

describe('"Att rapportera" when a save meets someone else’s save or a broken network', () => {
  it('sets up measures of chef in an open round', async () => {
    const controller = await loggedIn('controller');
    planId = (await api<{ id: string }[]>(controller, 'GET', '/api/plans'))[0]!.id;
    const kirurgiId = (await api<{ id: string; path: string }[]>(controller, 'GET', '/api/org-units')).find(
      (u) => u.path === KIRURGI,
    )!.id;
    const chefId = (await api<{ id: string; username: string }[]>(controller, 'GET', '/api/users')).find(
      (u) => u.username === 'chef',
    )!.id;
    controllerName = (await api<{ user: { name: string } }>(controller, 'GET', '/api/auth/session')).user
      .name;
    for (const code of CODES) {
      const created = await api<{ id: string }>(controller, 'POST', `/api/plans/${planId}/measures`, {
        code,
        title: `Teståtgärd ${code}`,
        orgUnitId: kirurgiId,
        responsibleUserId: chefId,
        status: 'prepared',
        effects: [{ year: 2024, costType: 'personnel', amount: 1_000_000 }],
      });
      measureIds[code] = created.id;
    }
    await decideMeasures(controller, planId, Object.values(measureIds));
    const deadline = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    roundId = (
      await api<{ id: string }>(controller, 'POST', `/api/plans/${planId}/rounds`, {
        period: PERIOD,
        orgUnitId: kirurgiId,
        deadline,
      })
    ).id;
    await controller.context().close();
  });

  it('shows who saved the draft in between, keeps what the manager typed, and saves it on "keep mine"', async () => {
    const code = 'KIR-KONFLIKT-1';
    const page = await loggedIn('chef');
    const controller = await loggedIn('controller');
    await openReportPage(page);
    const forecast = page.getByLabel(`Prognos ${code} (tkr)`);
    await typeFirstDraft(page, code, forecast, '1100');
    const first = await storedReport(page, code);
    expect(first).toMatchObject({ forecastYear: 1_100_000, isDraft: true, version: 1 });

    // The controller saves the same draft in another session, from the version the manager saved.
    const theirs = await api<Report>(controller, 'PUT', reportUrl(code), {
      outcomeYtd: 200_000,
      forecastYear: 1_300_000,
      status: 'yellow',
      comment: 'Justerat av controller',
      isDraft: true,
      version: first!.version,
    });
    expect(theirs.version).toBe(2);

    // The manager goes on typing: the save is refused and the page says by whom, without losing the value.
    const refused = page.waitForResponse((r) => isReportPut(r, code));
    await typeOver(forecast, '1150');
    expect((await refused).status()).toBe(409);
    const conflict = row(page, code).locator('.report-conflict[role="alert"]');
    await conflict.waitFor();
    expect(await conflict.textContent()).toMatch(
      new RegExp(
        `^Rapporten har ändrats av ${controllerName} \\d\\d:\\d\\d\\. Dina värden är inte sparade\\.`,
      ),
    );
    const loadTheirs = conflict.getByRole('button', { name: 'Läs in deras värden' });
    const keepMine = conflict.getByRole('button', { name: 'Behåll mina och spara över' });
    expect(await loadTheirs.isVisible()).toBe(true);
    expect(await keepMine.isVisible()).toBe(true);
    expect(await forecast.inputValue()).toBe('1150');
    expect(await page.getByRole('button', { name: `Skicka ${code}` }).isDisabled()).toBe(true);
    // Nothing was written over the controller's draft.
    expect(await storedReport(page, code)).toMatchObject({
      forecastYear: 1_300_000,
      comment: 'Justerat av controller',
      reportedByName: controllerName,
      version: 2,
    });
    await expectNoAxeViolations(page, 'the report page with a conflict');

    // "Keep mine": the manager's values are saved over the controller's, from the version now stored.
    const kept = page.waitForResponse((r) => isReportPut(r, code));
    await keepMine.click();
    expect((await kept).status()).toBe(200);
    await row(page, code)
      .getByTestId('row-live')
      .getByText(/^Utkast sparat \d\d:\d\d$/)
      .waitFor();
    expect(await conflict.count()).toBe(0);
    expect(await forecast.inputValue()).toBe('1150');
    // The whole row is the manager's again: the controller's comment and outcome are replaced, as chosen.
    expect(await storedReport(page, code)).toMatchObject({
      outcomeYtd: null,
      forecastYear: 1_150_000,
      status: 'green',
      comment: null,
      isDraft: true,
      reportedByName: 'Divisionschef Kirurgi',
      version: 3,
    });
    await page.context().close();
    await controller.context().close();
  });

  it('keeps the typed values over a report submitted in between until the manager submits them', async () => {
    const code = 'KIR-KONFLIKT-2';
    const page = await loggedIn('chef');
    const controller = await loggedIn('controller');
    await openReportPage(page);
    const forecast = page.getByLabel(`Prognos ${code} (tkr)`);
    await typeFirstDraft(page, code, forecast, '990');

    await api<Report>(controller, 'PUT', reportUrl(code), {
      outcomeYtd: 400_000,
      forecastYear: 1_000_000,
      status: 'green',
      comment: null,
      isDraft: false,
      version: 1,
    });

    const refused = page.waitForResponse((r) => isReportPut(r, code));
    await typeOver(forecast, '1050');
    expect((await refused).status()).toBe(409);
    const conflict = row(page, code).locator('.report-conflict[role="alert"]');
    await conflict.getByText(`Rapporten har ändrats av ${controllerName}`).waitFor();
    expect(await forecast.inputValue()).toBe('1050');

    // "Keep mine" over a submitted report: no draft can be saved over it, so the row asks for a submit.
    await conflict.getByRole('button', { name: 'Behåll mina och spara över' }).click();
    await row(page, code).getByTestId('row-live').getByText('Ändrat – skicka för att uppdatera').waitFor();
    expect(await conflict.count()).toBe(0);
    expect(await forecast.inputValue()).toBe('1050');
    expect(await row(page, code).getByTestId('row-state').textContent()).toBe('Inskickad');
    expect(await storedReport(page, code)).toMatchObject({
      forecastYear: 1_000_000,
      isDraft: false,
      version: 2,
    });

    const submitted = page.waitForResponse((r) => isReportPut(r, code));
    await page.getByRole('button', { name: `Skicka ${code}` }).click();
    expect((await submitted).status()).toBe(200);
    await row(page, code).getByTestId('row-live').getByText(`${code} inskickad.`).waitFor();
    // "Keep mine" keeps the whole row as the manager has it: the outcome he or she left empty too.
    expect(await storedReport(page, code)).toMatchObject({
      outcomeYtd: null,
      forecastYear: 1_050_000,
      isDraft: false,
      reportedByName: 'Divisionschef Kirurgi',
      version: 3,
    });
    await page.context().close();
    await controller.context().close();
  });

  it('shows the other session’s values on "load theirs" and leaves their report as it is', async () => {
    const code = 'KIR-KONFLIKT-3';
    const page = await loggedIn('chef');
    // The same manager in a second browser (another tab's session) saves the draft in between.
    const otherTab = await loggedIn('chef');
    await openReportPage(page);
    const forecast = page.getByLabel(`Prognos ${code} (tkr)`);
    await typeFirstDraft(page, code, forecast, '800');
    await api<Report>(otherTab, 'PUT', reportUrl(code), {
      outcomeYtd: 100_000,
      forecastYear: 850_000,
      status: 'yellow',
      comment: 'Från andra fliken',
      isDraft: true,
      version: 1,
    });

    const refused = page.waitForResponse((r) => isReportPut(r, code));
    await typeOver(forecast, '820');
    expect((await refused).status()).toBe(409);
    const conflict = row(page, code).locator('.report-conflict[role="alert"]');
    await conflict.getByText('Rapporten har ändrats av Divisionschef Kirurgi').waitFor();
    expect(await forecast.inputValue()).toBe('820');

    await conflict.getByRole('button', { name: 'Läs in deras värden' }).click();
    expect(await conflict.count()).toBe(0);
    expect(await forecast.inputValue()).toBe('850');
    expect(await page.getByLabel(`Utfall hittills ${code} (tkr)`).inputValue()).toBe('100');
    expect(await page.getByLabel(`Status ${code}`).inputValue()).toBe('yellow');
    expect(await page.getByLabel(`Kommentar ${code}`).inputValue()).toBe('Från andra fliken');
    expect(await storedReport(page, code)).toMatchObject({
      forecastYear: 850_000,
      comment: 'Från andra fliken',
      isDraft: true,
      version: 2,
    });
    // Typing on from their values saves a draft on their version, without a new conflict.
    const saved = page.waitForResponse((r) => isReportPut(r, code));
    await forecast.fill('860');
    expect((await saved).status()).toBe(200);
    await row(page, code)
      .getByTestId('row-live')
      .getByText(/^Utkast sparat \d\d:\d\d$/)
      .waitFor();
    expect(await conflict.count()).toBe(0);
    expect(await storedReport(page, code)).toMatchObject({ forecastYear: 860_000, version: 3 });
    await page.context().close();
    await otherTab.context().close();
  });

  it('says the draft is not saved while the network fails, keeps the values, and saves them on retry', async () => {
    const code = 'KIR-NAT-1';
    const page = await loggedIn('chef');
    await openReportPage(page);
    let failing = true;
    let aborted = 0;
    await page.route('**/api/measures/*/reports/*', async (route) => {
      if (failing && route.request().method() === 'PUT') {
        aborted += 1;
        await route.abort('failed');
      } else {
        await route.continue();
      }
    });
    const live = row(page, code).getByTestId('row-live');
    const failed = row(page, code).locator('.report-failed[role="alert"]');
    const forecast = page.getByLabel(`Prognos ${code} (tkr)`);
    const outcome = page.getByLabel(`Utfall hittills ${code} (tkr)`);

    await typeOver(forecast, '900');
    await failed
      .getByText('Utkastet kunde inte sparas (Ingen kontakt med servern). Dina värden finns kvar.')
      .waitFor();
    expect(aborted).toBeGreaterThanOrEqual(1);
    expect(await live.textContent()).toBe('');
    await expectNoAxeViolations(page, 'the report page with a draft not saved');
    // Typing on tries again by itself; it fails again and still says so.
    const before = aborted;
    await typeOver(outcome, '300');
    await expect.poll(() => aborted).toBeGreaterThan(before);
    await failed.getByText(/^Utkastet kunde inte sparas/).waitFor();
    expect(await forecast.inputValue()).toBe('900');
    expect(await outcome.inputValue()).toBe('300');
    expect(await storedReport(page, code)).toBeNull();
    // Closing or reloading the page now would lose what was typed: the page asks the browser to warn.
    const warnsOnLeaving = () =>
      page.evaluate(() => {
        const event = new Event('beforeunload', { cancelable: true });
        window.dispatchEvent(event);
        return event.defaultPrevented;
      });
    expect(await warnsOnLeaving()).toBe(true);

    // The network is back: "Försök igen" saves everything typed.
    failing = false;
    const saved = page.waitForResponse((r) => isReportPut(r, code));
    await failed.getByRole('button', { name: `Försök igen ${code}` }).click();
    expect((await saved).status()).toBe(200);
    await live.getByText(/^Utkast sparat \d\d:\d\d$/).waitFor();
    expect(await failed.count()).toBe(0);
    expect(await warnsOnLeaving()).toBe(false);
    expect(await storedReport(page, code)).toMatchObject({
      outcomeYtd: 300_000,
      forecastYear: 900_000,
      isDraft: true,
    });
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Att rapportera' }).waitFor();
    expect(await page.getByLabel(`Prognos ${code} (tkr)`).inputValue()).toBe('900');
    expect(await page.getByLabel(`Utfall hittills ${code} (tkr)`).inputValue()).toBe('300');
    await page.context().close();
  });
});
