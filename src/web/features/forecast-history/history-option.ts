import type { TForecastHistory } from '../../../shared/schemas/forecast-history';
import { axisMnkr, CHART_COLORS, mnkr, type OverviewChartOption } from '../overview/chart-options';

/** The forecast per period as a line, against the planned level and the target as flat reference lines. */
export function forecastHistoryOption(
  history: TForecastHistory,
  labels: { forecast: string; planned: string; target: string; unit: string },
): OverviewChartOption {
  const periods = history.points.map((p) => p.period);
  const flat = (value: number) => periods.map(() => value);
  const series: OverviewChartOption['series'] = [
    {
      type: 'line',
      name: labels.forecast,
      data: history.points.map((p) => p.forecast),
      itemStyle: { color: CHART_COLORS.planned },
      lineStyle: { width: 3 },
      symbolSize: 9,
      label: { show: true, position: 'top', formatter: (p: { value: unknown }) => mnkr(Number(p.value)) },
    },
    {
      type: 'line',
      name: labels.planned,
      data: flat(history.planned),
      itemStyle: { color: CHART_COLORS.increment },
      lineStyle: { type: 'dashed' },
      symbol: 'none',
    },
  ];
  if (history.target !== null) {
    series.push({
      type: 'line',
      name: labels.target,
      data: flat(history.target),
      itemStyle: { color: CHART_COLORS.target },
      lineStyle: { type: 'dotted', width: 2 },
      symbol: 'none',
    });
  }
  return {
    textStyle: { color: CHART_COLORS.text },
    tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => (typeof v === 'number' ? mnkr(v) : '–') },
    legend: {
      top: 0,
      selectedMode: false,
      data: [labels.forecast, labels.planned, ...(history.target !== null ? [labels.target] : [])],
    },
    grid: { left: 8, right: 24, top: 44, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: periods, axisLabel: { color: CHART_COLORS.text } },
    yAxis: {
      type: 'value',
      name: labels.unit,
      min: 0,
      axisLabel: { color: CHART_COLORS.muted, formatter: (v: number) => axisMnkr(v) },
      splitLine: { lineStyle: { color: CHART_COLORS.grid } },
    },
    series,
  };
}
