import { describe, expect, it } from 'vitest';
import { followUpValue } from './follow-up-values';
import { amountOf, buildRows, type FollowUpItem, sumRows } from './grid-model';
import { sortRows } from './grid-sort';
import { testMeasure } from './test-measures';

const units = [{ id: '00000000-0000-4000-a000-000000000001', parentId: null, name: 'Regionen' }];

const item = (measureId: string, fields: Partial<FollowUpItem>): FollowUpItem => ({
  measureId,
  target: 10_000_000,
  outcome: 4_000_000,
  forecast: 8_000_000,
  deviation: -2_000_000,
  isStale: false,
  lastReportedPeriod: '2024-08',
  status: 'yellow',
  comment: 'Vakanser',
  reportPeriod: '2024-08',
  reportedAt: '2024-09-05T10:00:00.000Z',
  ...fields,
});

describe('the follow-up columns of the grid', () => {
  const effects = [{ year: 2024, costType: 'personnel' as const, amount: 10_000_000 }];
  const [short, stale, never, none] = [
    testMeasure({ code: 'A', effects }),
    testMeasure({ code: 'B', effects }),
    testMeasure({ code: 'C', effects }),
    testMeasure({ code: 'D', effects }),
  ] as const;
  const followUp = new Map([
    [short.id, item(short.id, {})],
    [
      stale.id,
      item(stale.id, { isStale: true, forecast: 11_000_000, deviation: 1_000_000, status: 'green' }),
    ],
    [
      never.id,
      item(never.id, {
        isStale: true,
        outcome: 0,
        forecast: 10_000_000,
        deviation: 0,
        lastReportedPeriod: null,
        status: null,
        comment: null,
        reportPeriod: null,
        reportedAt: null,
      }),
    ],
  ]);
  const rows = buildRows([short, stale, never, none], units, 'level', 2024, followUp);

  it('shows target, outcome, forecast and deviation (forecast − target: negative is short) per measure', () => {
    const [a, b] = rows;
    expect(['target', 'outcome', 'forecast', 'deviation'].map((c) => amountOf(a!, c as never))).toEqual([
      10_000_000, 4_000_000, 8_000_000, -2_000_000,
    ]);
    expect(amountOf(b!, 'deviation')).toBe(1_000_000);
    // A measure without follow-up shows nothing (not 0).
    expect(amountOf(rows[3]!, 'forecast')).toBeNull();
    expect(sumRows(rows)).toMatchObject({ target: 30_000_000, forecast: 29_000_000, deviation: -1_000_000 });
  });

  it('shows the latest report’s status and comment, and marks stale rows with their last period', () => {
    expect(followUpValue('reportStatus', rows[0]!.followUp)).toEqual({ kind: 'status', status: 'yellow' });
    expect(followUpValue('reportComment', rows[0]!.followUp)).toEqual({ kind: 'text', text: 'Vakanser' });
    expect(followUpValue('lastReported', rows[0]!.followUp)).toEqual({
      kind: 'lastReported',
      period: '2024-08',
      isStale: false,
    });
    expect(followUpValue('lastReported', rows[1]!.followUp)).toMatchObject({ isStale: true });
    expect(followUpValue('lastReported', rows[2]!.followUp)).toEqual({
      kind: 'lastReported',
      period: null,
      isStale: true,
    });
    expect(followUpValue('reportStatus', rows[2]!.followUp)).toEqual({ kind: 'none' });
    expect(followUpValue('reportStatus', undefined)).toEqual({ kind: 'none' });
  });

  it('sorts by deviation, most short first, and by last reported with the stale first', () => {
    const code = (sorted: typeof rows) => sorted.map((row) => row.measure.code);
    expect(code(sortRows(rows, { column: 'deviation', direction: 'asc' }))).toEqual(['A', 'C', 'B', 'D']);
    expect(code(sortRows(rows, { column: 'lastReported', direction: 'asc' }))).toEqual(['C', 'B', 'A', 'D']);
  });
});
