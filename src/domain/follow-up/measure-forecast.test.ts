import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PlannedMeasure } from '../planned-effect';
import { measureArbitrary, periodArbitrary, reportsArbitrary } from './arbitraries.test-support';
import {
  forecastMeasure,
  type MeasureForecastInput,
  markUnreportedPastYear,
  splitByPlannedCostTypes,
} from './measure-forecast';
import { comparePeriods, periodYear } from './period';
import type { MeasureReport } from './report';

const measure: PlannedMeasure = {
  id: 'm',
  orgUnitId: 'u',
  status: 'inProgress',
  isTemporary: false,
  endMonth: null,
  category: null,
  group: null,
  savingsType: null,
  feasibility: 2,
  programmeIds: [],
  effects: [
    { year: 2024, costType: 'personnel', amount: 700 },
    { year: 2024, costType: 'operating', amount: 300 },
  ],
};

function report(
  period: string,
  forecastYear: number | null,
  extra: Partial<MeasureReport> = {},
): MeasureReport {
  return { measureId: 'm', period, outcomeYtd: null, forecastYear, status: 'green', comment: null, ...extra };
}

function forecastAt(reports: MeasureReport[], asOf: string, expectedPeriod: string | null = null) {
  return forecastMeasure({ measure, reports, convention: 'level', year: 2024, asOf, expectedPeriod });
}

describe('a measure forecast', () => {
  it('takes the latest report at or before as-of, within the year', () => {
    const reports: MeasureReport[] = [
      report('2023-12', 1),
      report('2024-04', 800, { outcomeYtd: 200 }),
      report('2024-08', 600, { outcomeYtd: 400 }),
    ];
    expect(forecastAt(reports, '2024-03')).toMatchObject({
      forecast: 1000,
      forecastSource: 'plan',
      outcome: 0,
    });
    expect(forecastAt(reports, '2024-06')).toMatchObject({
      forecast: 800,
      forecastSource: 'report',
      outcome: 200,
    });
    expect(forecastAt(reports, '2024-12')).toMatchObject({ forecast: 600, outcome: 400, planned: 1000 });
  });

  it('falls back past a report without forecast, and counts a cancelled report as 0', () => {
    const reports: MeasureReport[] = [report('2024-04', 800), report('2024-05', null, { outcomeYtd: 90 })];
    expect(forecastAt(reports, '2024-05')).toMatchObject({
      forecast: 800,
      forecastSource: 'olderReport',
      outcome: 90,
    });
    const cancelled = [...reports, report('2024-06', 500, { status: 'cancelled' })];
    expect(forecastAt(cancelled, '2024-06')).toMatchObject({ forecast: 0, forecastSource: 'report' });
  });

  it('is stale when it did not report since its expected period, and says since when', () => {
    const reports: MeasureReport[] = [report('2024-04', 800)];
    expect(forecastAt(reports, '2024-08', '2024-08')).toMatchObject({
      isStale: true,
      forecast: 800,
      lastReportedPeriod: '2024-04',
    });
    expect(forecastAt(reports, '2024-08', '2024-04').isStale).toBe(false);
    expect(forecastAt([], '2024-08', '2024-08')).toMatchObject({ isStale: true, lastReportedPeriod: null });
    expect(forecastAt(reports, '2024-08', null).isStale).toBe(false);
  });

  it('counts a cancelled measure as 0 everywhere and never stale', () => {
    const result = forecastMeasure({
      measure: { ...measure, status: 'cancelled' },
      reports: [report('2024-04', 800, { outcomeYtd: 10 })],
      convention: 'level',
      year: 2024,
      asOf: '2024-08',
      expectedPeriod: '2024-08',
    });
    expect(result).toMatchObject({ planned: 0, forecast: 0, outcome: 0, isStale: false });
  });

  it('prefers the latest reportedAt within one period', () => {
    const reports: MeasureReport[] = [
      report('2024-04', 2, { reportedAt: '2024-05-02T10:00:00Z' }),
      report('2024-04', 1, { reportedAt: '2024-05-01T10:00:00Z' }),
    ];
    expect(forecastAt(reports, '2024-04').forecast).toBe(2);
  });

  it('splits a forecast or outcome in proportion to the planned level per cost type', () => {
    expect(splitByPlannedCostTypes(measure, 'level', 2024, 1000)).toEqual(
      new Map([
        ['personnel', 700],
        ['operating', 300],
      ]),
    );
    expect(splitByPlannedCostTypes(measure, 'level', 2024, 801)).toEqual(
      new Map([
        ['personnel', 561],
        ['operating', 240],
      ]),
    );
  });

  it('keeps the amount whole on unspecified when the plan gives no proportion', () => {
    expect(splitByPlannedCostTypes(measure, 'level', 2030, 500)).toEqual(new Map([['unspecified', 500]]));
    const cancelled = { ...measure, status: 'cancelled' as const };
    expect(splitByPlannedCostTypes(cancelled, 'level', 2024, 500)).toEqual(new Map([['unspecified', 500]]));
  });
});

describe('a past plan year without reports', () => {
  const of2024 = (reports: MeasureReport[]) => forecastAt(reports, '2024-12');

  it('is stale once the year has ended, never reported for it', () => {
    const reports = [report('2023-12', 1)];
    const marked = markUnreportedPastYear(of2024([]), reports, 2024, '2025-04');
    expect(marked).toMatchObject({ forecast: 1000, isStale: true, lastReportedPeriod: '2023-12' });
  });

  it('is not stale with a report for that year, nor while the year lasts, nor with nothing planned', () => {
    const reported = [report('2024-08', 900)];
    expect(markUnreportedPastYear(of2024(reported), reported, 2024, '2025-04').isStale).toBe(false);
    expect(markUnreportedPastYear(of2024([]), [], 2024, '2024-12').isStale).toBe(false);
    const nothingPlanned = { ...of2024([]), planned: 0, forecast: 0 };
    expect(markUnreportedPastYear(nothingPlanned, [], 2024, '2025-04').isStale).toBe(false);
  });
});

const caseArbitrary = fc.record({
  measure: measureArbitrary('m', 1),
  reports: reportsArbitrary('m'),
  year: fc.constantFrom(2024, 2025),
  asOf: periodArbitrary,
  expectedPeriod: fc.option(periodArbitrary, { nil: null }),
});

describe('stale rules (property)', () => {
  it('a measure that reported in its expected period is never stale; one that did not is, with its older forecast or plan', () => {
    fc.assert(
      fc.property(caseArbitrary, (input) => {
        const result = forecastMeasure({ ...input, convention: 'level' } satisfies MeasureForecastInput);
        const { expectedPeriod, asOf } = input;
        const inWindow = (r: MeasureReport) =>
          expectedPeriod !== null &&
          comparePeriods(r.period, expectedPeriod) >= 0 &&
          comparePeriods(r.period, asOf) <= 0;
        if (input.reports.some((r) => r.period === expectedPeriod && comparePeriods(r.period, asOf) <= 0)) {
          expect(result.isStale).toBe(false);
        }
        const due = expectedPeriod !== null && comparePeriods(expectedPeriod, asOf) <= 0;
        const cancelled = input.measure.status === 'cancelled';
        expect(result.isStale).toBe(due && !cancelled && !input.reports.some(inWindow));
        if (cancelled) return;
        const older = input.reports
          .filter((r) => periodYear(r.period) === input.year && comparePeriods(r.period, asOf) <= 0)
          .sort((a, b) => comparePeriods(b.period, a.period))
          .map((r) => (r.status === 'cancelled' ? 0 : r.forecastYear))
          .find((forecast) => forecast !== null);
        expect(result.forecast).toBe(older ?? result.planned);
      }),
      { numRuns: 500 },
    );
  });
});
