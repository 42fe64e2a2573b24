/** The few API calls the web benchmark makes from Node: log in, import the plan workbook, read the summary. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { TImportResult } from '../src/shared/schemas/import';
import type { TPlanSummary } from '../src/shared/schemas/summary';

export interface ApiSession {
  url: string;
  cookie: string;
  csrfToken: string;
}

async function expectOk(response: Response, what: string): Promise<void> {
  if (!response.ok) throw new Error(`${what}: HTTP ${response.status} ${await response.text()}`);
}

export async function apiLogIn(url: string, username: string, password: string): Promise<ApiSession> {
  const response = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ tenant: 'demo', username, password }),
  });
  await expectOk(response, `log in as ${username}`);
  const cookie = response.headers
    .getSetCookie()
    .map((header) => header.split(';')[0])
    .join('; ');
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { url, cookie, csrfToken };
}

/** POST /api/imports/plan with the workbook's bytes; throws unless every row was imported. */
export async function apiImportPlan(session: ApiSession, file: string, plan: string): Promise<TImportResult> {
  const query = new URLSearchParams({ plan, fileName: path.basename(file) });
  const response = await fetch(`${session.url}/api/imports/plan?${query}`, {
    method: 'POST',
    headers: {
      cookie: session.cookie,
      'x-csrf-token': session.csrfToken,
      'content-type': 'application/octet-stream',
    },
    body: await readFile(file),
  });
  const result = (await response.json()) as TImportResult;
  if (!response.ok || result.errors.length > 0 || !result.plan) {
    throw new Error(`import failed (HTTP ${response.status}): ${JSON.stringify(result.errors.slice(0, 5))}`);
  }
  return result;
}

/** The plan's planned level in `year` for the whole organisation, as the server sums it. */
export async function apiPlannedTotal(session: ApiSession, planId: string, year: number): Promise<number> {
  const response = await fetch(`${session.url}/api/plans/${planId}/summary?year=${year}`, {
    headers: { cookie: session.cookie },
  });
  await expectOk(response, 'summary');
  return ((await response.json()) as TPlanSummary).total.planned;
}
