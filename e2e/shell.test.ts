import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser, newPage } from './support/browser';
import { type RunningServer, startDemoServer } from './support/server';
import { pageApi as api, loggedInPage, toOverview } from './support/session';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startDemoServer(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const loggedIn = (username: string) => loggedInPage(browser, server, username);

describe('the shell', () => {
  it('shows the login page at / to a visitor, in Swedish, with no axe violations', async () => {
    const page = await newPage(browser, server.url);
    await page.goto('/');
    await page.waitForURL(/\/logga-in/);
    await expect(page.locator('html')).toBeTruthy();
    expect(await page.getAttribute('html', 'lang')).toBe('sv');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Logga in');
    await expectNoAxeViolations(page, 'login');
    await page.getByLabel('Användarnamn').fill('controller');
    await page.getByLabel('Lösenord').fill('fel lösenord');
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toContain('Inloggningen misslyckades');
    await page.context().close();
  });

  it('logs in every role and shows the tenant and the role', async () => {
    const expected: Record<string, string> = {
      admin: 'administratör',
      controller: 'controller',
      chef: 'ansvarig chef',
      politiker: 'förtroendevald',
      revisor: 'revisor',
    };
    for (const [username, role] of Object.entries(expected)) {
      const page = await loggedIn(username);
      await toOverview(page);
      expect(await page.locator('.tenant-name').textContent()).toBe('Exempelregionen');
      expect(await page.getByTestId('roles').textContent()).toContain(role);
      await page.context().close();
    }
  });

  it('keeps the address of a view through login (deep link) and navigates by the org tree', async () => {
    const page = await newPage(browser, server.url);
    await page.goto('/import');
    await page.waitForURL(/\/logga-in\?next=%2Fimport/);
    const user = server.users.controller!;
    await page.getByLabel('Användarnamn').fill(user.username);
    await page.getByLabel('Lösenord').fill(user.password);
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.waitForURL(/\/import$/);
    await page.getByRole('link', { name: 'Översikt' }).click();
    await page.waitForURL(/\/oversikt/);
    const tree = page.getByRole('navigation', { name: 'Organisation' });
    await tree.getByRole('link', { name: 'Hälso- och sjukvård' }).click();
    await page.waitForURL(/enhet=/);
    await tree.locator('a[aria-current="true"]', { hasText: 'Hälso- och sjukvård' }).waitFor();
    await page.context().close();
  });

  it('starts a manager at his or her own division, with figures and a tree of only that division', async () => {
    const page = await loggedIn('chef');
    await page.waitForURL(/\/oversikt/);
    await page.getByRole('heading', { level: 1, name: /Division Kirurgi/ }).waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
    const planned = page.locator('.key-figure-main [data-kronor]').first();
    await planned.waitFor();
    expect(Number(await planned.getAttribute('data-kronor'))).toBeGreaterThan(0);
    const tree = page.getByRole('navigation', { name: 'Organisation' });
    expect(await tree.getByRole('link', { name: 'Hela organisationen' }).count()).toBe(0);
    expect(await tree.getByRole('link', { name: 'Tandvård' }).count()).toBe(0);
    await tree.locator('a[aria-current="true"]', { hasText: 'Division Kirurgi' }).waitFor();
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Åtgärder' }).click();
    await page.waitForURL(/\/atgarder\?.*enhet=/);
    await page.getByText('stämmer').first().waitFor();
    await page.context().close();
  });

  it('has an accessibility statement readable without logging in', async () => {
    const page = await newPage(browser, server.url);
    await page.goto('/tillganglighet');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
      'Tillgänglighetsredogörelse för Balans',
    );
    await expectNoAxeViolations(page, 'tillgänglighetsredogörelse');
    await page.context().close();
  });

  // Last in the file: it opens a reporting round, which the tests above must not see.
  it('lands a manager with reports due on them; a reader is not offered "Att rapportera" (issue 11, item 19)', async () => {
    const controller = await loggedIn('controller');
    const planId = (await api<{ id: string }[]>(controller, 'GET', '/api/plans'))[0]!.id;
    const kirurgi = (await api<{ id: string; path: string }[]>(controller, 'GET', '/api/org-units')).find(
      (u) => u.path === 'Exempelregionen / Hälso- och sjukvård / Division Kirurgi',
    )!;
    const thisYear = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' }).slice(0, 4);
    const round = await api<{ id: string }>(controller, 'POST', `/api/plans/${planId}/rounds`, {
      period: '2025-01',
      orgUnitId: kirurgi.id,
      deadline: `${thisYear}-12-17`,
    });
    await controller.context().close();

    const chef = await loggedIn('chef');
    const due = await api<{ items: unknown[] }>(chef, 'GET', `/api/rounds/${round.id}/my-reports`);
    expect(due.items.length).toBeGreaterThan(1);
    const heading = chef.getByRole('heading', { level: 1 });
    await heading.filter({ hasText: 'att rapportera' }).waitFor();
    expect(await heading.textContent()).toBe(
      `${due.items.length} åtgärder att rapportera senast 17 december`,
    );
    expect(new URL(chef.url()).pathname).toBe('/');
    await expectNoAxeViolations(chef, 'startsidan med rapporter att göra');
    await chef.getByRole('link', { name: 'Gå till Att rapportera' }).click();
    await chef.waitForURL(/\/rapportera\?omgang=/);
    expect(new URL(chef.url()).searchParams.get('omgang')).toBe(round.id);
    await chef.context().close();

    for (const reader of ['politiker', 'revisor']) {
      const page = await loggedIn(reader);
      await toOverview(page);
      const menu = page.getByRole('navigation', { name: 'Huvudmeny' });
      await menu.getByRole('link', { name: 'Uppföljning' }).waitFor();
      expect(await menu.getByRole('link', { name: 'Att rapportera' }).count()).toBe(0);
      await page.context().close();
    }
  });
});
