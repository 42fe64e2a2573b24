import { describe, expect, it } from 'vitest';
import {
  deficitLedgerOption,
  requiredPlanOption,
  resultGoalOption,
  SHORTFALL_COLOR,
} from './scenario-chart-options';

type Series = { name?: string; type?: string; data?: unknown[] };
const seriesOf = (option: { series?: unknown }) => option.series as Series[];

describe('the forecast tool’s charts', () => {
  it('draws the result per year as bars, red below zero, with the goal as a marker', () => {
    const option = resultGoalOption(
      [
        { year: 2024, result: 81_885_588, goal: 275_544_000 },
        { year: 2025, result: -5, goal: 285_463_584 },
      ],
      { result: 'Resultat', goal: 'Resultatmål', unit: 'mnkr' },
    );
    const [bars, goal] = seriesOf(option);
    expect(bars?.data).toEqual([
      { value: 81_885_588, itemStyle: { color: '#1d4e89' } },
      { value: -5, itemStyle: { color: SHORTFALL_COLOR } },
    ]);
    expect(goal).toMatchObject({ type: 'scatter', name: 'Resultatmål', data: [275_544_000, 285_463_584] });
    expect((option.xAxis as { data: string[] }).data).toEqual(['2024', '2025']);
  });

  const labels = {
    required: 'Behövd plan',
    full: 'Planerad nivå',
    riskWeighted: 'Riskviktad',
    forecast: 'Prognos',
    given: 'Angiven nivå',
    unit: 'mnkr',
  };

  it('draws the required plan next to the plan’s full, risk-weighted and forecast levels', () => {
    const option = requiredPlanOption(
      [
        {
          year: 2024,
          requiredPlan: 751,
          effects: { full: 557, riskWeighted: 480, forecast: 337 },
          planLevel: 557,
        },
        {
          year: 2026,
          requiredPlan: 291,
          effects: { full: 0, riskWeighted: 0, forecast: null },
          planLevel: 0,
        },
      ],
      labels,
    );
    expect(seriesOf(option).map((s) => [s.name, s.data])).toEqual([
      ['Behövd plan', [751, 291]],
      ['Planerad nivå', [557, 0]],
      ['Riskviktad', [480, 0]],
      ['Prognos', [337, null]],
    ]);
  });

  it('draws the given levels when no plan is linked, and no forecast line without a forecast', () => {
    const option = requiredPlanOption(
      [{ year: 2024, requiredPlan: 10, effects: null, planLevel: 4 }],
      labels,
    );
    expect(seriesOf(option).map((s) => s.name)).toEqual(['Behövd plan', 'Angiven nivå']);
    const noForecast = requiredPlanOption(
      [{ year: 2024, requiredPlan: 10, effects: { full: 1, riskWeighted: 1, forecast: null }, planLevel: 1 }],
      labels,
    );
    expect(seriesOf(noForecast).map((s) => s.name)).toEqual(['Behövd plan', 'Planerad nivå', 'Riskviktad']);
  });

  it('draws what remains to restore, overdue years in their own red series, and the balanskravsresultat', () => {
    const option = deficitLedgerOption(
      [
        { year: 2025, balanskravResult: 313, deficitOutstanding: 351, deficitOverdue: false },
        { year: 2026, balanskravResult: 4, deficitOutstanding: 346, deficitOverdue: true },
      ],
      {
        outstanding: 'Kvar att återställa',
        overdue: 'Förfallet',
        balanskravResult: 'Balanskravsresultat',
        unit: 'mnkr',
      },
    );
    expect(seriesOf(option).map((s) => [s.name, s.data])).toEqual([
      ['Kvar att återställa', [351, null]],
      ['Förfallet', [null, 346]],
      ['Balanskravsresultat', [313, 4]],
    ]);
  });
});
