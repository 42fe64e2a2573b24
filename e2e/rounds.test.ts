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

async function loggedIn(username: string): Promise<{ page: Page; planId: string }> {
  const page = await newPage(browser, server.url);
  const user = server.users[username];
  if (!user) throw new Error(`no demo user ${username}`);
  await logIn(page, user.username, user.password);
  await toOverview(page);
  const planId = /\/planer\/([^/]+)\//.exec(page.url())?.[1];
  if (!planId) throw new Error(`no plan in ${page.url()}`);
  return { page, planId };
}

async function csrf(page: Page): Promise<string> {
  const session = (await (await page.request.get('/api/auth/session')).json()) as { csrfToken: string };
  return session.csrfToken;
}

function measureRow(page: Page, code: string) {
  return page.locator(`[data-testid="round-measures"] tbody tr[data-code="${code}"]`);
}

describe('reporting rounds', () => {
  let roundUrl = '';

  it('a controller opens a round, follows it, closes it and reopens it', async () => {
    const { page, planId } = await loggedIn('controller');
    await page.goto(`/planer/${planId}/uppfoljning`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Uppföljning');
    expect(await page.title()).toBe('Uppföljning – Balans');

    // Open a round with a deadline in the past.
    const form = page.locator('form', {
      has: page.getByRole('button', { name: 'Öppna rapporteringsomgång' }),
    });
    await form.getByLabel('Period', { exact: true }).fill('2024-09');
    await form.getByLabel('Enhet').selectOption({ label: 'Exempelregionen / Hälso- och sjukvård' });
    // The deadline is typed ÅÅÅÅ-MM-DD; the browser's mm/dd/yyyy is refused, with the field's name.
    const deadline = form.getByLabel('Sista dag att rapportera');
    expect(await deadline.getAttribute('placeholder')).toBe('ÅÅÅÅ-MM-DD');
    await deadline.fill('10/10/2024');
    await form.getByRole('button', { name: 'Öppna rapporteringsomgång' }).click();
    await form
      .getByText('Sista dag att rapportera: skriv ett datum som finns, som ÅÅÅÅ-MM-DD, t.ex. 2024-10-10')
      .waitFor();
    expect(await deadline.getAttribute('aria-invalid')).toBe('true');
    await deadline.fill('2024-10-10');
    await form.getByRole('button', { name: 'Öppna rapporteringsomgång' }).click();
    await page.waitForURL(/\/uppfoljning\/[^/]+$/);
    roundUrl = new URL(page.url()).pathname;
    await page.getByRole('heading', { level: 1, name: /Rapporteringsomgång 2024-09/ }).waitFor();

    // Every measure is overdue, with its responsible.
    const rows = page.locator('[data-testid="round-measures"] tbody tr');
    const count = await rows.count();
    expect(count).toBeGreaterThan(0);
    expect(await page.locator('[data-testid="round-measures"] tbody tr[data-state="overdue"]').count()).toBe(
      count,
    );
    expect(await measureRow(page, 'HS-07').locator('[data-column="state"]').textContent()).toBe('Försenad');
    expect(await measureRow(page, 'HS-07').locator('[data-column="responsible"]').textContent()).toBe(
      'Divisionschef Kirurgi',
    );
    expect(await page.getByTestId('round-total-overdue').textContent()).toBe(String(count));
    const kirurgi = page.getByTestId('remind-list').locator('li', { hasText: 'Divisionschef Kirurgi' });
    const remindText = await kirurgi.textContent();
    expect(remindText).toContain('HS-07');
    expect(remindText).toContain('HS-11');
    await page.getByRole('button', { name: 'Kopiera påminnelselista' }).click();
    await page.getByText(/Påminnelselistan är kopierad|Kunde inte kopiera/).waitFor();
    expect(await page.getByTestId('round-figures-forecast').textContent()).toMatch(/mnkr$/);
    await expectNoAxeViolations(page, 'the round view');

    // One report submitted via the API: the counts follow.
    const measureId = await measureRow(page, 'HS-07').getAttribute('data-measure-id');
    const href = await measureRow(page, 'HS-07').getByRole('link').getAttribute('href');
    const hs07 = measureId ?? href?.split('/').pop();
    const token = await csrf(page);
    const report = {
      outcomeYtd: 15_000_000,
      forecastYear: 99_000_000,
      status: 'green',
      comment: 'Enligt plan',
      isDraft: false,
    };
    const put = await page.request.put(`/api/measures/${hs07}/reports/2024-09`, {
      data: report,
      headers: { 'X-CSRF-Token': token },
    });
    expect(put.status()).toBe(200);
    await page.reload();
    await measureRow(page, 'HS-07').waitFor();
    expect(await measureRow(page, 'HS-07').locator('[data-column="state"]').textContent()).toBe('Inskickad');
    expect(await page.getByTestId('round-total-reported').textContent()).toBe('1');
    expect(await page.getByTestId('round-total-overdue').textContent()).toBe(String(count - 1));
    const forecast = await page.getByTestId('round-figures-forecast').textContent();
    expect(forecast).toMatch(new RegExp(`^\\d[\\d${NBSP}]*,\\d${NBSP}mnkr$`));

    // Close (confirmed): the period freezes.
    await page.getByRole('button', { name: 'Stäng omgången' }).click();
    const closeDialog = page.getByRole('alertdialog');
    expect(await closeDialog.textContent()).toContain('fryses');
    await closeDialog.getByRole('button', { name: 'Stäng och lås perioden' }).click();
    await page.getByTestId('round-status').getByText('Stängd').waitFor();
    await page.getByRole('status').getByText('Omgången är stängd och perioden låst.').waitFor();
    const frozen = await page.request.put(`/api/measures/${hs07}/reports/2024-09`, {
      data: { ...report, version: 1 },
      headers: { 'X-CSRF-Token': token },
    });
    expect(frozen.status()).toBe(409);

    // Reopen: a reason is required.
    await page.getByRole('button', { name: 'Öppna igen' }).click();
    const reopen = page.getByRole('dialog');
    await reopen.getByRole('button', { name: 'Öppna omgången igen' }).click();
    await reopen.getByText('Ange varför omgången öppnas igen').waitFor();
    await reopen.getByLabel('Skäl').fill('Fel prognos för HS-07');
    await reopen.getByRole('button', { name: 'Öppna omgången igen' }).click();
    await page.getByTestId('round-status').getByText('Öppen').waitFor();
    await expectNoAxeViolations(page, 'the reopened round view');
  });

  it('shows the plan’s follow-up figures as of a period', async () => {
    const { page, planId } = await loggedIn('controller');
    await page.goto(`/planer/${planId}/uppfoljning?period=2024-08`);
    await page.getByTestId('followup-forecast').getByText(`310,7${NBSP}mnkr`).waitFor();
    await page.getByTestId('rounds-list').waitFor();
    expect(await page.getByTestId('rounds-list').textContent()).toContain('2024-09');
    await expectNoAxeViolations(page, 'the follow-up page');
    // The month is typed ÅÅÅÅ-MM whatever the browser's language; anything else is named, and nothing moves.
    await page.getByLabel('Per period').fill('december 2024');
    await page.getByRole('button', { name: 'Visa', exact: true }).click();
    await page
      .getByRole('alert')
      .getByText('Per period: skriv månaden som ÅÅÅÅ-MM, t.ex. 2024-08.')
      .waitFor();
    expect(new URL(page.url()).searchParams.get('period')).toBe('2024-08');
    await page.getByLabel('Per period').fill('2024-12');
    await page.getByRole('button', { name: 'Visa', exact: true }).click();
    await page.getByTestId('followup-forecast').getByText(`337,0${NBSP}mnkr`).waitFor();
    expect(new URL(page.url()).searchParams.get('period')).toBe('2024-12');

    // As of 2024-09 the round over Hälso- och sjukvård asked for reports: all but HS-07 are stale, each
    // listed with its owner and the period it last reported in.
    await page.goto(`/planer/${planId}/uppfoljning?period=2024-09`);
    const stale = page.getByTestId('stale-measures');
    await stale.waitFor();
    const codes = await stale.locator('tbody th').allTextContents();
    expect(codes).toContain('HS-11');
    expect(codes).not.toContain('HS-07');
    const hs11 = stale.locator('tbody tr', { has: page.getByRole('link', { name: 'HS-11', exact: true }) });
    expect(await hs11.textContent()).toContain('Divisionschef Kirurgi');
    expect(await hs11.textContent()).toContain('2024-08');
    await expectNoAxeViolations(page, 'the follow-up page with stale measures');
  });

  it('shows a reader the rounds without open or close controls', async () => {
    const { page, planId } = await loggedIn('politiker');
    await page.goto(`/planer/${planId}/uppfoljning`);
    await page.getByRole('heading', { level: 1, name: 'Uppföljning' }).waitFor();
    await page.getByTestId('followup-forecast').waitFor();
    expect(await page.getByRole('button', { name: 'Öppna rapporteringsomgång' }).count()).toBe(0);
    await page.goto(roundUrl);
    await page.getByTestId('round-measures').waitFor();
    expect(await page.getByRole('button', { name: 'Stäng omgången' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Öppna igen' }).count()).toBe(0);
    await expectNoAxeViolations(page, 'the round view as a reader');
  });
  it('follows the year and unit of the sidebar and opens at the latest period with reports (issue 11)', async () => {
    const { page, planId } = await loggedIn('controller');
    await page.getByTestId('year-select').selectOption('2024');
    await page.waitForURL(/ar=2024/);
    const tree = page.getByRole('navigation', { name: 'Organisation' });
    await tree.getByRole('link', { name: 'Hälso- och sjukvård' }).click();
    await page.waitForURL(/enhet=/);
    await tree.getByRole('link', { name: 'Division Kirurgi' }).click();
    await tree.locator('a[aria-current="true"]', { hasText: 'Division Kirurgi' }).waitFor();
    const kirurgi = new URL(page.url()).searchParams.get('enhet');
    await page
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('link', { name: 'Uppföljning' })
      .click();
    await page.waitForURL(/\/uppfoljning\?/);
    await page.getByTestId('followup-heading').getByText('Uppföljning 2024 per 2024-12').waitFor();
    expect(await page.getByTestId('followup-unit').textContent()).toContain('Division Kirurgi');
    const summary = await page.request.get(
      `/api/plans/${planId}/summary?year=2024&period=2024-12&by=unit&orgUnitId=${kirurgi}`,
    );
    const total = ((await summary.json()) as { total: { forecast: number; outcome: number } }).total;
    const whole = await page.request.get(`/api/plans/${planId}/summary?year=2024&period=2024-12&by=unit`);
    expect(((await whole.json()) as { total: { forecast: number } }).total.forecast).not.toBe(total.forecast);
    const shown = (testId: string) =>
      page.getByTestId(testId).locator('[data-kronor]').first().getAttribute('data-kronor');
    expect(Number(await shown('followup-forecast'))).toBe(total.forecast);
    expect(Number(await shown('followup-outcome'))).toBe(total.outcome);
    expect(total.outcome).toBeGreaterThan(0);
    expect(await page.getByTestId('followup-stale-count').textContent()).toMatch(
      /^Alla åtgärder har rapporterat för 2024-/,
    );

    // 2025 has no reports: no claim that all have reported.
    await page.getByTestId('year-select').selectOption('2025');
    await page.waitForURL(/ar=2025/);
    await page
      .getByTestId('followup-heading')
      .getByText(/^Uppföljning 2025 per 2025-/)
      .waitFor();
    expect(await page.getByTestId('followup-stale-count').textContent()).toBe(
      'Inga rapporter var begärda för perioden',
    );
    await page.context().close();
  });
});
