/**
 * The board report (issue 12, SPEC §6) as an .xlsx drawn from the model alone: one sheet per section
 * (`Nyckeltal`, `Enheter`, `Kommentarer`, `Åtgärder`, `Beslut`, `Listor`, `Diagramdata`), each with the
 * report's title rows and a frozen, bold header row; amounts are whole kronor shown in mnkr, so every figure
 * equals the model's to the krona and is a number, never text.
 */
// Must come before ExcelJS (see the module): every entry point into ExcelJS loads the fix first.
import '../../exceljs-utf8-fix';
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { TBoardReport } from '../../../../shared/schemas/board-report';
import { writeChartsSheet, writeDecisionsSheet, writeListsSheet } from './board-report-list-sheets';
import {
  writeCommentsSheet,
  writeFiguresSheet,
  writeMeasuresSheet,
  writeUnitsSheet,
} from './board-report-sheets';

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function validDate(text: string): Date {
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? new Date(0) : date;
}

export async function renderBoardReportXlsx(report: TBoardReport): Promise<Uint8Array> {
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    sink.on('end', resolve);
    sink.on('error', reject);
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: sink,
    // Inline strings, as the other exports: the streaming reader never has to park a sheet.
    useSharedStrings: false,
    useStyles: true,
  });
  workbook.creator = 'Balans';
  workbook.created = validDate(report.published?.publishedAt ?? report.generatedAt);
  workbook.modified = workbook.created;
  writeFiguresSheet(workbook, report);
  writeUnitsSheet(workbook, report);
  writeCommentsSheet(workbook, report);
  writeMeasuresSheet(workbook, report);
  writeDecisionsSheet(workbook, report);
  writeListsSheet(workbook, report);
  writeChartsSheet(workbook, report);
  await workbook.commit();
  await ended;
  const bytes = Buffer.concat(chunks);
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
