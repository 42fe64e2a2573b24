/** Cells of the scenario workbook (write-scenario-workbook.ts): number formats and the one way rows are added. */
import type ExcelJS from 'exceljs';
import { kronorInUnit } from '../../shared/money';
import { xmlSafeText } from './write-plan-workbook';

/** Shown with one decimal; the cell holds the amount exact to the krona. */
export const MNKR_FORMAT = '#,##0.0';
/** Assumptions show every decimal they have, so what is typed is what is seen. */
export const MNKR_EXACT_FORMAT = '#,##0.0#####';
export const RATE_FORMAT = '0.0#####%';
export const SHARE_FORMAT = '0.0%';

export type CellInput = string | number | null;
export type Sheet = ExcelJS.Worksheet;

const HEADER_FONT: Partial<ExcelJS.Font> = { bold: true };
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F1' } };

export function mnkr(kronor: number | null | undefined): number | null {
  return kronor === null || kronor === undefined ? null : kronorInUnit(kronor, 'mnkr');
}

/** Adds and commits one row; `formats[i]` is the number format of cell i. */
export function addRow(
  sheet: Sheet,
  values: readonly CellInput[],
  options: { formats?: readonly (string | undefined)[]; isHeader?: boolean; isBold?: boolean } = {},
): void {
  const row = sheet.addRow(values.map((value) => (typeof value === 'string' ? xmlSafeText(value) : value)));
  values.forEach((value, index) => {
    const cell = row.getCell(index + 1);
    const format = options.formats?.[index];
    if (format && typeof value === 'number') cell.numFmt = format;
    if (options.isHeader) {
      cell.font = HEADER_FONT;
      cell.fill = HEADER_FILL;
    } else if (options.isBold) cell.font = HEADER_FONT;
  });
  row.commit();
}
