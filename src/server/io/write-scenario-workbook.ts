/**
 * A saved scenario as an .xlsx (issue 5: "export to XLSX"): sheet `Antaganden` in exactly the layout
 * `readAssumptionSheet` reads back, so an exported file read in again gives the same assumptions; sheets
 * `Resultat`, `Balanskrav` and `Om scenariot` with the computed figures and where they come from.
 *
 * Amounts are numbers of mnkr exact to the krona (kronor / 10^6: at most 15 significant digits, which Excel
 * keeps); rates are the plain fractions of the input formatted as percent (0.035 shows as 3,5 %).
 */
// Must come before ExcelJS (see the module): every entry point into ExcelJS loads the fix first.
import './exceljs-utf8-fix';
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import {
  ASSUMPTION_LABEL_HEADING,
  ASSUMPTION_ROWS,
  type AssumptionRow,
} from '../../shared/scenario-assumptions';
import { ASSUMPTIONS_SHEET } from './read-assumption-sheet';
import type { ScenarioExport, ScenarioFileOptions } from './scenario-export';
import { type ResultCell, scenarioResultRows } from './scenario-result-rows';
import {
  addRow,
  type CellInput,
  MNKR_EXACT_FORMAT,
  MNKR_FORMAT,
  mnkr,
  RATE_FORMAT,
  SHARE_FORMAT,
} from './scenario-workbook-cells';
import { writeAboutSheet, writeLedgerSheet } from './scenario-workbook-sheets';

export const RESULT_SHEET = 'Resultat';

function assumptionValue(
  row: AssumptionRow,
  content: ScenarioExport,
  year: number,
  index: number,
): [CellInput, string] {
  if (row.key === 'planLevel') {
    // The level the figures were computed with, whatever its source: read back, it reproduces them.
    return [mnkr(content.result.years[index]?.planLevel), MNKR_EXACT_FORMAT];
  }
  const value = content.scenario.input.years[String(year)]?.[row.key];
  if (value === undefined) return [null, ''];
  return row.kind === 'rate' ? [value, RATE_FORMAT] : [mnkr(value), MNKR_EXACT_FORMAT];
}

function writeAssumptionSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, content: ScenarioExport): void {
  const years = content.result.years.map((year) => year.year);
  const sheet = workbook.addWorksheet(ASSUMPTIONS_SHEET, {
    views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }],
  });
  sheet.columns = [{ width: 52 }, ...years.map(() => ({ width: 14 }))];
  addRow(sheet, [ASSUMPTION_LABEL_HEADING, ...years], { isHeader: true });
  for (const row of ASSUMPTION_ROWS) {
    const cells = years.map((year, index) => assumptionValue(row, content, year, index));
    addRow(sheet, [row.label, ...cells.map(([value]) => value)], {
      formats: [undefined, ...cells.map(([, format]) => format)],
    });
  }
  sheet.commit();
}

function resultCell(cell: ResultCell): [CellInput, string | undefined] {
  switch (cell.kind) {
    case 'amount':
      return [mnkr(cell.kronor), MNKR_FORMAT];
    case 'share':
      return [cell.whole === 0 ? null : cell.part / cell.whole, SHARE_FORMAT];
    case 'text':
      return [cell.text, undefined];
  }
}

function writeResultSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, content: ScenarioExport): void {
  const { years } = content.result;
  const sheet = workbook.addWorksheet(RESULT_SHEET, { views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }] });
  sheet.columns = [{ width: 58 }, ...years.map(() => ({ width: 14 }))];
  addRow(sheet, ['Belopp i mnkr, exakta till kronan', ...years.map((year) => year.year)], { isHeader: true });
  for (const row of scenarioResultRows(content.result)) {
    const cells = years.map((year) => resultCell(row.cell(year)));
    const unit = row.cell(years[0]!).kind === 'amount' ? ' (mnkr)' : '';
    addRow(sheet, [`${row.label}${unit}`, ...cells.map(([value]) => value)], {
      formats: [undefined, ...cells.map(([, format]) => format)],
    });
  }
  sheet.commit();
}

/** The whole file as bytes (a few kB). */
export async function scenarioWorkbookBytes(
  content: ScenarioExport,
  options: ScenarioFileOptions,
): Promise<Buffer> {
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    sink.on('end', resolve);
    sink.on('error', reject);
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: sink,
    // Inline strings, as the plan export: the streaming reader never has to park a sheet.
    useSharedStrings: false,
    useStyles: true,
  });
  workbook.creator = 'Balans';
  workbook.created = new Date(options.generatedAt);
  writeAssumptionSheet(workbook, content);
  writeResultSheet(workbook, content);
  writeLedgerSheet(workbook, content);
  writeAboutSheet(workbook, content, options);
  await workbook.commit();
  await ended;
  return Buffer.concat(chunks);
}
