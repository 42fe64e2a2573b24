import { describe, expect, it } from 'vitest';
import type { TReport } from '../../../shared/schemas/report';
import { reportChangesToConfirm } from './report-plausibility';

const report = (outcomeYtd: number, forecastYear: number, isDraft = false): TReport => ({
  id: 'r',
  measureId: 'm',
  period: '2024-08',
  outcomeYtd,
  forecastYear,
  status: 'green',
  comment: null,
  isDraft,
  isUnchanged: false,
  reportedByName: 'Chef',
  reportedAt: '2024-09-01T08:00:00Z',
  version: 1,
});
const labels = { outcome: 'HS-07 Utfall hittills', forecast: 'HS-07 Prognos helår' };
const LIMIT = 50_000_000;
const item = {
  current: null,
  previous: report(10_000_000, 15_600_000),
  previousIsSameYear: true,
  plannedLevel: 16_000_000,
};

describe('the plausibility check of a report (issue 11, item 2)', () => {
  it('asks at submit for a tenfold forecast, naming the previous period’s value', () => {
    const found = reportChangesToConfirm(
      { outcomeYtd: 12_000_000, forecastYear: 160_000_000, isDraft: false },
      item,
      labels,
      LIMIT,
    );
    expect(found).toEqual([
      {
        label: 'HS-07 Prognos helår',
        previous: 15_600_000,
        next: 160_000_000,
        reasons: ['tenfold', 'limit'],
      },
    ]);
  });

  it('never asks for a draft: drafts do not count in any figure', () => {
    expect(
      reportChangesToConfirm(
        { outcomeYtd: 12_000_000, forecastYear: 160_000_000, isDraft: true },
        item,
        labels,
        LIMIT,
      ),
    ).toEqual([]);
  });

  it('lets ordinary changes pass, and compares a correction with the submitted report', () => {
    expect(
      reportChangesToConfirm(
        { outcomeYtd: 12_000_000, forecastYear: 14_000_000, isDraft: false },
        item,
        labels,
        LIMIT,
      ),
    ).toEqual([]);
    const corrected = { ...item, current: report(1_000_000, 1_500_000) };
    const found = reportChangesToConfirm(
      { outcomeYtd: 12_000_000, forecastYear: 15_600_000, isDraft: false },
      corrected,
      labels,
      LIMIT,
    );
    expect(found.map((c) => [c.label, c.previous, c.reasons])).toEqual([
      ['HS-07 Utfall hittills', 1_000_000, ['tenfold']],
      ['HS-07 Prognos helår', 1_500_000, ['tenfold']],
    ]);
  });

  it('in a new year compares the forecast with the planned level and the outcome only with the limit', () => {
    const newYear = { ...item, previousIsSameYear: false };
    expect(
      reportChangesToConfirm(
        { outcomeYtd: 500_000, forecastYear: 1_000_000, isDraft: false },
        newYear,
        labels,
        LIMIT,
      ),
    ).toEqual([{ label: 'HS-07 Prognos helår', previous: 16_000_000, next: 1_000_000, reasons: ['tenth'] }]);
  });
});
