import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { logIn, newPage } from './chromium';
import type { RunningServer } from './server';

/** A new page logged in as the demo user `username` (its generated password comes from the server's start). */
export async function loggedInPage(browser: Browser, server: RunningServer, username: string): Promise<Page> {
  const page = await newPage(browser, server.url);
  const user = server.users[username];
  if (!user) throw new Error(`no demo user ${username}`);
  await logIn(page, user.username, user.password);
  return page;
}

/** A JSON call through the page's session (with its CSRF token when it changes something). */
export async function pageApi<T>(
  page: Page,
  method: 'GET' | 'POST' | 'PUT',
  path: string,
  data?: object,
): Promise<T> {
  const headers: Record<string, string> = {};
  if (method !== 'GET') {
    const session = (await (await page.request.get('/api/auth/session')).json()) as { csrfToken: string };
    headers['X-CSRF-Token'] = session.csrfToken;
  }
  const response = await page.request.fetch(path, { method, headers, ...(data ? { data } : {}) });
  expect(response.status(), `${method} ${path}: ${await response.text()}`).toBeLessThan(300);
  return (await response.json()) as T;
}

/**
 * After logging in, wherever the user landed (a reader lands on the latest published board report, issue 12),
 * on to the overview of the newest plan; returns the plan's id.
 */
export async function toOverview(page: Page): Promise<string> {
  await page.waitForURL(/\/planer\/[^/]+\/oversikt|\/namndrapporter\//);
  if (!/\/oversikt/.test(page.url())) {
    const plans = (await (await page.request.get('/api/plans')).json()) as { id: string; lastYear: number }[];
    const newest = [...plans].sort((a, b) => b.lastYear - a.lastYear)[0]!;
    await page.goto(`/planer/${newest.id}/oversikt`);
    await page.waitForURL(/\/oversikt/);
  }
  return /\/planer\/([^/]+)\//.exec(page.url())![1]!;
}
