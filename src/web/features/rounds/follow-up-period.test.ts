import { describe, expect, it } from 'vitest';
import { lastDuePeriod, openingPeriod, reportingStatement } from './follow-up-period';

const units = [
  { id: 'region', name: 'region', parentId: null },
  { id: 'hs', name: 'hs', parentId: 'region' },
  { id: 'kirurgi', name: 'kirurgi', parentId: 'hs' },
  { id: 'medicin', name: 'medicin', parentId: 'hs' },
  { id: 'kultur', name: 'kultur', parentId: 'region' },
];

describe('openingPeriod (issue 11, item 9)', () => {
  const base = { asked: null, rounds: [], lastMonth: '2026-11' };
  it('opens at the latest period of the chosen year with reports, not at a later year', () => {
    const reportedPeriods = ['2024-04', '2024-08', '2024-12'];
    expect(openingPeriod({ ...base, year: 2024, reportedPeriods })).toBe('2024-12');
    expect(
      openingPeriod({
        ...base,
        year: 2024,
        reportedPeriods,
        rounds: [{ period: '2025-12', orgUnitId: 'region' }],
      }),
    ).toBe('2024-12');
  });
  it('follows ?period= when asked', () => {
    expect(openingPeriod({ ...base, asked: '2024-08', year: 2024, reportedPeriods: ['2024-12'] })).toBe(
      '2024-08',
    );
  });
  it('without reports: the latest round of the year, else the year end, else last month in the running year', () => {
    const rounds = [
      { period: '2025-04', orgUnitId: 'hs' },
      { period: '2026-01', orgUnitId: 'hs' },
    ];
    expect(openingPeriod({ ...base, year: 2025, reportedPeriods: ['2024-12'], rounds })).toBe('2025-04');
    expect(openingPeriod({ ...base, year: 2023, reportedPeriods: [] })).toBe('2023-12');
    expect(openingPeriod({ ...base, year: 2026, reportedPeriods: [] })).toBe('2026-11');
  });
});

describe('lastDuePeriod', () => {
  it('without rounds, the latest period with reports up to the period', () => {
    const input = { units, rounds: [], orgUnitId: undefined, reportedPeriods: ['2024-04', '2024-08'] };
    expect(lastDuePeriod({ ...input, period: '2024-10' })).toBe('2024-08');
    expect(lastDuePeriod({ ...input, period: '2024-03' })).toBeNull();
  });
  it('with rounds, the latest round covering part of the unit subtree', () => {
    const rounds = [
      { period: '2024-04', orgUnitId: 'region' },
      { period: '2024-08', orgUnitId: 'kirurgi' },
      { period: '2024-09', orgUnitId: 'kultur' },
    ];
    const input = { units, rounds, reportedPeriods: [], period: '2024-12' };
    expect(lastDuePeriod({ ...input, orgUnitId: undefined })).toBe('2024-09');
    expect(lastDuePeriod({ ...input, orgUnitId: 'hs' })).toBe('2024-08');
    expect(lastDuePeriod({ ...input, orgUnitId: 'medicin' })).toBe('2024-04');
    expect(lastDuePeriod({ ...input, orgUnitId: 'medicin', period: '2024-03' })).toBeNull();
  });
});

describe('reportingStatement', () => {
  it('never says that all reported when no reports were asked for in the year', () => {
    expect(reportingStatement({ staleCount: 0 }, 2025, null)).toEqual({ kind: 'noneDue' });
    expect(reportingStatement({ staleCount: 0 }, 2025, '2024-12')).toEqual({ kind: 'noneDue' });
  });
  it('says all reported only when some were due in the year and none is stale', () => {
    expect(reportingStatement({ staleCount: 0 }, 2024, '2024-12')).toEqual({
      kind: 'allReported',
      period: '2024-12',
    });
    expect(reportingStatement({ staleCount: 3, staleSince: '2024-08' }, 2024, '2024-12')).toEqual({
      kind: 'stale',
      count: 3,
      since: '2024-08',
    });
  });
});
