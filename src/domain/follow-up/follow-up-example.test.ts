import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { codeFromSwedish, REPORT_STATUS_SV } from '../../shared/enums';
import { toKronor } from '../../shared/money';
import type { TreeUnit } from '../org-tree';
import type { PlannedMeasure } from '../planned-effect';
import { deviation, summarizeFollowUp } from './follow-up-summary';
import type { MeasureReport } from './report';

/** The demo's follow-up reports (the same file as ../shared/data/exempel-uppfoljning-2024.csv). */
const CSV = new URL('../../../demo/exempel-uppfoljning-2024.csv', import.meta.url);

function readReports(): MeasureReport[] {
  const [, ...lines] = readFileSync(CSV, 'utf8').trim().split(/\r?\n/);
  return lines.map((line) => {
    const [code = '', period = '', outcome = '', forecast = '', status = '', comment = ''] = line.split(';');
    const reportStatus = codeFromSwedish(REPORT_STATUS_SV, status);
    if (!reportStatus) throw new Error(`Okänd status ${status}`);
    return {
      measureId: code,
      period,
      outcomeYtd: toKronor(Number(outcome), 'tkr') ?? null,
      forecastYear: toKronor(Number(forecast), 'tkr') ?? null,
      status: reportStatus,
      comment: comment === '' ? null : comment,
    };
  });
}

const reports = readReports();
const units: TreeUnit[] = [{ id: 'region', parentId: null, name: 'Exempelregionen' }];
const measures: PlannedMeasure[] = [...new Set(reports.map((report) => report.measureId))].map((code) => ({
  id: code,
  orgUnitId: 'region',
  status: 'inProgress',
  isTemporary: false,
  endMonth: null,
  category: null,
  group: null,
  savingsType: null,
  feasibility: null,
  programmeIds: [],
  // a plan level no report agrees with, so that any fallback to plan would show in the sums
  effects: [{ year: 2024, costType: 'unspecified', amount: 1_000_000_000 }],
}));

function overallAt(asOf: string, expected: string | null = asOf, only: MeasureReport[] = reports) {
  const expectedPeriods = new Map(measures.map((measure) => [measure.id, expected]));
  return summarizeFollowUp({
    units,
    measures,
    reports: only,
    expectedPeriods,
    convention: 'level',
    year: 2024,
    planYears: [2023, 2024, 2025],
    asOf,
    by: 'unit',
  }).overall;
}

describe('the demo follow-up 2024', () => {
  it('has 29 measures reporting in every period', () => {
    expect(measures).toHaveLength(29);
    expect(reports).toHaveLength(87);
  });

  it('forecasts 337,0, 310,7 and 337,0 mnkr at T1, the interim report and year end', () => {
    expect(overallAt('2024-04')).toMatchObject({ forecast: 337_000_000, staleCount: 0, stale: 0 });
    expect(overallAt('2024-08')).toMatchObject({ forecast: 310_700_000, staleCount: 0 });
    expect(overallAt('2024-12')).toMatchObject({ forecast: 337_000_000, staleCount: 0 });
    expect(deviation(overallAt('2024-08').forecast, 500_000_000)).toBe(-189_300_000);
  });

  it('holds the last forecast between rounds, and marks it stale once a round is missed', () => {
    expect(overallAt('2024-06', '2024-04')).toMatchObject({ forecast: 337_000_000, staleCount: 0 });
    const missed = overallAt('2024-06', '2024-06');
    expect(missed).toMatchObject({ forecast: 337_000_000, stale: 337_000_000, staleCount: 29 });
    expect(missed.staleSince).toBe('2024-04');
  });

  it('counts a measure that missed the interim round with its T1 forecast', () => {
    const withoutOne = reports.filter(
      (report) => !(report.measureId === 'HS-01' && report.period === '2024-08'),
    );
    const t1 = reports.find((report) => report.measureId === 'HS-01' && report.period === '2024-04')!;
    const t2 = reports.find((report) => report.measureId === 'HS-01' && report.period === '2024-08')!;
    const figures = overallAt('2024-08', '2024-08', withoutOne);
    expect(figures.forecast).toBe(310_700_000 - t2.forecastYear! + t1.forecastYear!);
    expect(figures).toMatchObject({ staleCount: 1, stale: t1.forecastYear, staleSince: '2024-04' });
  });
});
