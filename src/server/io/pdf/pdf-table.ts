/**
 * Draws a `ReportTable`: its title, a header row (repeated on every page the table runs onto), the first
 * column left-aligned and the figures right-aligned, key rows shaded and bold.
 */
import type { ReportTable } from '../report-model';
import { COLORS, contentWidth, MARGIN, pageBottom } from './pdf-document';
import { drawGrid, type GridColumn, type GridRow, gridStartHeight } from './pdf-grid';
import { type Parent, tag } from './pdf-tags';

export interface TableStyle {
  fontSize: number;
  /** The widest a figure column gets, so a table of three years does not stretch over the page. */
  maxColumnWidth: number;
}

const DEFAULT_STYLE: TableStyle = { fontSize: 8, maxColumnWidth: 90 };
const PADDING = 4;

function columnWidths(doc: PDFKit.PDFDocument, table: ReportTable, style: TableStyle): number[] {
  const available = contentWidth(doc);
  doc.font('regular').fontSize(style.fontSize);
  const labels = [table.columns[0] ?? '', ...table.rows.map((row) => row.cells[0] ?? '')];
  const first = Math.min(
    Math.max(...labels.map((label) => doc.font('bold').widthOfString(label))) + 2 * PADDING,
    available * 0.45,
  );
  const others = table.columns.length - 1;
  const widestHeading = Math.max(0, ...table.columns.slice(1).map((text) => doc.widthOfString(text)));
  const each =
    others === 0
      ? 0
      : Math.max(widestHeading + 2 * PADDING, Math.min(style.maxColumnWidth, (available - first) / others));
  return [first, ...Array.from({ length: others }, () => each)];
}

/** Draws the table from `doc.y` (under `parent` when the document is tagged) and leaves `doc.y` below it. */
export function drawTable(
  doc: PDFKit.PDFDocument,
  table: ReportTable,
  style: TableStyle = DEFAULT_STYLE,
  parent: Parent = undefined,
  heading = 'H2',
): void {
  const widths = columnWidths(doc, table, style);
  const columns: GridColumn[] = table.columns.map((text, index) => ({
    heading: text,
    width: widths[index] ?? 0,
    align: index === 0 ? 'left' : 'right',
  }));
  const rows: GridRow[] = table.rows.map((row) => ({
    cells: row.cells,
    isBold: row.isKey === true,
    ...(row.isKey ? { fill: COLORS.keyFill } : {}),
  }));
  const options = { fontSize: style.fontSize, x: MARGIN };
  doc.font('bold').fontSize(style.fontSize + 3);
  const titleHeight = doc.heightOfString(table.title, { width: contentWidth(doc) }) + 3;
  if (doc.y + titleHeight + gridStartHeight(doc, columns, rows, options) + 14 > pageBottom(doc))
    doc.addPage();
  tag(doc, parent, heading, () => {
    doc
      .font('bold')
      .fontSize(style.fontSize + 3)
      .fillColor(COLORS.text);
    doc.text(table.title, MARGIN, doc.y, { width: contentWidth(doc) });
  });
  doc.y += 3;
  drawGrid(doc, parent, columns, rows, options);
  if (table.rows.length === 0 && table.emptyText) {
    const text = table.emptyText;
    tag(doc, parent, 'P', () => {
      doc
        .font('regular')
        .fontSize(style.fontSize)
        .text(text, MARGIN + PADDING, doc.y + 3);
    });
    doc.y += 3;
  }
  doc.x = MARGIN;
  doc.y += 10;
}
