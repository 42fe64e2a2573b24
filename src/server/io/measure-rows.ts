/**
 * Turns the data rows of sheet `Åtgärder` into measures, one streamed row at a time. A row with any problem is
 * reported and left out; the import is all-or-nothing anyway, so a half-read measure is never useful.
 */
import {
  CATEGORY_SV,
  MEASURE_STATUS_SV,
  PERIODICITY_SV,
  RISK_PERSPECTIVES,
  type RiskPerspective,
  SAVINGS_TYPE_SV,
} from '../../shared/enums';
import { invalidTextMessage } from '../../shared/text-safety';
import {
  MAX_CODE_LENGTH,
  MAX_TEXT_LENGTH,
  MAX_TITLE_LENGTH,
  type Parsed,
  parseAmountCell,
  parseChoice,
  parseFeasibility,
  parseMonth,
  parseRisk,
  parseText,
  parseUnitPath,
  parseYesNo,
} from './plan-cell-values';
import type { ChoiceField, PlanColumn } from './plan-headers';
import type { ImportIssue, ParsedMeasureRow, ParsedRisk } from './plan-workbook';
import { type CellValue, cellAddress } from './workbook-cells';
import type { SheetRow } from './workbook-stream';

/** A measure whose Enhet cell was empty: it gets the default from `Inställningar`, which may be read later. */
export interface RowWithoutUnit {
  /** The measure, or undefined when the row had other problems too. */
  measure: ParsedMeasureRow | undefined;
  /** Where the unit should have been, or undefined when the sheet has no Enhet column. */
  cell: string | undefined;
}

export interface MeasureRowReader {
  readRow(row: SheetRow): void;
  measures: ParsedMeasureRow[];
  rowsWithoutUnit: RowWithoutUnit[];
  errors: ImportIssue[];
}

function emptyRisks(): Record<RiskPerspective, ParsedRisk> {
  const risks = {} as Record<RiskPerspective, ParsedRisk>;
  for (const perspective of RISK_PERSPECTIVES) risks[perspective] = { level: null, text: null };
  return risks;
}

function emptyMeasure(rowNumber: number): ParsedMeasureRow {
  return {
    rowNumber,
    code: '',
    title: '',
    description: null,
    unitPath: [],
    responsible: null,
    category: null,
    group: null,
    savingsType: null,
    feasibility: null,
    status: null,
    isTemporary: null,
    startMonth: null,
    endMonth: null,
    fullEffectMonth: null,
    followUpMetric: null,
    followUpMethod: null,
    periodicity: null,
    risks: emptyRisks(),
    consequences: null,
    investment: null,
    oneOffCost: null,
    runningCostPerYear: null,
    comment: null,
    effects: [],
  };
}

/** Reads one cell into `measure`; returns the problem, if any. Plain blocks, no closures: this runs per cell. */
function applyCell(measure: ParsedMeasureRow, column: PlanColumn, value: CellValue): Parsed<unknown> {
  const role = column.role;
  // No cell may bring a NUL byte or a lone surrogate into the database (issue 11).
  const invalid = value.kind === 'text' ? invalidTextMessage(value.text) : undefined;
  if (invalid) return { ok: false, message: invalid };
  switch (role.kind) {
    case 'code':
    case 'title':
    case 'text': {
      const limit =
        role.kind === 'code' ? MAX_CODE_LENGTH : role.kind === 'title' ? MAX_TITLE_LENGTH : MAX_TEXT_LENGTH;
      const parsed = parseText(value, limit);
      if (parsed.ok) measure[role.kind === 'text' ? role.field : role.kind] = parsed.value;
      return parsed;
    }
    case 'unit': {
      const parsed = parseUnitPath(value);
      if (parsed.ok) measure.unitPath = parsed.value;
      return parsed;
    }
    case 'feasibility': {
      const parsed = parseFeasibility(value);
      if (parsed.ok) measure.feasibility = parsed.value;
      return parsed;
    }
    case 'temporary': {
      const parsed = parseYesNo(value);
      if (parsed.ok) measure.isTemporary = parsed.value;
      return parsed;
    }
    case 'month': {
      const parsed = parseMonth(value);
      if (parsed.ok) measure[role.field] = parsed.value;
      return parsed;
    }
    case 'risk': {
      const parsed = parseRisk(value);
      if (parsed.ok) measure.risks[role.perspective] = parsed.value;
      return parsed;
    }
    case 'amount': {
      const parsed = parseAmountCell(value, role.unit);
      if (parsed.ok) measure[role.field] = parsed.value;
      return parsed;
    }
    case 'effect': {
      const parsed = parseAmountCell(value, role.unit);
      if (parsed.ok) measure.effects.push({ year: role.year, costType: role.costType, amount: parsed.value });
      return parsed;
    }
    case 'choice':
      return applyChoice(measure, role.field, value);
  }
}

function applyChoice(measure: ParsedMeasureRow, field: ChoiceField, value: CellValue): Parsed<unknown> {
  switch (field) {
    case 'category': {
      const parsed = parseChoice(value, CATEGORY_SV);
      if (parsed.ok) measure.category = parsed.value;
      return parsed;
    }
    case 'savingsType': {
      const parsed = parseChoice(value, SAVINGS_TYPE_SV);
      if (parsed.ok) measure.savingsType = parsed.value;
      return parsed;
    }
    case 'status': {
      const parsed = parseChoice(value, MEASURE_STATUS_SV);
      if (parsed.ok) measure.status = parsed.value;
      return parsed;
    }
    case 'periodicity': {
      const parsed = parseChoice(value, PERIODICITY_SV);
      if (parsed.ok) measure.periodicity = parsed.value;
      return parsed;
    }
  }
}

function findColumn(
  columns: PlanColumn[],
  kind: PlanColumn['role']['kind'],
  field?: string,
): PlanColumn | undefined {
  return columns.find(
    (c) => c.role.kind === kind && (field === undefined || ('field' in c.role && c.role.field === field)),
  );
}

export function createMeasureRowReader(columns: PlanColumn[], sheet: string): MeasureRowReader {
  const byColumn = new Map(columns.map((column) => [column.column, column]));
  const codeColumn = findColumn(columns, 'code');
  const titleColumn = findColumn(columns, 'title');
  const unitColumn = findColumn(columns, 'unit');
  const endColumn = findColumn(columns, 'month', 'endMonth');
  const firstRowOfCode = new Map<string, number>();
  const reader: MeasureRowReader = { readRow, measures: [], rowsWithoutUnit: [], errors: [] };

  function readRow(row: SheetRow): void {
    const cells = row.cells.filter((cell) => byColumn.has(cell.column));
    // Rows with nothing in a known column are spacing or notes beside the table, not measures.
    if (cells.length === 0) return;
    const measure = emptyMeasure(row.number);
    const errorCount = reader.errors.length;
    const report = (column: PlanColumn, message: string) =>
      reader.errors.push({ cell: cellAddress(sheet, column.column, row.number), message });

    for (const { column, value } of cells) {
      const planColumn = byColumn.get(column);
      if (!planColumn) continue;
      const result = applyCell(measure, planColumn, value);
      if (result.ok) continue;
      // The feasibility message already names the field in the words users know from the template.
      report(
        planColumn,
        planColumn.role.kind === 'feasibility' ? result.message : `${planColumn.label}: ${result.message}`,
      );
    }

    const isFilled = (column: PlanColumn) => cells.some((cell) => cell.column === column.column);
    if (codeColumn && !isFilled(codeColumn)) report(codeColumn, 'Kod saknas; varje åtgärd behöver en kod');
    if (titleColumn && !isFilled(titleColumn))
      report(titleColumn, 'Åtgärd saknas; skriv vad åtgärden går ut på');
    if (codeColumn && measure.code !== '') {
      const firstRow = firstRowOfCode.get(measure.code);
      if (firstRow === undefined) firstRowOfCode.set(measure.code, row.number);
      else report(codeColumn, `Koden ${measure.code} finns redan på rad ${firstRow}`);
    }
    const { startMonth, endMonth } = measure;
    if (endColumn && startMonth && endMonth && endMonth < startMonth) {
      report(endColumn, `Slut (${endMonth}) ligger före Start (${startMonth})`);
    }

    // Without a Kod or Åtgärd column (already reported) no row can become a measure.
    const isValid =
      reader.errors.length === errorCount && codeColumn !== undefined && titleColumn !== undefined;
    if (!unitColumn || !isFilled(unitColumn)) {
      const cell = unitColumn ? cellAddress(sheet, unitColumn.column, row.number) : undefined;
      reader.rowsWithoutUnit.push({ measure: isValid ? measure : undefined, cell });
    } else if (isValid) {
      reader.measures.push(measure);
    }
  }

  return reader;
}
