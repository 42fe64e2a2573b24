// `npm run screenshots`: regenerates docs/screenshots/*.png of the main screens from a real server on a
// fresh data folder with the demo loaded, in Debian's Chromium.
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser, logIn, newPage } from './support/chromium';
import { ROOT, startServerProcess, stopProcess } from './support/process';

const OUT = path.join(ROOT, 'docs/screenshots');

async function shot(page: Page, name: string) {
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(400);
  await page.screenshot({ path: path.join(OUT, `${name}.png`), fullPage: true });
  console.log(`docs/screenshots/${name}.png`);
}

const webDist = await mkdtemp(path.join(tmpdir(), 'balans-shots-web-'));
const dataDir = await mkdtemp(path.join(tmpdir(), 'balans-shots-data-'));
const build = spawnSync(process.execPath, [path.join(ROOT, 'scripts/build-web.js'), '--out', webDist], {
  stdio: 'inherit',
});
if (build.status !== 0) throw new Error('vite build failed');
await mkdir(OUT, { recursive: true });
const { url, child } = await startServerProcess(dataDir, webDist, ['--demo']);
const users = JSON.parse(await readFile(path.join(dataDir, 'demo-users.json'), 'utf8')) as {
  username: string;
  password: string;
}[];
const password = (name: string) => users.find((u) => u.username === name)?.password ?? '';
const browser = await launchBrowser();
try {
  const page = await newPage(browser, url);
  await page.goto('/logga-in');
  await shot(page, '01-logga-in');
  await logIn(page, 'controller', password('controller'));
  await page.waitForURL(/\/oversikt/);
  const planPath = new URL(page.url()).pathname.replace(/\/oversikt$/, '');
  await shot(page, '02-oversikt');
  await page
    .getByRole('navigation', { name: 'Organisation' })
    .getByRole('link', { name: 'Hälso- och sjukvård' })
    .click();
  await page.waitForURL(/enhet=/);
  await shot(page, '03-oversikt-halso-och-sjukvard');
  await page.goto(`${planPath}/atgarder?ar=2024&gruppera=enhet`);
  await shot(page, '04-atgarder');
  await page
    .getByRole('link', { name: /^HS-07/ })
    .first()
    .click();
  await page.waitForURL(/\/atgarder\/[0-9a-f-]{36}/);
  await shot(page, '05-atgard');
  await page.goto('/import');
  await shot(page, '06-import-och-export');
  await page.goto(`${planPath}/uppfoljning?period=2024-08`);
  await page.getByRole('heading', { level: 1, name: 'Uppföljning' }).waitFor();
  await shot(page, '08-uppfoljning');
  // A round for 2024-09 over Hälso- och sjukvård, with a deadline that has passed: who must report, who is late.
  const form = page.locator('form', { has: page.getByRole('button', { name: 'Öppna rapporteringsomgång' }) });
  await form.getByLabel('Period', { exact: true }).fill('2024-09');
  await form.getByLabel('Enhet').selectOption({ label: 'Exempelregionen / Hälso- och sjukvård' });
  await form.getByLabel('Sista dag att rapportera').fill('2024-10-10');
  await form.getByRole('button', { name: 'Öppna rapporteringsomgång' }).click();
  await page.waitForURL(/\/uppfoljning\/[^/]+$/);
  await shot(page, '09-rapporteringsomgang');
  const chef = await newPage(browser, url);
  await logIn(chef, 'chef', password('chef'));
  await chef.goto(`${planPath}/rapportera`);
  await chef.getByRole('button', { name: 'Alla oförändrade' }).waitFor();
  await shot(chef, '10-att-rapportera');
  await page.goto('/tillganglighet');
  await shot(page, '07-tillganglighetsredogorelse');
  // Prognosverktyget: the demo scenario with its results, charts and balanskrav ledger (ECharts animate first).
  await page.goto('/prognosverktyg');
  await page.getByRole('link', { name: 'Prognos 2024–2027 (exempel)' }).click();
  await page.getByTestId('chart-ledger').waitFor();
  await page.waitForTimeout(1000);
  await shot(page, '12-prognosverktyg');
  // Issue 12: the board report of 2024-08, the decisions register, the commitments, and what the politician sees.
  await page.goto(`${planPath}/namndrapport?ar=2024&period=2024-08`);
  await page.getByRole('heading', { level: 1, name: /^Nämndrapport 2024-08/ }).waitFor();
  await page.waitForTimeout(1000);
  await shot(page, '13-namndrapport');
  await page.goto(`${planPath}/beslut`);
  await page.getByTestId('decision-register').waitFor();
  await shot(page, '14-beslut');
  await page.goto(`${planPath}/beting?ar=2024`);
  await page.getByRole('heading', { level: 1, name: 'Åtgärdsbeting' }).waitFor();
  await shot(page, '15-atgardsbeting');
  const politician = await newPage(browser, url);
  await logIn(politician, 'politiker', password('politiker'));
  await politician.waitForURL(/\/namndrapporter\//);
  await politician.getByText(/Utfärdad version/).waitFor();
  await politician.waitForTimeout(1000);
  await shot(politician, '16-publicerad-namndrapport');
  // "Visa per": the overview as it was known just before HS-07's 2024 effect grew by 1 000 tkr (read-only).
  await page.goto(`${planPath}/oversikt?ar=2024`);
  await page.getByRole('heading', { level: 1, name: /^Översikt 2024/ }).waitFor();
  const before = new Date().toISOString();
  await new Promise((resolve) => setTimeout(resolve, 5));
  type Measure = {
    id: string;
    code: string;
    version: number;
    effects: { year: number; costType: string; amount: number }[];
  };
  const { csrfToken } = (await (await page.request.get('/api/auth/session')).json()) as { csrfToken: string };
  const planId = planPath.split('/').at(-1);
  const found = (await (await page.request.get(`/api/plans/${planId}/measures?q=HS-07`)).json()) as {
    items: Measure[];
  };
  const hs07 = found.items.find((m) => m.code === 'HS-07');
  if (!hs07) throw new Error('HS-07 is missing');
  const effects = hs07.effects.map((e) =>
    e.year === 2024 && e.costType === 'personnel' ? { ...e, amount: e.amount + 1_000_000 } : e,
  );
  const changed = await page.request.patch(`/api/measures/${hs07.id}`, {
    headers: { 'X-CSRF-Token': csrfToken },
    data: { version: hs07.version, effects },
  });
  if (!changed.ok()) throw new Error(`HS-07 was not changed: ${changed.status()}`);
  await page.goto(`${planPath}/oversikt?ar=2024&per=${encodeURIComponent(before)}`);
  await page.getByTestId('as-of-banner').waitFor();
  await page.getByText('557,7\u00a0mnkr').first().waitFor();
  await shot(page, '11-visa-per');
} finally {
  await browser.close();
  await stopProcess(child);
  await rm(dataDir, { recursive: true, force: true });
  await rm(webDist, { recursive: true, force: true });
}
