import type { EChartsCoreOption } from 'echarts/core';
import type { ReactNode } from 'react';
import { Chart } from '../../components/chart';
import '../overview/echarts-setup';

/**
 * One chart of the forecast tool as a card: heading, help text, the chart with its text alternative, and the
 * same figures as a table (`table`); `after` comes below both (the ledger's restoration schedule).
 */
export function ChartCard({
  name,
  heading,
  help,
  option,
  label,
  table,
  after,
}: {
  /** `result`, `plan` or `ledger`: the ids `scenario-chart-<name>` and the test id `chart-<name>`. */
  name: string;
  heading: string;
  help: string;
  option: EChartsCoreOption;
  label: string;
  table: ReactNode;
  after?: ReactNode;
}) {
  const headingId = `scenario-chart-${name}`;
  return (
    <section aria-labelledby={headingId} className="card scenario-chart" data-testid={`chart-${name}`}>
      <h2 id={headingId}>{heading}</h2>
      <p className="help">{help}</p>
      <div className="scenario-panel">
        <Chart option={option} label={label} height="19rem" />
        <div className="table-scroll">{table}</div>
      </div>
      {after}
    </section>
  );
}
