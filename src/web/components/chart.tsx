import { type ECElementEvent, type ECharts, type EChartsCoreOption, init, use } from 'echarts/core';
import { LabelLayout } from 'echarts/features';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef, useState } from 'react';
import { NARROW_CHART_WIDTH, narrowChartOption } from './chart-narrow';

// Only the SVG renderer here; each feature registers the charts and components it draws (tree-shaken
// `echarts/core`), e.g. `use([BarChart, GridComponent])` in its own chart module.
// LabelLayout: series labels that would collide are hidden on a phone (chart-narrow.ts).
use([SVGRenderer, LabelLayout]);

export interface ChartClick {
  /** Index of the clicked item in its series' data (the category). */
  dataIndex: number;
  seriesIndex: number | undefined;
  seriesName: string | undefined;
  /** The category name of the clicked item. */
  name: string;
}

interface Props {
  option: EChartsCoreOption;
  /**
   * What the chart shows, with its figures, in words: the accessible name of the `role="img"` element. A
   * chart is never the only place of its figures — render them as text (a table) too.
   */
  label: string;
  onClick?: ((click: ChartClick) => void) | undefined;
  className?: string;
  /** CSS height of the chart (the width follows its container). */
  height?: string;
}

const reducedMotion = () => globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

/**
 * An ECharts chart as a React element: created on mount, updated with `setOption` when `option` changes,
 * resized with its container (and fitted to a phone when its box is narrower than 480 px), disposed on unmount. The chart is one image to assistive technology
 * (`role="img"` with `label`); a click on an item calls `onClick`.
 */
export function Chart({ option, label, onClick, className = 'chart', height }: Props) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | undefined>(undefined);
  const clickHandler = useRef(onClick);
  // Drawn for a phone when its own box is narrow (not the window: a chart in a narrow column counts too).
  const [isNarrow, setNarrow] = useState(false);

  useEffect(() => {
    clickHandler.current = onClick;
  }, [onClick]);

  useEffect(() => {
    const host = element.current;
    if (!host) return;
    const instance = init(host, undefined, { renderer: 'svg' });
    chart.current = instance;
    instance.on('click', (event: ECElementEvent) => {
      if (typeof event.dataIndex !== 'number') return;
      clickHandler.current?.({
        dataIndex: event.dataIndex,
        seriesIndex: event.seriesIndex,
        seriesName: event.seriesName,
        name: event.name,
      });
    });
    const observer = new ResizeObserver(() => {
      setNarrow(host.clientWidth > 0 && host.clientWidth < NARROW_CHART_WIDTH);
      instance.resize();
    });
    observer.observe(host);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = undefined;
    };
  }, []);

  useEffect(() => {
    const fitted = isNarrow ? narrowChartOption(option) : option;
    chart.current?.setOption(reducedMotion() ? { ...fitted, animation: false } : fitted, { notMerge: true });
  }, [option, isNarrow]);

  return (
    <div
      ref={element}
      role="img"
      aria-label={label}
      className={`${className}${onClick ? ' chart-clickable' : ''}`}
      style={height ? { height } : undefined}
    />
  );
}
