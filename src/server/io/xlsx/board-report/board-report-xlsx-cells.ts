/**
 * Cells and sheets of the board report workbook: amounts are whole kronor in the cell, shown in mnkr by the
 * number format's two trailing commas (each after a digit placeholder divides the shown value by 1 000, in
 * Excel and LibreOffice alike), so a sum in the sheet is exact to the krona; shares are ratios shown as
 * percent. Every sheet opens with the same title rows and a bold, frozen header row.
 */
import type ExcelJS from 'exceljs';
import type { TBoardReport } from '../../../../shared/schemas/board-report';
import { publishedText, readAtText, reportTitle, scopeText } from '../../board-report-labels';
import { addRow, type CellInput } from '../../scenario-workbook-cells';
import { xmlSafeText } from '../../write-plan-workbook';

export const MNKR_FORMAT = '#,##0.0,, "mnkr";-#,##0.0,, "mnkr"';
export const SHARE_FORMAT = '0.0%';
export const DATE_FORMAT = 'yyyy-mm-dd';

/** Excel keeps at most 32 767 characters in a cell. */
const CELL_TEXT_LIMIT = 32_767;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export type Workbook = ExcelJS.stream.xlsx.WorkbookWriter;
export type Sheet = ExcelJS.Worksheet;

/** A value and its number format. */
export type Cell = { value: CellInput | Date; format?: string };

export function kronor(value: number | null): Cell {
  return value === null || !Number.isFinite(value) ? { value: null } : { value, format: MNKR_FORMAT };
}

export function share(value: number): Cell {
  return Number.isFinite(value) ? { value, format: SHARE_FORMAT } : { value: null };
}

export function text(value: string | null | undefined): Cell {
  if (value === null || value === undefined) return { value: null };
  return { value: value.length > CELL_TEXT_LIMIT ? value.slice(0, CELL_TEXT_LIMIT) : value };
}

/** A calendar day `YYYY-MM-DD` as an Excel date; anything else as text. */
export function day(value: string | null): Cell {
  if (value === null) return { value: null };
  if (!DAY.test(value)) return text(value);
  const date = new Date(`${value}T00:00:00.000Z`);
  return Number.isNaN(date.getTime()) ? text(value) : { value: date, format: DATE_FORMAT };
}

export function writeRow(sheet: Sheet, cells: readonly Cell[], options: { isBold?: boolean } = {}): void {
  const row = sheet.addRow([]);
  cells.forEach((cell, index) => {
    const target = row.getCell(index + 1);
    if (cell.value instanceof Date) {
      target.value = cell.value;
      target.numFmt = cell.format ?? DATE_FORMAT;
    } else if (typeof cell.value === 'string') {
      target.value = xmlSafeText(cell.value);
    } else {
      target.value = cell.value;
      if (cell.format && typeof cell.value === 'number') target.numFmt = cell.format;
    }
    if (options.isBold) target.font = { bold: true };
  });
  row.commit();
}

/** The number of title rows above a sheet's header row. */
export const TITLE_ROWS = 3;

/** A sheet with the report's title rows, its header row (bold, frozen) and column widths. */
export function startSheet(
  workbook: Workbook,
  report: TBoardReport,
  name: string,
  columns: readonly { heading: string; width: number }[],
  note: string,
): Sheet {
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: TITLE_ROWS + 1 }],
  });
  sheet.columns = columns.map((column) => ({ width: column.width }));
  const when = [readAtText(report), publishedText(report)].filter((t): t is string => t !== null).join(' · ');
  addRow(sheet, [`${reportTitle(report)} – ${report.plan.name}`.slice(0, CELL_TEXT_LIMIT)], { isBold: true });
  addRow(sheet, [`${scopeText(report)} · Period ${report.period} · ${when}`.slice(0, CELL_TEXT_LIMIT)]);
  addRow(sheet, [note]);
  addRow(
    sheet,
    columns.map((column) => column.heading),
    { isHeader: true },
  );
  return sheet;
}
