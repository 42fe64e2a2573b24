import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/browser';
import { demoBrowser } from './support/demo-browser';
import { focusedName, tabTo } from './support/keyboard';

let planId = '';

const KIRURGI = 'Exempelregionen / Hälso- och sjukvård / Division Kirurgi';
const NBSP = '\u00a0';

const { loggedIn } = demoBrowser();

/** The controller sets Kirurgi's commitment for a year with the keyboard only. */
async function setWithKeyboard(page: Page, year: number, amount: string, manager?: string) {
  await page.goto(`/planer/${planId}/beting?ar=${year}`);
  await page.getByRole('heading', { level: 1, name: 'Åtgärdsbeting' }).waitFor();
  await page.locator('#main').focus();
  await tabTo(page, 'Enhet');
  await page.getByTestId('commitment-unit').selectOption({ label: KIRURGI });
  await tabTo(page, 'Belopp (tkr)');
  await page.keyboard.type(amount);
  if (manager) {
    await tabTo(page, 'Chef som accepterar');
    await page.getByTestId('commitment-manager').selectOption({ label: manager });
    await tabTo(page, 'Spara betinget');
  }
  await page.keyboard.press('Enter');
  await page
    .getByRole('status')
    .filter({ hasText: `Betinget för ${KIRURGI} är sparat` })
    .waitFor();
}

describe('savings commitments (åtgärdsbeting)', () => {
  it('a controller sets two commitments for Kirurgi from the commitments page', async () => {
    const page = await loggedIn('controller');
    await page.waitForURL(/\/planer\/[^/]+\/oversikt/);
    planId = /\/planer\/([^/]+)\//.exec(page.url())?.[1] ?? '';
    expect(planId).not.toBe('');
    await page.getByRole('link', { name: 'Åtgärdsbeting' }).click();
    await page.getByRole('heading', { level: 1, name: 'Åtgärdsbeting' }).waitFor();
    expect(await page.title()).toBe('Åtgärdsbeting – Balans');

    await setWithKeyboard(page, 2024, '12 000');
    const row = page.getByTestId('commitments-all').locator(`tr[data-unit="${KIRURGI}"]`);
    expect(await row.locator('td').nth(0).textContent()).toBe(`12,0${NBSP}mnkr`);
    expect(await row.getByText('Inväntar accept').count()).toBe(1);
    expect(
      await page.getByTestId('commitments-not-accepted').locator(`tr[data-unit="${KIRURGI}"]`).count(),
    ).toBe(1);
    await page.getByRole('heading', { name: 'Täcks inte av åtgärderna' }).waitFor();
    await expectNoAxeViolations(page, 'the commitments page, controller');

    await setWithKeyboard(page, 2025, '3 mnkr', 'Divisionschef Kirurgi');
    const named = page.getByTestId('commitments-all').locator(`tr[data-unit="${KIRURGI}"]`);
    expect(await named.locator('td').nth(1).textContent()).toBe('Divisionschef Kirurgi');
    await page.close();
  });

  it('the manager sees the commitment on landing, accepts the amount shown, declines the other with a reason', async () => {
    const page = await loggedIn('chef');
    const card = page.getByTestId('home-commitments');
    await card.waitFor();
    expect(await card.getByRole('heading').textContent()).toBe('Du har 2 beting att acceptera');
    await card.getByRole('link', { name: 'Visa betinget' }).click();
    await page.getByRole('heading', { level: 1, name: 'Åtgärdsbeting' }).waitFor();
    expect(new URL(page.url()).searchParams.get('ar')).toBe('2024');

    // Accept with the keyboard: the dialog says the amount, and the confirming button repeats it.
    await page.locator('#main').focus();
    await tabTo(page, `Acceptera betinget för ${KIRURGI}`);
    await page.keyboard.press('Enter');
    const dialog = page.getByTestId('confirm-dialog');
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain(
      `Du accepterar att ${KIRURGI} ska leverera 12${NBSP}000${NBSP}000${NBSP}kr år 2024.`,
    );
    await expectNoAxeViolations(page, 'the accept dialog');
    await tabTo(page, `Acceptera 12${NBSP}000${NBSP}000${NBSP}kr`);
    await page.keyboard.press('Enter');
    await page
      .getByRole('status')
      .filter({ hasText: `Du accepterade betinget för ${KIRURGI}` })
      .waitFor();
    const mine = page.getByTestId('my-commitment');
    expect(await mine.getByText('Accepterat').count()).toBe(1);
    expect(await mine.textContent()).toMatch(/Divisionschef Kirurgi, \d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
    expect(await mine.getByRole('button', { name: /Acceptera/ }).count()).toBe(0);
    await expectNoAxeViolations(page, 'the commitments page, manager');

    // Decline 2025: the reason is required.
    await page.goto(`/planer/${planId}/beting?ar=2025`);
    await page.getByRole('button', { name: `Avböj betinget för ${KIRURGI}` }).click();
    const declineDialog = page.getByRole('dialog');
    await declineDialog.getByRole('button', { name: 'Avböj betinget' }).click();
    await declineDialog.getByText('Skriv varför du avböjer betinget').waitFor();
    expect(await focusedName(page)).toBe('Skäl');
    await page.keyboard.type('Vårdplatserna kan inte minskas 2025');
    await declineDialog.getByRole('button', { name: 'Avböj betinget' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Du avböjde betinget för ${KIRURGI}` })
      .waitFor();
    expect(await page.getByTestId('my-commitment').textContent()).toContain('Divisionschef Kirurgi');
    expect(await page.getByTestId('my-commitment').getByText('Avböjt').count()).toBe(1);
    expect(await page.getByTestId('my-commitment').textContent()).toContain(
      'Vårdplatserna kan inte minskas 2025',
    );

    // On a phone: nothing scrolls sideways, and axe is still clean.
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(390);
    await expectNoAxeViolations(page, 'the commitments page on a phone');
    await page.close();
  });

  it('the controller sees the acceptance and the decline', async () => {
    const page = await loggedIn('controller');
    await page.goto(`/planer/${planId}/beting?ar=2025`);
    const row = page.getByTestId('commitments-not-accepted').locator(`tr[data-unit="${KIRURGI}"]`);
    await row.waitFor();
    expect(await row.textContent()).toContain('Avböjt');
    expect(await row.textContent()).toContain('Vårdplatserna kan inte minskas 2025');
    await page.goto(`/planer/${planId}/beting?ar=2024`);
    const accepted = page.getByTestId('commitments-all').locator(`tr[data-unit="${KIRURGI}"]`);
    await accepted.waitFor();
    expect(await accepted.textContent()).toContain('Accepterat');
    await page.close();
  });
});
