import {
  base,
  CHART_COLORS,
  legend,
  mnkr,
  mnkrNumber,
  type OverviewChartOption,
  valueAxis,
} from './chart-base';
import type { YearEffect } from './figures';

export {
  axisMnkr,
  CHART_COLORS,
  FEASIBILITY_COLORS,
  mnkr,
  mnkrNumber,
  type OverviewChartOption,
  SAVINGS_TYPE_COLORS,
} from './chart-base';

/** The ECharts options of the overview's charts: pure data → option, no DOM. */

export interface BarItem {
  name: string;
  value: number;
  color?: string;
  target?: number | null;
}

/** Horizontal bars, largest at the top, with the amount at the end of each bar and optional target markers. */
export function horizontalBarsOption(
  items: readonly BarItem[],
  labels: { planned: string; target: string; unit: string },
): OverviewChartOption {
  const hasTargets = items.some((item) => item.target !== null && item.target !== undefined);
  const series: OverviewChartOption['series'] = [
    {
      type: 'bar',
      name: labels.planned,
      data: items.map((item) => ({
        value: item.value,
        itemStyle: { color: item.color ?? CHART_COLORS.planned },
      })),
      barMaxWidth: 22,
      cursor: 'pointer',
      label: {
        show: true,
        position: 'right',
        color: CHART_COLORS.text,
        formatter: (params: { value: unknown }) => mnkr(Number(params.value)),
      },
    },
  ];
  if (hasTargets) {
    series.push({
      type: 'scatter',
      name: labels.target,
      data: items.map((item) => item.target ?? null),
      symbol: 'rect',
      symbolSize: [4, 26],
      itemStyle: { color: CHART_COLORS.target },
      z: 5,
      cursor: 'pointer',
    });
  }
  return {
    ...base,
    tooltip: { ...base.tooltip, trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: hasTargets ? legend([labels.planned, labels.target]) : undefined,
    grid: { left: 8, right: 90, top: hasTargets ? 36 : 24, bottom: 8, containLabel: true },
    xAxis: valueAxis(labels.unit),
    yAxis: {
      type: 'category',
      inverse: true,
      data: items.map((item) => item.name),
      axisTick: { show: false },
      axisLabel: { color: CHART_COLORS.text, width: 170, overflow: 'break', lineHeight: 16 },
    },
    series,
  };
}

/**
 * A pyramid of centred horizontal bars: the first item at the base. An invisible, silent bar stacked before
 * each visible one pushes it to the middle; the value axis is hidden, the amounts are printed on the bars.
 */
export function pyramidOption(items: readonly BarItem[], labels: { planned: string }): OverviewChartOption {
  const max = Math.max(0, ...items.map((item) => item.value));
  return {
    ...base,
    tooltip: { ...base.tooltip, trigger: 'item' },
    grid: { left: 8, right: 8, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', show: false, min: 0, max: max > 0 ? max : 1 },
    yAxis: {
      type: 'category',
      data: items.map((item) => item.name),
      axisLine: { show: false },
      axisTick: { show: false },
      axisLabel: { color: CHART_COLORS.text, width: 150, overflow: 'break', lineHeight: 16 },
    },
    series: [
      {
        type: 'bar',
        stack: 'pyramid',
        silent: true,
        itemStyle: { color: 'transparent' },
        tooltip: { show: false },
        emphasis: { disabled: true },
        data: items.map((item) => Math.max(0, (max - item.value) / 2)),
      },
      {
        type: 'bar',
        stack: 'pyramid',
        name: labels.planned,
        barCategoryGap: '18%',
        cursor: 'pointer',
        data: items.map((item) => ({
          value: item.value,
          itemStyle: { color: item.color ?? CHART_COLORS.planned },
        })),
        label: {
          show: true,
          position: 'inside',
          color: '#ffffff',
          fontWeight: 600,
          formatter: (params: { value: unknown }) => {
            const value = Number(params.value);
            // Too narrow a bar for its label: print it beside the bar instead (see labelLayout below).
            return value >= max * 0.35 ? mnkr(value) : '';
          },
        },
      },
      {
        // The amount of a narrow bar, printed to its right in dark text on the white background.
        type: 'bar',
        stack: 'pyramid',
        silent: true,
        itemStyle: { color: 'transparent' },
        tooltip: { show: false },
        emphasis: { disabled: true },
        data: items.map((item) => Math.max(0, (max - item.value) / 2)),
        label: {
          show: true,
          position: 'insideLeft',
          color: CHART_COLORS.text,
          formatter: (params: { dataIndex: number }) => {
            const value = items[params.dataIndex]?.value ?? 0;
            return value < max * 0.35 ? mnkr(value) : '';
          },
        },
      },
    ],
  };
}

/** Vertical bars, one colour per category, the amount above each bar. */
export function columnsOption(
  items: readonly BarItem[],
  labels: { planned: string; unit: string },
): OverviewChartOption {
  return {
    ...base,
    tooltip: { ...base.tooltip, trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 8, right: 8, top: 32, bottom: 8, containLabel: true },
    xAxis: {
      type: 'category',
      data: items.map((item) => item.name),
      axisTick: { show: false },
      axisLabel: { color: CHART_COLORS.text, interval: 0 },
    },
    yAxis: valueAxis(labels.unit),
    series: [
      {
        type: 'bar',
        name: labels.planned,
        barMaxWidth: 56,
        cursor: 'pointer',
        data: items.map((item) => ({
          value: item.value,
          itemStyle: { color: item.color ?? CHART_COLORS.planned },
        })),
        label: {
          show: true,
          position: 'top',
          color: CHART_COLORS.text,
          formatter: (params: { value: unknown }) => mnkr(Number(params.value)),
        },
      },
    ],
  };
}

/** Level and increment per year as bars side by side, the target (where set) as a marker across them. */
export function yearsOption(
  effects: readonly YearEffect[],
  labels: { level: string; increment: string; target: string; unit: string },
): OverviewChartOption {
  const hasTargets = effects.some((effect) => effect.target !== null);
  const series: OverviewChartOption['series'] = [
    {
      type: 'bar',
      name: labels.level,
      barMaxWidth: 56,
      barGap: '12%',
      cursor: 'pointer',
      itemStyle: { color: CHART_COLORS.planned },
      data: effects.map((effect) => effect.level),
      label: {
        show: true,
        position: 'top',
        color: CHART_COLORS.text,
        fontSize: 12,
        formatter: (params: { value: unknown }) => mnkrNumber(Number(params.value)),
      },
    },
    {
      type: 'bar',
      name: labels.increment,
      barMaxWidth: 56,
      cursor: 'pointer',
      itemStyle: { color: CHART_COLORS.increment },
      data: effects.map((effect) => effect.increment),
      label: {
        show: true,
        position: 'top',
        color: CHART_COLORS.text,
        fontSize: 12,
        formatter: (params: { value: unknown }) => mnkrNumber(Number(params.value)),
      },
    },
  ];
  if (hasTargets) {
    series.push({
      type: 'scatter',
      name: labels.target,
      symbol: 'rect',
      symbolSize: [96, 4],
      itemStyle: { color: CHART_COLORS.target },
      data: effects.map((effect) => effect.target),
      z: 5,
    });
  }
  return {
    ...base,
    tooltip: { ...base.tooltip, trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: legend(
      hasTargets ? [labels.level, labels.increment, labels.target] : [labels.level, labels.increment],
    ),
    grid: { left: 8, right: 8, top: 44, bottom: 8, containLabel: true },
    xAxis: {
      type: 'category',
      data: effects.map((effect) => String(effect.year)),
      axisTick: { show: false },
      axisLabel: { color: CHART_COLORS.text },
    },
    yAxis: valueAxis(labels.unit),
    series,
  };
}
