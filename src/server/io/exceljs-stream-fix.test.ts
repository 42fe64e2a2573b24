import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { isExcelStreamFixActive } from './exceljs-stream-fix';
import { streamWorkbook } from './workbook-stream';

/** Four sheets written as ExcelJS's streaming writer does: worksheets first, workbook.xml and styles.xml last. */
async function streamedWorkbook(): Promise<Buffer> {
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise((resolve) => sink.on('end', resolve));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: sink,
    useSharedStrings: false,
    useStyles: true,
  });
  for (const name of ['Första', 'Andra', 'Tredje', 'Fjärde']) {
    const sheet = workbook.addWorksheet(name);
    for (let i = 0; i < 20; i++) {
      const row = sheet.addRow([`rad ${i}`, i / 1000]);
      row.getCell(2).numFmt = '0.0%';
      row.commit();
    }
    sheet.commit();
  }
  await workbook.commit();
  await ended;
  return Buffer.concat(chunks);
}

describe('exceljs-stream-fix', () => {
  it('is active in every test, as in every entry point', () => {
    expect(isExcelStreamFixActive()).toBe(true);
  });

  it('never drops the entries after the worksheets (exceljs#3064: before the fix about one read in eight)', async () => {
    const bytes = await streamedWorkbook();
    for (let attempt = 0; attempt < 40; attempt++) {
      const names: string[] = [];
      const formats = new Set<string | undefined>();
      const workbook = await streamWorkbook(bytes, (name) => {
        names.push(name);
        return (row) => {
          for (const cell of row.cells) if (cell.value.kind === 'number') formats.add(cell.numFmt);
        };
      });
      expect(workbook.isWorkbook).toBe(true);
      expect(names).toEqual(['Första', 'Andra', 'Tredje', 'Fjärde']);
      expect([...formats]).toEqual(['0.0%']);
    }
  });
});
