import type { EChartsCoreOption } from 'echarts/core';

/** Below this width (px) of its box a chart is drawn for a phone: fewer ticks, smaller and wrapped labels. */
export const NARROW_CHART_WIDTH = 480;

type Options = Record<string, unknown>;

const isObject = (value: unknown): value is Options =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

function mapOneOrMany(value: unknown, map: (item: Options) => Options): unknown {
  if (Array.isArray(value)) return value.map((item) => (isObject(item) ? map(item) : item));
  return isObject(value) ? map(value) : value;
}

/** A category axis along the bottom with this many labels or more gets them slanted, so none overlap. */
const SLANT_FROM = 5;

function narrowAxis(axis: Options, direction: 'x' | 'y'): Options {
  const label = isObject(axis.axisLabel) ? axis.axisLabel : {};
  if (axis.type === 'category' && direction === 'y') {
    // Names beside horizontal bars: wrapped in a narrower column (a long Swedish word still fits on a line).
    const width = typeof label.width === 'number' ? Math.min(label.width, 108) : 108;
    return {
      ...axis,
      axisLabel: { ...label, fontSize: 11, lineHeight: 14, width, overflow: 'break' },
    };
  }
  if (axis.type === 'category') {
    // Names under columns: every one shown, slanted when there are many (then on one line each: wrapped
    // slanted lines would run into each other).
    const count = Array.isArray(axis.data) ? axis.data.length : 0;
    return {
      ...axis,
      axisLabel: { ...label, fontSize: 11, ...(count >= SLANT_FROM ? { rotate: 30, interval: 0, overflow: 'none' as const } : {}) },
    };
  }
  // A value axis: three or four ticks are enough on a phone and leave room for each label.
  return { ...axis, splitNumber: 3, axisLabel: { ...label, hideOverlap: true, fontSize: 11 } };
}

/**
 * The same chart fitted to a phone (issue 11, item 17: at 390 px the overview's axis labels overlapped):
 * value axes get fewer ticks and hide a tick label that would overlap, names beside bars wrap in a narrower
 * column, names under columns are slanted when many, the grid keeps the labels inside the box, and series
 * labels that would collide are hidden (every figure is also in the table beside the chart). Pure.
 */
export function narrowChartOption(option: EChartsCoreOption): EChartsCoreOption {
  const source = option as Options;
  const result: Options = { ...source };
  result.xAxis = mapOneOrMany(source.xAxis, (axis) => narrowAxis(axis, 'x'));
  result.yAxis = mapOneOrMany(source.yAxis, (axis) => narrowAxis(axis, 'y'));
  result.grid = mapOneOrMany(source.grid, (grid) => ({
    ...grid,
    containLabel: true,
    ...(typeof grid.right === 'number' ? { right: Math.min(grid.right, 72) } : {}),
  }));
  result.series = mapOneOrMany(source.series, (series) => ({
    ...series,
    labelLayout: { hideOverlap: true },
    ...(isObject(series.label) ? { label: { ...series.label, fontSize: 11 } } : {}),
  }));
  if (isObject(source.legend)) {
    const text = isObject(source.legend.textStyle) ? source.legend.textStyle : {};
    result.legend = { ...source.legend, itemGap: 8, textStyle: { ...text, fontSize: 11 } };
  }
  return result as EChartsCoreOption;
}
