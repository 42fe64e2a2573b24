/**
 * Draws a `ReportTable`: its title, a header row (repeated on every page the table runs onto), the first
 * column left-aligned and the figures right-aligned, key rows shaded and bold.
 */
import type { ReportTable } from '../report-model';
import { COLORS, contentWidth, MARGIN, pageBottom } from './pdf-document';

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

function drawRow(
  doc: PDFKit.PDFDocument,
  cells: readonly string[],
  widths: readonly number[],
  y: number,
  options: { isBold: boolean; fill?: string; height: number },
): void {
  const total = widths.reduce((sum, width) => sum + width, 0);
  if (options.fill) doc.rect(MARGIN, y, total, options.height).fill(options.fill);
  doc.fillColor(COLORS.text).font(options.isBold ? 'bold' : 'regular');
  let x = MARGIN;
  cells.forEach((text, index) => {
    const width = widths[index] ?? 0;
    doc.text(text, x + PADDING, y + 3, {
      width: width - 2 * PADDING,
      height: doc.currentLineHeight(),
      align: index === 0 ? 'left' : 'right',
      ellipsis: true,
    });
    x += width;
  });
  doc
    .moveTo(MARGIN, y + options.height)
    .lineTo(MARGIN + total, y + options.height)
    .lineWidth(0.5)
    .strokeColor(COLORS.rule)
    .stroke();
  doc.y = y + options.height;
}

/** Draws the table from `doc.y` and leaves `doc.y` below it. */
export function drawTable(
  doc: PDFKit.PDFDocument,
  table: ReportTable,
  style: TableStyle = DEFAULT_STYLE,
): void {
  const widths = columnWidths(doc, table, style);
  const rowHeight = style.fontSize + 7;
  const header = () => {
    drawRow(doc, table.columns, widths, doc.y, { isBold: true, fill: COLORS.headerFill, height: rowHeight });
  };
  if (doc.y + 3 * rowHeight + 14 > pageBottom(doc)) doc.addPage();
  doc
    .font('bold')
    .fontSize(style.fontSize + 3)
    .fillColor(COLORS.text);
  doc.text(table.title, MARGIN, doc.y);
  doc.y += 3;
  doc.fontSize(style.fontSize);
  header();
  if (table.rows.length === 0 && table.emptyText) {
    doc.font('regular').text(table.emptyText, MARGIN + PADDING, doc.y + 3);
    doc.y += 3;
  }
  for (const row of table.rows) {
    if (doc.y + rowHeight > pageBottom(doc)) {
      doc.addPage();
      header();
    }
    drawRow(doc, row.cells, widths, doc.y, {
      isBold: row.isKey === true,
      ...(row.isKey ? { fill: COLORS.keyFill } : {}),
      height: rowHeight,
    });
  }
  doc.x = MARGIN;
  doc.y += 10;
}
