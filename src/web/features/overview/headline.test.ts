import { describe, expect, it } from 'vitest';
import { chooseLead, forecastHeadline, statusCountItems } from './headline';

describe('what the overview leads with', () => {
  it('leads with the forecast as of the latest month with reports, once there is one', () => {
    expect(chooseLead('2024-12')).toEqual({ kind: 'forecast', period: '2024-12' });
  });

  it('leads with the plan while nobody has reported for the year', () => {
    expect(chooseLead(null)).toEqual({ kind: 'planned' });
    expect(chooseLead(undefined)).toEqual({ kind: 'planned' });
  });
});

describe('the forecast headline', () => {
  const demo = {
    planned: 557_700_000,
    originalPlanned: null,
    target: 500_000_000,
    forecast: 337_000_000,
    riskWeighted: 213_990_900,
    stale: 12_000_000,
    staleCount: 2,
    staleSince: '2024-08',
  };

  it('is forecast against target: 163 mnkr short of the target, not the plan’s 57,7 over it', () => {
    expect(forecastHeadline(demo)).toEqual({
      forecast: 337_000_000,
      target: 500_000_000,
      deviation: -163_000_000,
      direction: 'short',
      planned: 557_700_000,
      riskWeighted: 213_990_900,
      stale: 12_000_000,
      staleCount: 2,
      staleSince: '2024-08',
    });
  });

  it('has no deviation without a target, and is absent from a summary without follow-up figures', () => {
    expect(forecastHeadline({ ...demo, target: null })).toMatchObject({ deviation: null, direction: null });
    expect(forecastHeadline({ planned: 1, originalPlanned: null, target: 2 })).toBeNull();
  });
});

describe('the status counts', () => {
  it('shows red, yellow and green always, the others only when there are some, and the total', () => {
    expect(statusCountItems({ red: 24, yellow: 1, green: 4, done: 0, cancelled: 0, notReported: 0 })).toEqual(
      {
        items: [
          { status: 'red', count: 24 },
          { status: 'yellow', count: 1 },
          { status: 'green', count: 4 },
        ],
        total: 29,
      },
    );
    expect(
      statusCountItems({ red: 0, yellow: 0, green: 2, done: 1, cancelled: 0, notReported: 3 }).items,
    ).toEqual([
      { status: 'red', count: 0 },
      { status: 'yellow', count: 0 },
      { status: 'green', count: 2 },
      { status: 'done', count: 1 },
      { status: 'notReported', count: 3 },
    ]);
  });
});
