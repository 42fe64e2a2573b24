import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser } from './support/browser';
import { regionBoardId } from './support/decisions';
import { type RunningServer, startDemoServer } from './support/server';
import { pageApi as api, loggedInPage } from './support/session';

/** Issue 12, item 1: the decisions register, and beslutad only through "Registrera beslut". */

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

interface Measure {
  id: string;
  code: string;
  status: string;
  version: number;
}

async function measure(page: Page, code: string): Promise<Measure> {
  const list = await api<{ items: Measure[] }>(page, 'GET', `/api/plans/${planId}/measures?q=${code}`);
  return list.items.find((m) => m.code === code)!;
}

async function setStatus(page: Page, code: string, status: string): Promise<void> {
  const current = await measure(page, code);
  const session = await api<{ csrfToken: string }>(page, 'GET', '/api/auth/session');
  const response = await page.request.fetch(`/api/measures/${current.id}`, {
    method: 'PATCH',
    headers: { 'X-CSRF-Token': session.csrfToken },
    data: { version: current.version, status },
  });
  expect(response.status(), await response.text()).toBe(200);
}

const text = (value: string | null) => (value ?? '').replace(/\s+/g, ' ').trim();

describe('the decisions register', () => {
  it('lets the controller register a beslut that makes a measure beslutad, from the measure’s page', async () => {
    const page = await loggedInPage(browser, server, 'controller');
    planId = (await api<{ id: string }[]>(page, 'GET', '/api/plans'))[0]!.id;
    await regionBoardId(page);
    // The demo records HS-07 as beslutad; take it back to beredd so that it can be decided again.
    await setStatus(page, 'HS-07', 'prepared');
    const hs07 = await measure(page, 'HS-07');

    await page.goto(`/planer/${planId}/atgarder/${hs07.id}`);
    await page.getByRole('link', { name: 'Registrera beslut om åtgärden' }).click();
    await page.getByRole('heading', { level: 1, name: 'Registrera beslut' }).waitFor();
    expect(await page.getByLabel('Åtgärder som beslutet gäller').inputValue()).toBe('HS-07');
    expect(await page.getByLabel('De blir beslutade').isChecked()).toBe(true);
    await page.getByLabel('Organ', { exact: true }).selectOption(await regionBoardId(page));
    await page.getByLabel('Sammanträdesdag').fill('2024-02-13');
    await page.getByLabel('Paragraf').fill('§ 27');
    await page.getByLabel('Beslutstext').fill('Regionstyrelsen beslutar att genomföra åtgärden HS-07.');
    await page.getByLabel('Länk till protokollet').fill('https://example.org/protokoll/rs-2024-02-13.pdf');
    // Keyboard only: Enter in a field submits the form.
    await page.getByLabel('Paragraf').press('Enter');

    await page.getByTestId('notice').waitFor();
    expect(await page.getByTestId('notice').textContent()).toBe('Beslutet är registrerat.');
    expect(text(await page.getByRole('heading', { level: 1 }).textContent())).toBe(
      'Regionstyrelsen 2024-02-13 § 27',
    );
    expect(text(await page.getByTestId('decision-facts').innerText())).toContain('Åtgärderna blir beslutade');
    const link = page.getByTestId('decision-measures').getByRole('link', { name: 'HS-07' });
    expect(await link.getAttribute('href')).toBe(`/planer/${planId}/atgarder/${hs07.id}`);
    expect(await page.getByRole('link', { name: 'Öppna protokollet' }).getAttribute('href')).toBe(
      'https://example.org/protokoll/rs-2024-02-13.pdf',
    );
    expect((await measure(page, 'HS-07')).status).toBe('decided');
    await expectNoAxeViolations(page, 'the decision page');

    // The measure's own status picker no longer offers beslutad or utgår.
    await link.click();
    const decisions = page.getByTestId('decisions-table');
    await decisions.waitFor();
    // The demo's own decisions on HS-07 show at once; the new one as soon as the list is fetched again.
    await expect
      .poll(async () => text(await decisions.innerText()))
      .toMatch(/2024-02-13 Regionstyrelsen § 27 beslut/);
    await page.context().close();
  });

  it('filters the register by body, kind, period and only noted, and lists what needs following up', async () => {
    const page = await loggedInPage(browser, server, 'controller');
    planId = (await api<{ id: string }[]>(page, 'GET', '/api/plans'))[0]!.id;
    const bodyId = await regionBoardId(page);
    // The demo's own bodies; the decisions of this test are met in 2025, when the demo has none.
    const bodies = await api<{ id: string; name: string }[]>(page, 'GET', '/api/decision-bodies');
    const nämnd = bodies.find((body) => body.name === 'Hälso- och sjukvårdsnämnden')!;
    const post = (extra: object) =>
      api(page, 'POST', '/api/decisions', {
        bodyId,
        meetingDate: '2025-03-19',
        kind: 'noted',
        text: 'Informationen antecknas till protokollet.',
        planId,
        ...extra,
      });
    await post({ bodyId: nämnd.id, paragraph: '§ 34' });
    await post({ kind: 'assignment', paragraph: '§ 40', dueOn: '2025-05-31', text: 'Uppdrag att redovisa.' });

    await page.goto(`/planer/${planId}/beslut?fran=2025-01-01`);
    const register = page.getByTestId('decision-register');
    await register.waitFor();
    expect(await register.locator('tbody tr').count()).toBeGreaterThanOrEqual(2);
    await page.getByRole('checkbox', { name: 'Endast antecknade till protokollet' }).check();
    await page.waitForURL(/antecknade=ja/);
    await expect.poll(() => register.locator('tbody tr').count()).toBe(1);
    expect(text(await register.innerText())).toContain('Hälso- och sjukvårdsnämnden § 34');
    await page.getByRole('checkbox', { name: 'Endast antecknade till protokollet' }).uncheck();
    await page.getByLabel('Organ', { exact: true }).selectOption({ label: 'Regionstyrelsen' });
    await expect.poll(() => register.getByText('Hälso- och sjukvårdsnämnden').count()).toBe(0);
    await page.getByLabel('Typ', { exact: true }).selectOption({ label: 'uppdrag' });
    await expect.poll(() => register.locator('tbody tr').count()).toBe(1);
    await page.getByRole('button', { name: 'Rensa filter' }).click();
    await page.getByLabel('Sammanträde från').fill('2025-03-01');
    await page.getByLabel('Sammanträde till').fill('2025-03-31');
    await expect.poll(() => register.locator('tbody tr').count()).toBe(2);

    expect(text(await page.getByTestId('past-due').innerText())).toContain(
      'Regionstyrelsen § 40 (förfallodag 2025-05-31)',
    );
    expect(text(await page.getByTestId('only-noted').innerText())).toContain(
      'Hälso- och sjukvårdsnämnden § 34',
    );
    await page.getByTestId('without-decision').getByRole('link').first().waitFor();
    await expectNoAxeViolations(page, 'the decisions register');

    // Usable 390 px wide: nothing but the table's own scroll area is wider than the screen.
    await page.setViewportSize({ width: 390, height: 844 });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page, 'the decisions register at 390 px');
    await page.context().close();
  });
});
