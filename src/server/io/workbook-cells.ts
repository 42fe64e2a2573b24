/**
 * Spreadsheet cells reduced to the few kinds the import rules care about. ExcelJS hands out many shapes for one
 * visible value (shared strings, rich text, hyperlinks, formulas with a cached result); the parsers should see
 * what the user sees in Excel, so everything is flattened here once.
 */

export type CellValue =
  | { kind: 'text'; text: string }
  | { kind: 'number'; value: number }
  | { kind: 'date'; date: Date }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'error'; code: string };

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Rich text is a list of runs; Excel shows their texts one after the other. */
function joinRichText(runs: unknown): string {
  if (!Array.isArray(runs)) return '';
  let text = '';
  for (const run of runs) {
    if (isRecord(run) && typeof run.text === 'string') text += run.text;
  }
  return text;
}

/**
 * Date formats contain day, month or year codes outside quoted literals and [brackets] (colours, locales).
 * ExcelJS applies the same test to plain numbers but not to formula results, so dated formulas need it here.
 */
export function isDateFormat(numFmt: string | undefined): boolean {
  if (!numFmt) return false;
  const bare = numFmt.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '');
  return /[ymdhsb]/i.test(bare) && !/^general$/i.test(bare.trim());
}

/** Excel serial day numbers count from 1899-12-30 (the rare 1904 date system of old Mac files is not handled). */
export function dateFromSerial(serial: number): Date {
  return new Date(Math.round(serial * DAY_MS) + EXCEL_EPOCH_MS);
}

function fromPlain(value: unknown): CellValue | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value.trim() === '' ? null : { kind: 'text', text: value };
  if (typeof value === 'number')
    return Number.isNaN(value) ? { kind: 'error', code: '#NUM!' } : { kind: 'number', value };
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? { kind: 'error', code: '#VALUE!' } : { kind: 'date', date: value };
  }
  if (!isRecord(value)) return null;
  if ('richText' in value) return fromPlain(joinRichText(value.richText));
  if (typeof value.error === 'string') return { kind: 'error', code: value.error };
  if ('text' in value) {
    // A hyperlink shows its text, which may itself be rich text.
    const text = value.text;
    return fromPlain(isRecord(text) ? joinRichText(text.richText) : text);
  }
  return null;
}

/**
 * Reads one cell as the user sees it, or null when it is empty (whitespace-only text counts as empty).
 * `numFmt` is the cell's number format, used to recognise formulas that compute a date.
 */
export function readCellValue(value: unknown, numFmt?: string): CellValue | null {
  if (isRecord(value) && ('formula' in value || 'sharedFormula' in value || 'result' in value)) {
    const result = value.result;
    // A formula without a cached result was never calculated by Excel; there is nothing to show.
    if (result === undefined || result === null) return null;
    if (typeof result === 'number' && !Number.isNaN(result) && isDateFormat(numFmt)) {
      return { kind: 'date', date: dateFromSerial(result) };
    }
    return fromPlain(result);
  }
  return fromPlain(value);
}

/** Turns a cell into text for free-text fields; numbers and dates are written as Excel would show them plainly. */
export function cellText(cell: CellValue): string | undefined {
  switch (cell.kind) {
    case 'text':
      return cell.text;
    case 'number':
      return String(cell.value);
    case 'date':
      return cell.date.toISOString().slice(0, 10);
    default:
      return undefined;
  }
}

/** Describes a cell for an error message, in Swedish: what the user typed, so they can find it. */
export function describeCell(cell: CellValue): string {
  switch (cell.kind) {
    case 'text':
      return `texten "${shorten(cell.text.trim())}"`;
    case 'number':
      return `talet ${String(cell.value).replace('.', ',')}`;
    case 'date':
      return `datumet ${cell.date.toISOString().slice(0, 10)}`;
    case 'boolean':
      return `sanningsvärdet ${cell.value ? 'SANT' : 'FALSKT'}`;
    case 'error':
      return `felvärdet ${cell.code}`;
  }
}

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** Column number (1-based) to Excel letters: 1 → A, 27 → AA. */
export function columnLetters(column: number): string {
  let letters = '';
  let rest = column;
  while (rest > 0) {
    const digit = (rest - 1) % 26;
    letters = String.fromCharCode(65 + digit) + letters;
    rest = Math.floor((rest - 1) / 26);
  }
  return letters;
}

export function cellAddress(sheet: string, column: number, row: number): string {
  return `${sheet}!${columnLetters(column)}${row}`;
}
