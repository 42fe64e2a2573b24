import type { Page } from 'playwright-core';
import { pageApi as api } from './session';

/**
 * The id of the demo's body "Regionstyrelsen" (governing the whole organisation, without limit), made when
 * the demo has none. Needs an admin or a controller of the whole organisation.
 */
export async function regionBoardId(page: Page): Promise<string> {
  const bodies = await api<{ id: string; name: string }[]>(page, 'GET', '/api/decision-bodies');
  const existing = bodies.find((body) => body.name === 'Regionstyrelsen');
  if (existing) return existing.id;
  const units = await api<{ id: string; parentId: string | null }[]>(page, 'GET', '/api/org-units');
  const top = units.find((unit) => unit.parentId === null)!;
  return (
    await api<{ id: string }>(page, 'POST', '/api/decision-bodies', {
      name: 'Regionstyrelsen',
      orgUnitId: top.id,
    })
  ).id;
}

/** "Registrera beslut" through the API: the measures become beslutad (issue 12: the only way there). */
export async function decideMeasures(page: Page, planId: string, measureIds: string[]): Promise<void> {
  await api(page, 'POST', '/api/decisions', {
    bodyId: await regionBoardId(page),
    meetingDate: '2024-01-23',
    paragraph: '§ 3',
    kind: 'decision',
    text: 'Regionstyrelsen beslutar att genomföra åtgärderna.',
    planId,
    measureIds,
    measureStatus: 'decided',
  });
}
