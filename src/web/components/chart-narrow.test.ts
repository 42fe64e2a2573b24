import { describe, expect, it } from 'vitest';
import { columnsOption, horizontalBarsOption, yearsOption } from '../features/overview/chart-options';
import { narrowChartOption } from './chart-narrow';

type Axis = { type: string; splitNumber?: number; axisLabel: Record<string, unknown> };
const units = ['Hälso- och sjukvård', 'Regionfastigheter', 'Kultur och bildning', 'Regionstyrelsen'];

/** Issue 11, item 17: at 390 px the overview's axis labels overlapped. */
describe('a chart fitted to a phone', () => {
  it('gives the value axis fewer ticks and wraps the category labels in a narrow column', () => {
    const option = horizontalBarsOption(
      units.map((name, index) => ({ name, value: (index + 1) * 100_000_000, target: 90_000_000 })),
      { planned: 'Planerad nivå', target: 'Sparbeting', unit: 'mnkr' },
    );
    const narrow = narrowChartOption(option) as unknown as {
      xAxis: Axis;
      yAxis: Axis;
      grid: { containLabel: boolean; right: number };
      series: { labelLayout: unknown }[];
    };
    expect(narrow.xAxis).toMatchObject({ type: 'value', splitNumber: 3, axisLabel: { hideOverlap: true } });
    expect(narrow.yAxis.axisLabel).toMatchObject({ width: 108, overflow: 'break', fontSize: 11 });
    expect(narrow.grid).toMatchObject({ containLabel: true, right: 72 });
    expect(narrow.series.every((s) => JSON.stringify(s.labelLayout) === '{"hideOverlap":true}')).toBe(true);
    // the option it was made from is left alone (the wide chart keeps its look)
    expect((option.yAxis as Axis).axisLabel.width).toBe(170);
  });

  it('slants many labels along the bottom and leaves few upright', () => {
    const many = columnsOption(
      ['1', '2', '3', '4', '5', '6'].map((name) => ({ name, value: 1 })),
      { planned: 'Planerad nivå', unit: 'mnkr' },
    );
    expect((narrowChartOption(many) as unknown as { xAxis: Axis }).xAxis.axisLabel).toMatchObject({
      rotate: 30,
      interval: 0,
    });
    const years = yearsOption(
      [2023, 2024, 2025].map((year) => ({ year, level: 1, increment: 1, target: null })),
      { level: 'Nivå', increment: 'Tillskott', target: 'Mål', unit: 'mnkr' },
    );
    const narrowYears = narrowChartOption(years) as unknown as { xAxis: Axis; yAxis: Axis };
    // a few names under columns are never hidden (feasibility 1, 2, 3 must all show)
    expect(narrowYears.xAxis.axisLabel.rotate).toBeUndefined();
    expect(narrowYears.xAxis.axisLabel.hideOverlap).toBeUndefined();
    expect(narrowYears.yAxis.splitNumber).toBe(3);
  });
});
