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
const mnkr = (text: string) => `${text}${NBSP}mnkr`;

async function overviewAs(username: string): Promise<Page> {
  const page = await newPage(browser, server.url);
  const user = server.users[username];
  if (!user) throw new Error(`no demo user ${username}`);
  await logIn(page, user.username, user.password);
  await toOverview(page);
  return page;
}

/** The plan's key figure (a `<dt>` and its `<dd>`s) with this label, in the section of the plan's figures. */
function keyFigure(page: Page, label: string) {
  return page
    .getByRole('region', { name: 'Planen 2024' })
    .locator('.key-figure')
    .filter({ has: page.getByRole('term').filter({ hasText: label }) });
}

/** A key figure of the follow-up headline, the first section of the overview once there are reports. */
function headlineFigure(page: Page, label: string) {
  return page
    .getByTestId('overview-headline')
    .locator('.key-figure')
    .filter({ has: page.getByRole('term').filter({ hasText: label }) });
}

describe('the plan overview', () => {
  it('shows the key figures of the whole organisation for 2024 and links them to the measures', async () => {
    const page = await overviewAs('controller');
    await page.getByRole('heading', { level: 1, name: 'Översikt 2024 – hela organisationen' }).waitFor();
    expect(await page.title()).toBe('Översikt 2024 – hela organisationen – Balans');
    expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);

    const planned = keyFigure(page, 'Planerad nivå');
    await planned.getByText(mnkr('557,7')).waitFor();
    expect(await planned.locator('.amount').getAttribute('title')).toBe(`557${NBSP}700${NBSP}000${NBSP}kr`);
    expect(await keyFigure(page, 'Mål 2024').locator('.amount').textContent()).toBe(mnkr('500,0'));
    // Decided in November 2023 with a measure cancelled since (HS-14, 9,0 mnkr).
    expect(await keyFigure(page, 'Ursprunglig plan').locator('.amount').textContent()).toBe(mnkr('566,7'));
    const gap = keyFigure(page, 'Avvikelse mot målet');
    expect(await gap.locator('.amount').textContent()).toBe(mnkr('57,7'));
    expect(await gap.textContent()).toContain(`${mnkr('57,7')} över målet`);

    for (const name of [
      'Besparingspyramiden',
      'Genomförbarhet',
      'Effekt per år',
      'Planerad nivå per förvaltning',
    ]) {
      await page.getByRole('heading', { level: 2, name }).waitFor();
    }
    // Every chart is an image with its figures in words, and the same figures are in a table (four charts of
    // the plan, and the forecast history).
    await page
      .getByRole('region', { name: 'Prognosens utveckling 2024' })
      .locator('tbody tr')
      .first()
      .waitFor();
    const charts = page.locator('[role="img"]');
    expect(await charts.count()).toBe(5);
    expect(await page.getByRole('img', { name: /Pyramiddiagram/ }).getAttribute('aria-label')).toContain(
      `Effektivisering ${mnkr('425,7')}`,
    );
    expect(await page.getByRole('table').count()).toBe(5);
    const feasibility = page.getByRole('region', { name: 'Genomförbarhet' });
    expect(await feasibility.getByRole('definition').first().textContent()).toBe(mnkr('460,7'));

    const { pathname } = new URL(page.url());
    const planPath = pathname.replace(/\/oversikt$/, '');
    await planned.getByRole('link').click();
    await page.waitForURL(/\/atgarder/);
    const url = new URL(page.url());
    expect(url.pathname).toBe(`${planPath}/atgarder`);
    expect(url.searchParams.get('ar')).toBe('2024');
    expect(url.searchParams.get('enhet')).toBeNull();
    await page.context().close();
  });

  it('leads with the forecast against the target as of the latest month with reports (issue 11, item 7)', async () => {
    const page = await overviewAs('politiker');
    const headline = page.getByTestId('overview-headline');
    await headline.waitFor();
    // The first heading and the first figure after the page title: the forecast against the target, per 2024-12.
    expect(await page.locator('main h2').first().textContent()).toBe('Prognos mot målet 2024, per 2024-12');
    const first = page.locator('main .key-figure').first();
    expect(await first.getByRole('term').textContent()).toBe('Prognos 2024');
    expect(await first.locator('.amount').first().textContent()).toBe(mnkr('337,0'));
    expect(await first.textContent()).toContain(`${mnkr('163,0')} under målet`);
    expect(await first.textContent()).toContain(`Mål 2024: ${mnkr('500,0')}`);
    expect(await headlineFigure(page, 'Avvikelse mot målet').locator('.amount').textContent()).toBe(
      `\u2212${mnkr('163,0')}`,
    );
    expect(await headlineFigure(page, 'Riskviktad prognos').locator('.amount').textContent()).toBe(
      mnkr('214,0'),
    );
    expect(await headlineFigure(page, 'Planerad nivå').locator('.amount').textContent()).toBe(mnkr('557,7'));
    const statuses = headlineFigure(page, 'Åtgärdernas status');
    expect(await statuses.getByRole('listitem').allTextContents()).toEqual(['24 röda', '1 gul', '4 gröna']);
    expect(await headlineFigure(page, 'Inaktuellt').textContent()).toContain('Inga inaktuella uppgifter');
    // The plan's own figures follow, with the plan's deviation in the same sign: +57,7 over the target.
    const plan = page.getByRole('region', { name: 'Planen 2024' });
    const [headlineBox, planBox] = [await headline.boundingBox(), await plan.boundingBox()];
    expect(headlineBox!.y).toBeLessThan(planBox!.y);
    expect(await keyFigure(page, 'Avvikelse mot målet').locator('.amount').textContent()).toBe(mnkr('57,7'));
    await page.context().close();
  });

  it('works on a phone, 390 px wide: headline in the first screen, no sideways scroll, axe (issue 11, item 17)', async () => {
    const page = await overviewAs('politiker');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    const first = page.locator('main .key-figure').first();
    await first.getByText(mnkr('337,0')).waitFor();
    // The content comes first: plan, year and the organisation are folded behind one button.
    const toggle = page.getByRole('button', { name: 'Plan, år och enhet' });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByRole('navigation', { name: 'Organisation' }).count()).toBe(0);
    const heading = await page.getByTestId('overview-headline').getByRole('heading').boundingBox();
    const figure = await first.boundingBox();
    expect(heading!.y).toBeGreaterThanOrEqual(0);
    expect(figure!.y + figure!.height).toBeLessThanOrEqual(844);
    await page.waitForTimeout(1200); // the charts draw
    expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(390);
    await expectNoAxeViolations(page, 'översikt på en telefon');
    // Opened, the panel follows the button in the reading and tab order, before the content.
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await page.getByRole('navigation', { name: 'Organisation' }).waitFor();
    await toggle.focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'plan-select',
    );
    expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(390);
    await page.context().close();
  });

  it('narrows to a unit by the org tree and links each table figure to the filtered measures', async () => {
    const page = await overviewAs('controller');
    const tree = page.getByRole('navigation', { name: 'Organisation' });
    await tree.getByRole('link', { name: 'Hälso- och sjukvård' }).click();
    await page.waitForURL(/enhet=/);
    const unitId = new URL(page.url()).searchParams.get('enhet');
    expect(unitId).toBeTruthy();
    await page.getByRole('heading', { level: 1, name: 'Översikt 2024 – Hälso- och sjukvård' }).waitFor();
    await keyFigure(page, 'Planerad nivå').getByText(mnkr('387,0')).waitFor();
    // The demo's sparbeting for Hälso- och sjukvård, set with the plan (issue 12).
    expect(await keyFigure(page, 'Sparbeting 2024').textContent()).toContain(mnkr('350,0'));
    await page
      .getByRole('heading', { level: 2, name: 'Planerad nivå per enhet under Hälso- och sjukvård' })
      .waitFor();

    // The savings-type pyramid's table: the efficiency amount leads to those measures of this unit.
    const pyramid = page.getByRole('region', { name: 'Besparingspyramiden' });
    const efficiency = pyramid.getByRole('row', { name: /^Effektivisering/ });
    await efficiency.getByRole('link').click();
    await page.waitForURL(/\/atgarder\?/);
    let url = new URL(page.url());
    expect(url.searchParams.get('ar')).toBe('2024');
    expect(url.searchParams.get('enhet')).toBe(unitId);
    expect(url.searchParams.get('sparform')).toBe('efficiency');
    await page.goBack();

    // Feasibility "(saknas)" and a year of the effect table keep the unit too.
    const feasibility = page.getByRole('region', { name: 'Genomförbarhet' });
    await feasibility
      .getByRole('row', { name: /^\(saknas\)/ })
      .getByRole('link')
      .click();
    await page.waitForURL(/genomforbarhet=saknas/);
    expect(new URL(page.url()).searchParams.get('enhet')).toBe(unitId);
    await page.goBack();
    const years = page.getByRole('region', { name: 'Effekt per år' });
    await years.getByRole('row', { name: /^2025/ }).getByRole('link', { name: /mnkr/ }).click();
    await page.waitForURL(/ar=2025/);
    url = new URL(page.url());
    expect(url.pathname).toMatch(/\/atgarder$/);
    expect(url.searchParams.get('enhet')).toBe(unitId);
    await page.context().close();
  });

  it('navigates to the measures when a chart bar is clicked', async () => {
    const page = await overviewAs('politiker');
    const chart = page.getByRole('img', { name: /per genomförbarhet/ });
    await chart.locator('svg').waitFor();
    await page.waitForTimeout(1200); // the bars grow in
    const bars = chart.locator('path[fill="#1d4e89"]');
    await bars.first().click({ force: true });
    await page.waitForURL(/genomforbarhet=2/);
    await page.context().close();
  });

  it('has no axe violations, for the whole organisation and for a unit, and works in English', async () => {
    const page = await overviewAs('politiker');
    await keyFigure(page, 'Planerad nivå').getByText(mnkr('557,7')).waitFor();
    await page.waitForTimeout(1200);
    await expectNoAxeViolations(page, 'översikt, hela organisationen');
    await page
      .getByRole('navigation', { name: 'Organisation' })
      .getByRole('link', { name: 'Hälso- och sjukvård' })
      .click();
    await keyFigure(page, 'Planerad nivå').getByText(mnkr('387,0')).waitFor();
    await page.waitForTimeout(1200);
    await expectNoAxeViolations(page, 'översikt, Hälso- och sjukvård');

    await page.getByRole('combobox', { name: 'Språk' }).selectOption('en');
    await page.getByRole('heading', { level: 1, name: 'Overview 2024 – Hälso- och sjukvård' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Savings pyramid' }).waitFor();
    await expectNoAxeViolations(page, 'overview in English');
    await page.context().close();
  });
});
