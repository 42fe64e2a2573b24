import {
  axisMnkr,
  CHART_COLORS,
  mnkr,
  mnkrNumber,
  type OverviewChartOption,
} from '../overview/chart-options';

/**
 * The forecast tool's charts as ECharts options: pure data → option, no DOM. Every figure is also in the
 * result table and in each chart's own table, so colour never carries meaning alone.
 */

/** Red for what falls short (a negative result, an overdue deficit): 6.5:1 on white. */
export const SHORTFALL_COLOR = '#a4161a';
const RISK_WEIGHTED_COLOR = '#6a3d9a';

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

function frame(years: readonly number[], names: string[], unit: string): OverviewChartOption {
  return {
    textStyle: { fontFamily: FONT, color: CHART_COLORS.text, fontSize: 13 },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: (value: unknown) => (typeof value === 'number' ? mnkr(value) : '–'),
      textStyle: { color: CHART_COLORS.text },
    },
    legend: { top: 0, data: names, textStyle: { color: CHART_COLORS.text }, selectedMode: false },
    grid: { left: 8, right: 16, top: 44, bottom: 8, containLabel: true },
    xAxis: {
      type: 'category',
      data: years.map(String),
      axisTick: { show: false },
      axisLabel: { color: CHART_COLORS.text },
    },
    yAxis: {
      type: 'value',
      name: unit,
      nameTextStyle: { color: CHART_COLORS.muted },
      axisLabel: { color: CHART_COLORS.muted, formatter: (value: number) => axisMnkr(value) },
      splitLine: { lineStyle: { color: CHART_COLORS.grid } },
    },
  };
}

const barLabel = {
  show: true,
  position: 'top' as const,
  color: CHART_COLORS.text,
  fontSize: 12,
  formatter: (params: { value: unknown }) =>
    params.value === null || params.value === undefined ? '' : mnkrNumber(Number(params.value)),
};

export interface ResultYear {
  year: number;
  result: number;
  goal: number;
}

/** (a) The result per year as bars (red below zero), the result goal as a marker across each bar. */
export function resultGoalOption(
  years: readonly ResultYear[],
  labels: { result: string; goal: string; unit: string },
): OverviewChartOption {
  return {
    ...frame(
      years.map((y) => y.year),
      [labels.result, labels.goal],
      labels.unit,
    ),
    series: [
      {
        type: 'bar',
        name: labels.result,
        barMaxWidth: 64,
        itemStyle: { color: CHART_COLORS.planned },
        data: years.map((y) => ({
          value: y.result,
          itemStyle: { color: y.result < 0 ? SHORTFALL_COLOR : CHART_COLORS.planned },
        })),
        label: barLabel,
      },
      {
        type: 'scatter',
        name: labels.goal,
        symbol: 'rect',
        symbolSize: [88, 4],
        itemStyle: { color: CHART_COLORS.target },
        data: years.map((y) => y.goal),
        z: 5,
      },
    ],
  };
}

export interface RequiredPlanYear {
  year: number;
  requiredPlan: number;
  /** The linked plan's levels; null without a linked plan (then `planLevel`, as given, is drawn). */
  effects: { full: number; riskWeighted: number; forecast: number | null } | null;
  planLevel: number;
}

/**
 * (b) The action plan required per year next to what the plan gives: its full planned level, risk weighted
 * and as forecast, or the levels given per year when no plan is linked. Bars side by side, so every figure
 * has its own label and nothing is drawn over another.
 */
export function requiredPlanOption(
  years: readonly RequiredPlanYear[],
  labels: {
    required: string;
    full: string;
    riskWeighted: string;
    forecast: string;
    given: string;
    unit: string;
  },
): OverviewChartOption {
  const hasPlan = years.some((y) => y.effects !== null);
  const hasForecast = years.some((y) => y.effects?.forecast !== null && y.effects?.forecast !== undefined);
  const bars = (name: string, color: string, data: (number | null)[]) => ({
    type: 'bar' as const,
    name,
    data,
    barMaxWidth: 44,
    barGap: '8%',
    itemStyle: { color },
    label: { ...barLabel, fontSize: 11 },
  });
  const series = [
    bars(
      labels.required,
      CHART_COLORS.planned,
      years.map((y) => y.requiredPlan),
    ),
    ...(hasPlan
      ? [
          bars(
            labels.full,
            CHART_COLORS.increment,
            years.map((y) => y.effects?.full ?? 0),
          ),
          bars(
            labels.riskWeighted,
            RISK_WEIGHTED_COLOR,
            years.map((y) => y.effects?.riskWeighted ?? 0),
          ),
          ...(hasForecast
            ? [
                bars(
                  labels.forecast,
                  CHART_COLORS.target,
                  years.map((y) => y.effects?.forecast ?? null),
                ),
              ]
            : []),
        ]
      : [
          bars(
            labels.given,
            CHART_COLORS.increment,
            years.map((y) => y.planLevel),
          ),
        ]),
  ];
  return {
    ...frame(
      years.map((y) => y.year),
      series.map((s) => s.name),
      labels.unit,
    ),
    series,
  };
}

export interface LedgerYear {
  year: number;
  balanskravResult: number;
  deficitOutstanding: number;
  deficitOverdue: boolean;
}

/**
 * (c) The balanskrav deficit ledger: what remains to restore after each year, red in a year when some deficit
 * is past its three years (two stacked series, so the legend says which is which), and the
 * balanskravsresultat as a line.
 */
export function deficitLedgerOption(
  years: readonly LedgerYear[],
  labels: { outstanding: string; overdue: string; balanskravResult: string; unit: string },
): OverviewChartOption {
  const bars = (name: string, color: string, pick: (y: LedgerYear) => boolean) => ({
    type: 'bar' as const,
    name,
    stack: 'outstanding',
    barMaxWidth: 56,
    itemStyle: { color },
    data: years.map((y) => (pick(y) ? y.deficitOutstanding : null)),
    label: barLabel,
  });
  return {
    ...frame(
      years.map((y) => y.year),
      [labels.outstanding, labels.overdue, labels.balanskravResult],
      labels.unit,
    ),
    series: [
      bars(labels.outstanding, CHART_COLORS.planned, (y) => !y.deficitOverdue),
      bars(labels.overdue, SHORTFALL_COLOR, (y) => y.deficitOverdue),
      {
        type: 'line',
        name: labels.balanskravResult,
        data: years.map((y) => y.balanskravResult),
        itemStyle: { color: CHART_COLORS.increment },
        lineStyle: { width: 3 },
        symbolSize: 8,
      },
    ],
  };
}
