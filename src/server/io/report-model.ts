/**
 * The parts a printed report is made of, as plain strings and numbers: a report's content model (e.g.
 * `scenarioReportModel`) is built of these and tested to the character; the PDF primitives in `pdf/` draw them.
 */

export interface ReportFact {
  label: string;
  value: string;
}

export interface ReportTableRow {
  cells: string[];
  isKey?: boolean;
}

/** A table whose first column is text (left) and the others figures (right). */
export interface ReportTable {
  title: string;
  columns: string[];
  rows: ReportTableRow[];
  /** Printed instead of rows when there are none. */
  emptyText?: string;
}

export interface ChartSeries {
  name: string;
  kind: 'bar' | 'line';
  /** Whole kronor per category; null where the series has no value. */
  values: (number | null)[];
}

export interface ReportChart {
  title: string;
  categories: string[];
  series: ChartSeries[];
}
