import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser, logIn, newPage } from './support/browser';
import { type RunningServer, startDemoServer } from './support/server';
import { loggedInPage, pageApi } from './support/session';

/** Issue 11 (item 21): a user without any role sees why, not an app whose every read fails. */

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startDemoServer(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('a user without any role grant', () => {
  it('sees "Du har ingen behörighet" instead of the app, and can log out', async () => {
    const admin = await loggedInPage(browser, server, 'admin');
    const password = 'ett-långt-lösenord-utan-roll';
    await pageApi(admin, 'POST', '/api/users', {
      username: 'utanroll',
      name: 'Utan Roll',
      password,
      grants: [],
    });
    const page = await newPage(browser, server.url);
    await logIn(page, 'utanroll', password);
    await page.getByRole('heading', { level: 1, name: 'Du har ingen behörighet i Balans' }).waitFor();
    expect(await page.getByText('Du är inloggad som Utan Roll').count()).toBe(1);
    expect(await page.getByRole('navigation').count()).toBe(0);
    await expectNoAxeViolations(page, 'no access');
    await page.getByRole('button', { name: 'Logga ut' }).click();
    await page.waitForURL(/\/logga-in/);
  });
});
