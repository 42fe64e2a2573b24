/**
 * A table of fixed columns whose cells wrap (up to `maxLines` lines, then an ellipsis), drawn from `doc.y`:
 * a header row that is repeated on every page the table runs onto, rows that never split across pages, and —
 * in a tagged document — Table, TR, TH (scope Column; the first cell of a row when `rowHeaders`) and TD
 * elements. The repeated header rows are pagination artifacts, so a screen reader reads the header once.
 */
import { COLORS, pageBottom } from './pdf-document';
import { artifact, end, group, type Parent, tag } from './pdf-tags';

export interface GridColumn {
  heading: string;
  /** Points. */
  width: number;
  align?: 'left' | 'right';
}

export interface GridRow {
  cells: readonly string[];
  isBold?: boolean;
  fill?: string;
}

export interface GridOptions {
  fontSize: number;
  /** Lines a cell may take before it ends in an ellipsis. */
  maxLines?: number;
  /** The first cell of every row heads its row (TH scope Row). */
  rowHeaders?: boolean;
  x: number;
  /** Printed above the repeated header on a following page, e.g. `Närsjukvård Östra (forts.)`. */
  continuation?: string;
}

const PADDING_X = 3;
const PADDING_Y = 3;

function lineHeight(doc: PDFKit.PDFDocument): number {
  return doc.currentLineHeight(true);
}

function rowHeight(
  doc: PDFKit.PDFDocument,
  columns: readonly GridColumn[],
  cells: readonly string[],
  isBold: boolean,
  maxLines: number,
): number {
  doc.font(isBold ? 'bold' : 'regular');
  const cap = maxLines * lineHeight(doc);
  let tallest = lineHeight(doc);
  columns.forEach((column, index) => {
    const text = cells[index] ?? '';
    if (text === '') return;
    const height = doc.heightOfString(text, { width: column.width - 2 * PADDING_X });
    tallest = Math.max(tallest, Math.min(cap, height));
  });
  return Math.ceil(tallest) + 2 * PADDING_Y;
}

interface RowDraw {
  cells: readonly string[];
  height: number;
  isBold: boolean;
  fill?: string | undefined;
  /** 'TH' for a header row, 'TD' for a body row, null for a repeated header (artifact). */
  cellType: 'TH' | 'TD' | null;
}

function drawRow(
  doc: PDFKit.PDFDocument,
  table: Parent,
  columns: readonly GridColumn[],
  options: GridOptions,
  row: RowDraw,
): void {
  const y = doc.y;
  const total = columns.reduce((sum, column) => sum + column.width, 0);
  const isArtifact = row.cellType === null;
  const decorate = () => {
    if (row.fill) doc.rect(options.x, y, total, row.height).fill(row.fill);
    doc
      .moveTo(options.x, y + row.height)
      .lineTo(options.x + total, y + row.height)
      .lineWidth(0.5)
      .strokeColor(COLORS.rule)
      .stroke();
  };
  if (isArtifact && table) doc.markContent('Artifact', { type: 'Pagination' });
  if (isArtifact || !table) decorate();
  else artifact(doc, table, decorate);
  const tr = isArtifact ? undefined : group(doc, table, 'TR');
  const textHeight = row.height - 2 * PADDING_Y;
  let x = options.x;
  columns.forEach((column, index) => {
    const text = row.cells[index] ?? '';
    const cellX = x;
    const paint = () => {
      doc.fillColor(COLORS.text).font(row.isBold ? 'bold' : 'regular');
      doc.text(text, cellX + PADDING_X, y + PADDING_Y, {
        width: column.width - 2 * PADDING_X,
        height: textHeight + 0.5,
        align: column.align ?? 'left',
        ellipsis: true,
      });
    };
    const isRowHeader = options.rowHeaders === true && index === 0;
    const type = row.cellType === 'TH' || isRowHeader ? 'TH' : 'TD';
    const scope = row.cellType === 'TH' ? 'Column' : isRowHeader ? 'Row' : undefined;
    tag(doc, tr, type, paint, scope ? { scope } : {});
    x += column.width;
  });
  end(tr);
  if (isArtifact && table) doc.endMarkedContent();
  doc.y = y + row.height;
}

/** The height of the header row and the first `rows` body rows: room to ask for before starting the table. */
export function gridStartHeight(
  doc: PDFKit.PDFDocument,
  columns: readonly GridColumn[],
  rows: readonly GridRow[],
  options: GridOptions,
  count = 2,
): number {
  doc.fontSize(options.fontSize);
  const maxLines = options.maxLines ?? 1;
  const header = rowHeight(
    doc,
    columns,
    columns.map((c) => c.heading),
    true,
    3,
  );
  return rows
    .slice(0, count)
    .reduce((sum, row) => sum + rowHeight(doc, columns, row.cells, row.isBold === true, maxLines), header);
}

function continuation(doc: PDFKit.PDFDocument, tagged: boolean, text: string, x: number): void {
  if (tagged) doc.markContent('Artifact', { type: 'Pagination' });
  doc.font('bold').fontSize(8.5).fillColor(COLORS.muted);
  doc.text(text, x, doc.y, { height: doc.currentLineHeight(true), ellipsis: true });
  doc.fillColor(COLORS.text);
  if (tagged) doc.endMarkedContent();
  doc.y += 2;
}

/** Draws the table under `parent` from `doc.y` and leaves `doc.y` below it. */
export function drawGrid(
  doc: PDFKit.PDFDocument,
  parent: Parent,
  columns: readonly GridColumn[],
  rows: readonly GridRow[],
  options: GridOptions,
): void {
  doc.fontSize(options.fontSize);
  const maxLines = options.maxLines ?? 1;
  const headings = columns.map((column) => column.heading);
  const headerHeight = rowHeight(doc, columns, headings, true, 3);
  const table = group(doc, parent, 'Table');
  const header = (cellType: 'TH' | null) =>
    drawRow(doc, table, columns, options, {
      cells: headings,
      height: headerHeight,
      isBold: true,
      fill: COLORS.headerFill,
      cellType,
    });
  header('TH');
  for (const row of rows) {
    doc.fontSize(options.fontSize);
    const height = rowHeight(doc, columns, row.cells, row.isBold === true, maxLines);
    if (doc.y + height > pageBottom(doc)) {
      doc.addPage();
      if (options.continuation) continuation(doc, table !== undefined, options.continuation, options.x);
      doc.fontSize(options.fontSize);
      header(null);
    }
    drawRow(doc, table, columns, options, {
      cells: row.cells,
      height,
      isBold: row.isBold === true,
      fill: row.fill,
      cellType: 'TD',
    });
  }
  end(table);
  doc.x = options.x;
}
