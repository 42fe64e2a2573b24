import type { TBoardReport } from '../../../shared/schemas/board-report';
import {
  base,
  CHART_COLORS,
  legend,
  mnkr,
  type OverviewChartOption,
  valueAxis,
} from '../overview/chart-base';

/** The board report's own charts (the others reuse the overview's): pure data → ECharts option. */

type History = TBoardReport['charts']['forecastHistory'];
type Waterfall = NonNullable<TBoardReport['charts']['waterfall']>;

/** Forecast and outcome per period as lines, the target (where set) as a dashed line. */
export function historyOption(
  points: History,
  labels: { forecast: string; outcome: string; target: string; unit: string },
): OverviewChartOption {
  const hasTarget = points.some((p) => p.target !== null);
  const line = (name: string, data: (number | null)[], color: string, dashed = false) => ({
    type: 'line' as const,
    name,
    data,
    symbolSize: 7,
    itemStyle: { color },
    lineStyle: { color, width: 2, type: dashed ? ('dashed' as const) : ('solid' as const) },
  });
  const series = [
    line(
      labels.forecast,
      points.map((p) => p.forecast),
      CHART_COLORS.planned,
    ),
    line(
      labels.outcome,
      points.map((p) => p.outcome),
      CHART_COLORS.increment,
    ),
    ...(hasTarget
      ? [
          line(
            labels.target,
            points.map((p) => p.target),
            CHART_COLORS.target,
            true,
          ),
        ]
      : []),
  ];
  return {
    ...base,
    tooltip: { ...base.tooltip, trigger: 'axis' },
    legend: legend(series.map((s) => s.name)),
    grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: points.map((p) => p.period), axisLabel: { color: CHART_COLORS.text } },
    yAxis: valueAxis(labels.unit),
    series,
  };
}

/**
 * A waterfall: start and end bars from zero, each step floating from the level before it (an invisible,
 * silent bar stacked underneath carries it). Negative levels hang below zero.
 */
export function waterfallOption(
  waterfall: Waterfall,
  labels: { amount: string; unit: string },
): OverviewChartOption {
  let level = 0;
  const bases: number[] = [];
  const values: { value: number; itemStyle: { color: string } }[] = [];
  for (const step of waterfall.steps) {
    if (step.kind === 'step') {
      const from = level;
      level += step.amount;
      bases.push(Math.min(from, level));
      values.push({
        value: Math.abs(step.amount),
        itemStyle: { color: step.amount >= 0 ? CHART_COLORS.increment : '#a4161a' },
      });
    } else {
      level = step.amount;
      bases.push(Math.min(0, step.amount));
      values.push({ value: Math.abs(step.amount), itemStyle: { color: CHART_COLORS.planned } });
    }
  }
  return {
    ...base,
    tooltip: { ...base.tooltip, trigger: 'item' },
    grid: { left: 8, right: 8, top: 24, bottom: 8, containLabel: true },
    xAxis: {
      type: 'category',
      data: waterfall.steps.map((s) => s.label),
      axisTick: { show: false },
      axisLabel: {
        color: CHART_COLORS.text,
        interval: 0,
        rotate: 0,
        width: 84,
        overflow: 'break',
        lineHeight: 15,
      },
    },
    yAxis: valueAxis(labels.unit),
    series: [
      {
        type: 'bar',
        stack: 'waterfall',
        stackStrategy: 'all',
        silent: true,
        itemStyle: { color: 'transparent' },
        data: bases,
        tooltip: { show: false },
      },
      {
        type: 'bar',
        stack: 'waterfall',
        stackStrategy: 'all',
        name: labels.amount,
        barMaxWidth: 56,
        data: values,
        label: {
          show: true,
          position: 'top',
          color: CHART_COLORS.text,
          formatter: (params: { dataIndex: number }) => mnkr(waterfall.steps[params.dataIndex]?.amount ?? 0),
        },
      },
    ],
  };
}
