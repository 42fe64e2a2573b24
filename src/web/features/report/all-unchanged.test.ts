import { describe, expect, it } from 'vitest';
import type { TMyReport, TReport } from '../../../shared/schemas/report';
import { unchangedCandidates, unchangedRequest } from './all-unchanged';

const report = (over: Partial<TReport> = {}): TReport => ({
  id: 'r',
  measureId: 'm',
  period: '2024-08',
  outcomeYtd: 5_000_000,
  forecastYear: 10_000_000,
  status: 'green',
  comment: 'Enligt plan',
  isDraft: false,
  isUnchanged: false,
  reportedByName: 'Chef',
  reportedAt: '2024-09-01T08:00:00Z',
  version: 1,
  ...over,
});
const item = (code: string, over: Partial<TMyReport> = {}): TMyReport => ({
  measureId: code,
  code,
  title: `Åtgärd ${code}`,
  orgUnitId: 'u',
  orgUnitPath: 'Region / Division',
  responsibleName: 'Chef',
  measureStatus: 'decided',
  plannedLevel: 10_000_000,
  current: null,
  previous: report(),
  previousIsSameYear: true,
  canConfirmUnchanged: true,
  canUndoUnchanged: false,
  isFrozen: false,
  ...over,
});

describe('"Alla oförändrade" (issue 11, item 18)', () => {
  const items = [
    item('A'),
    item('B', { previous: report({ status: 'red' }) }),
    item('C', { previous: report({ forecastYear: 5_000_000 }) }),
    item('D', { current: report({ isDraft: true, period: '2024-09' }) }),
    item('E', { current: report({ period: '2024-09' }), canConfirmUnchanged: false }),
    item('F'),
    item('G', { previous: null, canConfirmUnchanged: false }),
  ];

  it('lists what it confirms, with the comment a red or deviating report needs, and the drafts it leaves', () => {
    const { confirm, drafts } = unchangedCandidates(items, new Set(['F']), 100);
    expect(confirm.map((c) => [c.item.code, c.commentReason])).toEqual([
      ['A', undefined],
      ['B', 'Status röd kräver en kommentar'],
      ['C', expect.stringMatching(/^Prognosen avviker mer än 10 % från planerad nivå \(10\s000\stkr\)/)],
    ]);
    expect(drafts.map((d) => d.code)).toEqual(['D']);
  });

  it('sends the typed comments and leaves out a measure that needs one and got none', () => {
    const { confirm } = unchangedCandidates(items, new Set(), 100);
    const request = unchangedRequest(confirm, { B: '  Som förra perioden ', A: '' });
    expect(request.measureIds).toEqual(['A', 'B', 'C', 'F']);
    expect(request.comments).toEqual({ B: 'Som förra perioden' });
    expect(request.left.map((c) => c.item.code)).toEqual(['C']);
  });
});
