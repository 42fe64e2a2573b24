import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './chromium';
import { type RunningServer, startDemoServer } from './server';
import { loggedInPage } from './session';

/**
 * The set-up most browser test files share: one demo server and one Chromium for the file, started before
 * its tests and stopped after them; `loggedIn(username)` opens a new page logged in as that demo user.
 */
export function demoBrowser() {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startDemoServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  return {
    loggedIn: (username: string): Promise<Page> => {
      if (!server || !browser) throw new Error('the demo server has not started');
      return loggedInPage(browser, server, username);
    },
    server: (): RunningServer => {
      if (!server) throw new Error('the demo server has not started');
      return server;
    },
  };
}
