/**
 * Writes a plan to the Excel template of SPEC §7 — the exact inverse of `readPlanWorkbook`: the same sheet
 * names, the same Swedish headers, amounts in tkr, effects per year × cost type in the plan's convention. A
 * file written here and imported again into the same plan changes nothing ("a round trip loses nothing").
 * Rows are written with ExcelJS's streaming writer, so memory stays flat however many measures the plan has.
 */
// Must come before ExcelJS (see the module): every entry point into ExcelJS loads the fix first.
import './exceljs-utf8-fix';
import { PassThrough, type Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { PATH_SEPARATOR } from '../../domain/org-tree';
import {
  CATEGORY_SV,
  COST_TYPE_SV,
  type CostType,
  EFFECT_CONVENTION_SV,
  type EffectConvention,
  MEASURE_STATUS_SV,
  PERIODICITY_SV,
  RISK_LEVEL_SV,
  type RiskPerspective,
  SAVINGS_TYPE_SV,
} from '../../shared/enums';
import { SETTINGS_SHEET } from './plan-settings';
import type { ParsedMeasureRow, ParsedRisk } from './plan-workbook';
import { MEASURES_SHEET } from './read-plan-workbook';

/** One measure as the template holds it: a parsed row without its row number. */
export type PlanWorkbookRow = Omit<ParsedMeasureRow, 'rowNumber'>;

export interface PlanWorkbookContent {
  planName: string;
  convention: EffectConvention;
  /** The plan's years; each gets a column per cost type (years of any effect are added). */
  years: readonly number[];
  /** In the order they are written. */
  rows: readonly PlanWorkbookRow[];
}

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The template's amount unit: headers say `(tkr)`, cells hold thousands of kronor. */
const AMOUNT_UNIT = 'tkr';
const KRONOR_PER_UNIT = 1_000;

type Cell = string | number | null;

/**
 * Characters XML 1.0 cannot hold (control characters other than tab and line breaks, U+FFFE/U+FFFF, lone
 * surrogates). A text typed in the API could contain one; written as is it would make the whole file
 * unreadable, so it is dropped — no spreadsheet could show it anyway.
 */
const XML_TEXT = /^[\t\n\r -\uD7FF\uE000-\uFFFD]*$/;

function isXmlCodePoint(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    code >= 0x10000
  );
}

export function xmlSafeText(text: string): string {
  if (XML_TEXT.test(text)) return text;
  let safe = '';
  // Iterating a string yields code points: a well-formed surrogate pair is one, a lone surrogate stays alone.
  for (const character of text) if (isXmlCodePoint(character.codePointAt(0) ?? 0)) safe += character;
  return safe;
}

function safeCell(value: Cell): Cell {
  return typeof value === 'string' ? xmlSafeText(value) : value;
}

interface Column {
  header: string;
  width: number;
  value: (row: PlanWorkbookRow) => Cell;
  /** Amount columns get a number format with thousands separators. */
  isAmount?: boolean;
}

/** Cost types always given a column; `Effekt` (unspecified) only when some measure uses it. */
const BASE_COST_TYPES: readonly CostType[] = ['personnel', 'operating', 'revenue'];

function label<T extends string>(labels: Record<T, string>, code: T | null): string | null {
  return code === null ? null : labels[code];
}

/** `hög: text`, `hög` or the plain text, as `parseRisk` reads it back. */
export function riskCell(risk: ParsedRisk): string | null {
  const level = label(RISK_LEVEL_SV, risk.level);
  if (level && risk.text) return `${level}: ${risk.text}`;
  return level ?? risk.text;
}

/** Whole kronor as a number of tkr (1 234 567 kr → 1234.567); `toKronor` turns it back exactly. */
function amountCell(kronor: number | null | undefined): number | null {
  return kronor === null || kronor === undefined ? null : kronor / KRONOR_PER_UNIT;
}

function risk(perspective: RiskPerspective, header: string): Column {
  return { header, width: 30, value: (row) => riskCell(row.risks[perspective]) };
}

function amount(header: string, field: 'investment' | 'oneOffCost' | 'runningCostPerYear'): Column {
  return {
    header: `${header} (${AMOUNT_UNIT})`,
    width: 16,
    isAmount: true,
    value: (row) => amountCell(row[field]),
  };
}

function effectColumn(year: number, costType: CostType): Column {
  return {
    header: `${COST_TYPE_SV[costType]} ${year} (${AMOUNT_UNIT})`,
    width: 15,
    isAmount: true,
    value: (row) =>
      amountCell(row.effects.find((effect) => effect.year === year && effect.costType === costType)?.amount),
  };
}

/** Every year with an effect column, ascending: the plan's years and any year a measure has an effect in. */
export function effectYears(content: Pick<PlanWorkbookContent, 'years' | 'rows'>): number[] {
  const years = new Set(content.years);
  for (const row of content.rows) for (const effect of row.effects) years.add(effect.year);
  return [...years].sort((a, b) => a - b);
}

/** The columns of sheet Åtgärder, in the template's order (the order is free when reading). */
export function planColumns(content: Pick<PlanWorkbookContent, 'years' | 'rows'>): Column[] {
  const usesUnspecified = content.rows.some((row) => row.effects.some((e) => e.costType === 'unspecified'));
  const costTypes: CostType[] = usesUnspecified ? [...BASE_COST_TYPES, 'unspecified'] : [...BASE_COST_TYPES];
  return [
    { header: 'Kod', width: 10, value: (row) => row.code },
    { header: 'Åtgärd', width: 45, value: (row) => row.title },
    { header: 'Beskrivning', width: 40, value: (row) => row.description },
    { header: 'Enhet', width: 45, value: (row) => row.unitPath.join(PATH_SEPARATOR) },
    { header: 'Ansvarig', width: 25, value: (row) => row.responsible },
    { header: 'Kategori', width: 13, value: (row) => label(CATEGORY_SV, row.category) },
    { header: 'Grupp', width: 18, value: (row) => row.group },
    { header: 'Besparingstyp', width: 20, value: (row) => label(SAVINGS_TYPE_SV, row.savingsType) },
    { header: 'Genomförbarhet', width: 15, value: (row) => row.feasibility },
    {
      header: 'Tillfällig',
      width: 10,
      value: (row) => (row.isTemporary === null ? null : row.isTemporary ? 'ja' : 'nej'),
    },
    { header: 'Status', width: 12, value: (row) => label(MEASURE_STATUS_SV, row.status) },
    { header: 'Start', width: 10, value: (row) => row.startMonth },
    { header: 'Slut', width: 10, value: (row) => row.endMonth },
    { header: 'Helårseffekt från', width: 17, value: (row) => row.fullEffectMonth },
    { header: 'Uppföljningsmått', width: 30, value: (row) => row.followUpMetric },
    { header: 'Uppföljningsmetod', width: 30, value: (row) => row.followUpMethod },
    { header: 'Periodicitet', width: 12, value: (row) => label(PERIODICITY_SV, row.periodicity) },
    ...effectYears(content).flatMap((year) => costTypes.map((costType) => effectColumn(year, costType))),
    amount('Investering', 'investment'),
    amount('Engångskostnad', 'oneOffCost'),
    amount('Löpande kostnad', 'runningCostPerYear'),
    risk('staff', 'Risk medarbetare'),
    risk('citizen', 'Risk medborgare'),
    risk('operations', 'Risk verksamhet'),
    risk('longTerm', 'Risk långsiktighet'),
    { header: 'Konsekvenser', width: 40, value: (row) => row.consequences },
    { header: 'Kommentar', width: 40, value: (row) => row.comment },
  ];
}

/** Thousands separated; decimals shown only when the amount is not whole tkr. */
function amountFormat(value: number): string {
  return Number.isInteger(value) ? '#,##0' : '#,##0.###';
}

const HEADER_FONT: Partial<ExcelJS.Font> = { bold: true };
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F1' } };

/** Streams the plan as an .xlsx into `output` and resolves when the file is complete. */
export async function writePlanWorkbook(content: PlanWorkbookContent, output: Writable): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: output,
    // Inline strings: the streaming reader then never has to park a sheet while it waits for shared strings.
    useSharedStrings: false,
    useStyles: true,
  });
  workbook.creator = 'Balans';
  workbook.created = new Date();

  const columns = planColumns(content);
  const sheet = workbook.addWorksheet(MEASURES_SHEET, {
    views: [{ state: 'frozen', xSplit: 2, ySplit: 1 }],
  });
  sheet.columns = columns.map((column) => ({ width: column.width }));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  const header = sheet.addRow(columns.map((column) => column.header));
  header.eachCell((cell) => {
    cell.font = HEADER_FONT;
    cell.fill = HEADER_FILL;
  });
  header.commit();
  for (const measure of content.rows) {
    const row = sheet.addRow(columns.map((column) => safeCell(column.value(measure))));
    columns.forEach((column, index) => {
      if (!column.isAmount) return;
      const cell = row.getCell(index + 1);
      if (typeof cell.value === 'number') cell.numFmt = amountFormat(cell.value);
    });
    row.commit();
  }
  sheet.commit();

  const settings = workbook.addWorksheet(SETTINGS_SHEET);
  settings.columns = [{ width: 20 }, { width: 50 }];
  const settingsHeader = settings.addRow(['Inställning', 'Värde']);
  settingsHeader.font = HEADER_FONT;
  settingsHeader.commit();
  settings.addRow(['Plan', xmlSafeText(content.planName)]).commit();
  settings.addRow(['Effektkonvention', EFFECT_CONVENTION_SV[content.convention]]).commit();
  settings.commit();

  await workbook.commit();
}

/** The whole file as bytes (an export is a few MB even for tens of thousands of measures). */
export async function planWorkbookBytes(content: PlanWorkbookContent): Promise<Buffer> {
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    sink.on('end', resolve);
    sink.on('error', reject);
  });
  await writePlanWorkbook(content, sink);
  await ended;
  return Buffer.concat(chunks);
}
