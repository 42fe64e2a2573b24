import ExcelJS from 'exceljs';

/** A cell's value, or a value with a number format (`{ value: 0.035, numFmt: '0.0%' }`). */
export type HandMadeCell = ExcelJS.CellValue | { value: ExcelJS.CellValue; numFmt: string };

/** An .xlsx as a user would make it in Excel: sheets in order, rows of cells from A1. */
export async function handMadeWorkbook(sheets: Record<string, HandMadeCell[][]>): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = book.addWorksheet(name);
    rows.forEach((row, r) => {
      row.forEach((cell, c) => {
        const target = sheet.getCell(r + 1, c + 1);
        if (cell !== null && typeof cell === 'object' && 'numFmt' in cell) {
          target.value = cell.value;
          target.numFmt = cell.numFmt;
        } else {
          target.value = cell;
        }
      });
    });
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}
