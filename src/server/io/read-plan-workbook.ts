/**
 * Reads the Excel template of SPEC §7 into a `ParsedPlanWorkbook`, without touching the database. Every problem
 * in the file is collected with its cell so the user can fix them all in one go; nothing here throws, whatever
 * the bytes are, because an upload is untrusted input.
 */
import { createMeasureRowReader, type MeasureRowReader } from './measure-rows';
import {
  type ColumnRole,
  type PlanColumn,
  type PlanHeaders,
  readPlanHeaders,
  type TextField,
} from './plan-headers';
import { createSettingsCollector, SETTINGS_SHEET } from './plan-settings';
import type {
  ImportedField,
  ImportIssue,
  ParsedPlanSettings,
  ParsedPlanWorkbook,
  ReadPlanWorkbookOptions,
} from './plan-workbook';
import { columnLetters } from './workbook-cells';
import { looksLikeCompleteZip, type RowVisitor, streamWorkbook } from './workbook-stream';

export const MEASURES_SHEET = 'Åtgärder';
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

const WORKBOOK = 'Arbetsbok';
const UNREADABLE =
  'Filen kan inte läsas som en Excel-fil (.xlsx). Spara den i Excel som "Excel-arbetsbok (*.xlsx)" och försök igen';

const FIELD_OF_TEXT: Record<TextField, ImportedField[]> = {
  description: ['description'],
  responsible: ['responsibleName', 'responsibleUserId'],
  group: ['group'],
  followUpMetric: ['followUpMetric'],
  followUpMethod: ['followUpMethod'],
  consequences: ['consequences'],
  comment: ['comment'],
};

function fieldsOf(role: ColumnRole): ImportedField[] {
  switch (role.kind) {
    case 'code':
      return ['code'];
    case 'title':
      return ['title'];
    case 'unit':
      return ['orgUnitId'];
    case 'feasibility':
      return ['feasibility'];
    case 'temporary':
      return ['isTemporary'];
    case 'text':
      return FIELD_OF_TEXT[role.field];
    case 'choice':
    case 'month':
    case 'amount':
      return [role.field];
    case 'risk':
      return [`risk:${role.perspective}`];
    case 'effect':
      return ['effects'];
  }
}

/** Which measure fields the file's columns set, each with its column letter. */
function importedFields(columns: readonly PlanColumn[]): Partial<Record<ImportedField, string>> {
  const fields: Partial<Record<ImportedField, string>> = {};
  for (const { column, role } of columns) {
    for (const field of fieldsOf(role)) fields[field] ??= columnLetters(column);
  }
  return fields;
}

function sameSheetName(actual: string, wanted: string): boolean {
  return actual.trim().toLocaleLowerCase('sv') === wanted.toLocaleLowerCase('sv');
}

function formatMegabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1).replace('.', ',');
}

function failure(errors: ImportIssue[], settings?: ParsedPlanSettings): ParsedPlanWorkbook {
  return {
    settings: settings ?? { planName: null, convention: null, defaultUnitPath: null },
    years: [],
    columns: {},
    effectColumns: [],
    rows: [],
    warnings: [],
    errors,
  };
}

/** Orders issues as a reader scans the file: sheet-wide first, then by row, then by column. */
function issueOrder(issue: ImportIssue): [number, number, number] {
  const match = /!([A-Z]+)(\d+)$/.exec(issue.cell);
  if (!match) return [0, 0, 0];
  let column = 0;
  for (const letter of match[1] ?? '') column = column * 26 + letter.charCodeAt(0) - 64;
  return [1, Number(match[2]), column];
}

function sortIssues(issues: ImportIssue[]): ImportIssue[] {
  const keyed = issues.map((issue, index) => ({ issue, index, key: issueOrder(issue) }));
  keyed.sort((a, b) => {
    const sheetOrder = a.issue.cell.split('!')[0]?.localeCompare(b.issue.cell.split('!')[0] ?? '', 'sv') ?? 0;
    return (
      sheetOrder || a.key[0] - b.key[0] || a.key[1] - b.key[1] || a.key[2] - b.key[2] || a.index - b.index
    );
  });
  return keyed.map((entry) => entry.issue);
}

/**
 * Parses the bytes of an .xlsx plan. `rows` holds only the measures read without any problem; when `errors` is
 * non-empty the import must not go ahead.
 */
export async function readPlanWorkbook(
  bytes: Uint8Array,
  options: ReadPlanWorkbookOptions = {},
): Promise<ParsedPlanWorkbook> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.byteLength > maxBytes) {
    const message = `Filen är för stor (${formatMegabytes(bytes.byteLength)} MB); största tillåtna storlek är ${formatMegabytes(maxBytes)} MB`;
    return failure([{ cell: WORKBOOK, message }]);
  }
  if (!looksLikeCompleteZip(bytes)) return failure([{ cell: WORKBOOK, message: UNREADABLE }]);

  const settings = createSettingsCollector();
  let headers: PlanHeaders | undefined;
  let measures: MeasureRowReader | undefined;
  let hasMeasuresSheet = false;
  let hasSettingsSheet = false;

  const visitMeasureRow: RowVisitor = (row) => {
    if (!headers) {
      // The template's first row holds the headers; a sheet that starts lower has none.
      headers = readPlanHeaders(row.number === 1 ? row : undefined, MEASURES_SHEET);
      measures = createMeasureRowReader(headers.columns, MEASURES_SHEET);
      if (row.number === 1) return;
    }
    measures?.readRow(row);
  };

  try {
    const workbook = await streamWorkbook(bytes, (name) => {
      if (!hasMeasuresSheet && sameSheetName(name, MEASURES_SHEET)) {
        hasMeasuresSheet = true;
        return visitMeasureRow;
      }
      if (!hasSettingsSheet && sameSheetName(name, SETTINGS_SHEET)) {
        hasSettingsSheet = true;
        return settings.addRow;
      }
      return undefined;
    });
    if (!workbook.isWorkbook) return failure([{ cell: WORKBOOK, message: UNREADABLE }]);
  } catch {
    return failure([{ cell: WORKBOOK, message: UNREADABLE }]);
  }

  if (!hasMeasuresSheet) {
    const missing = { cell: MEASURES_SHEET, message: `Bladet "${MEASURES_SHEET}" saknas i filen` };
    return failure([missing, ...settings.errors], settings.settings);
  }
  // An empty sheet streams no rows at all; it still lacks its headers.
  headers ??= readPlanHeaders(undefined, MEASURES_SHEET);
  measures ??= createMeasureRowReader(headers.columns, MEASURES_SHEET);

  const errors = [...settings.errors, ...headers.errors, ...measures.errors];
  const rows = [...measures.measures];
  const defaultUnitPath = settings.settings.defaultUnitPath;
  for (const { measure, cell } of measures.rowsWithoutUnit) {
    if (defaultUnitPath) {
      if (measure) rows.push({ ...measure, unitPath: [...defaultUnitPath] });
    } else if (cell) {
      errors.push({
        cell,
        message: `Enhet saknas; fyll i enheten eller ange en standardenhet i bladet ${SETTINGS_SHEET}`,
      });
    }
  }
  if (!headers.hasUnitColumn && !defaultUnitPath) {
    errors.push({
      cell: MEASURES_SHEET,
      message: `Kolumnen "Enhet" saknas i rubrikraden (rad 1); lägg till den eller ange Enhet i bladet ${SETTINGS_SHEET}`,
    });
  }
  rows.sort((a, b) => a.rowNumber - b.rowNumber);

  const years = new Set<number>();
  for (const column of headers.columns) if (column.role.kind === 'effect') years.add(column.role.year);

  return {
    settings: settings.settings,
    years: [...years].sort((a, b) => a - b),
    columns: importedFields(headers.columns),
    effectColumns: headers.columns.flatMap(({ role }) =>
      role.kind === 'effect' ? [{ year: role.year, costType: role.costType }] : [],
    ),
    rows,
    warnings: sortIssues([...settings.warnings, ...headers.warnings]),
    errors: sortIssues(errors),
  };
}
