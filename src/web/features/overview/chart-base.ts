import type { BarSeriesOption, LineSeriesOption, ScatterSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import { amountText } from '../../app/page-locale';

/** What every chart of the overview and the board report shares: colours, fonts, amount labels, axes. */

export type OverviewChartOption = ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | ScatterSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | TooltipComponentOption
>;

/**
 * Colours with at least 4.5:1 contrast on white (so they also serve as text), distinct in hue and lightness.
 * Every figure is also printed on or beside its bar and in a table, so colour never carries meaning alone.
 */
export const CHART_COLORS = {
  text: '#1b1f24',
  muted: '#4a5561',
  grid: '#dde2e7',
  planned: '#1d4e89',
  target: '#9a4d00',
  increment: '#1e6b34',
  missing: '#5f6b77',
} as const;

export const SAVINGS_TYPE_COLORS: Record<string, string> = {
  efficiency: '#1e6b34',
  rationing: '#1d4e89',
  costParity: '#6a3d9a',
  generalCut: '#a4161a',
};

export const FEASIBILITY_COLORS: Record<string, string> = {
  '1': '#1e6b34',
  '2': '#1d4e89',
  '3': '#9a4d00',
};

/** An amount in mnkr with one decimal in the page's language (`557,7 mnkr`); chart values are kronor. */
export function mnkr(kronor: number): string {
  return amountText(Math.round(kronor), { unit: 'mnkr' });
}

/** An amount in mnkr without the unit (`557,7`), for labels on bars where the axis names the unit. */
export function mnkrNumber(kronor: number): string {
  return amountText(Math.round(kronor), { unit: 'mnkr', withUnit: false });
}

/** An axis tick in whole mnkr without the unit (`500`); the axis name says mnkr. */
export function axisMnkr(kronor: number): string {
  return amountText(Math.round(kronor), { unit: 'mnkr', decimals: 0, withUnit: false });
}

export const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

export const base = {
  textStyle: { fontFamily: FONT, color: CHART_COLORS.text, fontSize: 13 },
  tooltip: {
    valueFormatter: (value: unknown) => (typeof value === 'number' ? mnkr(value) : '–'),
    textStyle: { color: CHART_COLORS.text },
  },
} satisfies OverviewChartOption;

export const valueAxis = (name: string) => ({
  type: 'value' as const,
  name,
  nameTextStyle: { color: CHART_COLORS.muted },
  axisLabel: { color: CHART_COLORS.muted, formatter: (value: number) => axisMnkr(value) },
  splitLine: { lineStyle: { color: CHART_COLORS.grid } },
});

export const legend = (names: string[]) => ({
  top: 0,
  data: names,
  textStyle: { color: CHART_COLORS.text },
  selectedMode: false as const,
});
