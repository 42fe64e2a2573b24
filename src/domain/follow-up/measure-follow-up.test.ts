import { describe, expect, it } from 'vitest';
import { measureFollowUp } from './measure-follow-up';
import { forecastMeasure } from './measure-forecast';
import type { MeasureReport } from './report';

const measure = {
  id: 'm1',
  orgUnitId: 'u1',
  status: 'decided' as const,
  isTemporary: false,
  endMonth: null,
  category: null,
  group: null,
  savingsType: null,
  feasibility: 1 as const,
  programmeIds: [],
  effects: [{ year: 2024, costType: 'personnel' as const, amount: 10_000_000 }],
};

const report = (period: string, fields: Partial<MeasureReport> = {}): MeasureReport => ({
  measureId: 'm1',
  period,
  outcomeYtd: null,
  forecastYear: null,
  status: 'green',
  comment: null,
  ...fields,
});

function followUp(reports: MeasureReport[], asOf: string, expectedPeriod: string | null) {
  const figures = forecastMeasure({
    measure,
    reports,
    convention: 'level',
    year: 2024,
    asOf,
    expectedPeriod,
  });
  return measureFollowUp(figures, reports, 2024, asOf);
}

describe('a measure’s follow-up as of a period', () => {
  const reports = [
    report('2024-04', { outcomeYtd: 2_000_000, forecastYear: 9_000_000, status: 'yellow', comment: 'Sent' }),
    report('2024-08', { outcomeYtd: 5_000_000, forecastYear: 7_500_000, status: 'red', comment: 'Vakanser' }),
  ];

  it('states target, outcome, forecast and a deviation that is negative when short of the target', () => {
    expect(followUp(reports, '2024-08', '2024-08')).toEqual({
      target: 10_000_000,
      outcome: 5_000_000,
      forecast: 7_500_000,
      deviation: -2_500_000,
      isStale: false,
      lastReportedPeriod: '2024-08',
      status: 'red',
      comment: 'Vakanser',
      reportPeriod: '2024-08',
      reportedAt: null,
    });
  });

  it('is as of the chosen period: a later report does not count', () => {
    expect(followUp(reports, '2024-06', '2024-04')).toMatchObject({
      forecast: 9_000_000,
      deviation: -1_000_000,
      status: 'yellow',
      comment: 'Sent',
      isStale: false,
    });
  });

  it('is stale when due and not reported, keeping its older figures and last reported period', () => {
    expect(followUp(reports, '2024-12', '2024-12')).toMatchObject({
      isStale: true,
      forecast: 7_500_000,
      lastReportedPeriod: '2024-08',
      status: 'red',
    });
  });

  it('counts with the plan (deviation 0) and no status when never reported', () => {
    expect(followUp([], '2024-08', '2024-08')).toMatchObject({
      target: 10_000_000,
      forecast: 10_000_000,
      deviation: 0,
      isStale: true,
      lastReportedPeriod: null,
      status: null,
      comment: null,
    });
  });

  it('shows a forecast above the target as a positive deviation', () => {
    const over = [report('2024-08', { forecastYear: 12_000_000 })];
    expect(followUp(over, '2024-08', '2024-08').deviation).toBe(2_000_000);
  });
});
