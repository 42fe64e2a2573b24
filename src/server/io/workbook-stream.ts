/**
 * Reads the rows of an .xlsx with ExcelJS's streaming reader. Loading the whole workbook model costs about
 * 500 bytes per cell (a 20 000-row plan needs ~250 MB); streaming keeps one row at a time, so the memory used
 * stays near the size of the shared strings however many rows the file has.
 */
// Must come before ExcelJS: it corrects how ExcelJS decodes UTF-8 (see the module).
import './exceljs-utf8-fix';
import { EventEmitter } from 'node:events';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { isExcelStreamFixActive } from './exceljs-stream-fix';
import { isExcelUtf8FixActive } from './exceljs-utf8-fix';
import { type CellValue, readCellValue } from './workbook-cells';

export interface SheetCell {
  column: number;
  value: CellValue;
  /** The cell's number format when it has one (`0.0%`), for readers that read a number as it is shown. */
  numFmt?: string;
}

export interface SheetRow {
  /** 1-based row number as in Excel. */
  number: number;
  /** Non-empty cells only, in column order. */
  cells: SheetCell[];
}

export type RowVisitor = (row: SheetRow) => void;

/** Called once per worksheet with its name; returns what to do with its rows, or undefined to skip them. */
export type SheetVisitor = (sheetName: string) => RowVisitor | undefined;

export interface StreamedWorkbook {
  /** False when the zip held no workbook part, i.e. it is some other kind of zip file. */
  isWorkbook: boolean;
}

const END_OF_CENTRAL_DIRECTORY = [0x50, 0x4b, 0x05, 0x06];
/** The end record is 22 bytes plus a comment of at most 65 535 bytes. */
const MAX_END_RECORD = 22 + 65_535;

function hasSignatureAt(bytes: Uint8Array, at: number, signature: number[]): boolean {
  return signature.every((byte, i) => bytes[at + i] === byte);
}

/**
 * A complete zip starts with a local file header and ends with the end-of-central-directory record. The
 * streaming unzipper reads front to back and takes a file cut at an entry boundary for a shorter valid zip,
 * so the end is checked here to refuse truncated uploads rather than silently miss a sheet.
 */
export function looksLikeCompleteZip(bytes: Uint8Array): boolean {
  if (bytes.length < 26 || !hasSignatureAt(bytes, 0, [0x50, 0x4b, 0x03, 0x04])) return false;
  const earliest = Math.max(0, bytes.length - MAX_END_RECORD);
  for (let at = bytes.length - 22; at >= earliest; at--) {
    if (hasSignatureAt(bytes, at, END_OF_CENTRAL_DIRECTORY)) return true;
  }
  return false;
}

interface ReaderInternals {
  workbookRels?: unknown;
  model?: unknown;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/**
 * ExcelJS names a streamed sheet only when its relationship target is relative (`worksheets/sheet1.xml`);
 * files from openpyxl and others use absolute targets (`/xl/worksheets/sheet1.xml`) and would come out as
 * "Sheet1" (exceljs/exceljs#2663). Resolve the name from the workbook part ourselves, tolerating both forms.
 */
export function resolveSheetName(
  internals: ReaderInternals,
  sheetFileNumber: string,
  fallback: string,
): string {
  const rels = Array.isArray(internals.workbookRels) ? internals.workbookRels : [];
  const sheets =
    isRecord(internals.model) && Array.isArray(internals.model.sheets) ? internals.model.sheets : [];
  const wanted = `worksheets/sheet${sheetFileNumber}.xml`;
  const rel = rels.find(
    (r): r is Record<string, unknown> =>
      isRecord(r) && typeof r.Target === 'string' && r.Target.replace(/^\/?(xl\/)?/, '') === wanted,
  );
  if (!rel) return fallback;
  const sheet = sheets.find((s): s is Record<string, unknown> => isRecord(s) && s.rId === rel.Id);
  return sheet && typeof sheet.name === 'string' ? sheet.name : fallback;
}

function toSheetRow(row: ExcelJS.Row): SheetRow {
  const cells: SheetCell[] = [];
  row.eachCell((cell, column) => {
    const value = readCellValue(cell.value, cell.numFmt);
    if (value) cells.push(cell.numFmt ? { column, value, numFmt: cell.numFmt } : { column, value });
  });
  return { number: row.number, cells };
}

/**
 * The bytes as a stream that also listens to whatever it is piped into. ExcelJS pipes it into the unzipper,
 * which reports corrupt data only as an 'error' event on itself; ExcelJS may at that moment be waiting for the
 * entry to finish, and would then wait forever. Hearing the error here lets the read fail instead of hang.
 */
class WatchedBytes extends Readable {
  constructor(
    private readonly bytes: Buffer,
    private readonly onError: (error: unknown) => void,
  ) {
    super();
  }

  override _read(): void {
    this.push(this.bytes);
    this.push(null);
  }

  override pipe<T extends NodeJS.WritableStream>(destination: T, options?: { end?: boolean }): T {
    if (destination instanceof EventEmitter) destination.on('error', this.onError);
    return super.pipe(destination, options);
  }
}

async function readSheets(
  reader: ExcelJS.stream.xlsx.WorkbookReader,
  visitSheet: SheetVisitor,
): Promise<void> {
  // The 'entry' event is the only place the sheet's file number (sheetN.xml) is reported; the typings omit
  // that the reader is an EventEmitter.
  const events: unknown = reader;
  let sheetFileNumber = '';
  if (events instanceof EventEmitter) {
    events.on('entry', (entry: unknown) => {
      if (isRecord(entry) && entry.type === 'worksheet') sheetFileNumber = String(entry.id);
    });
  }
  for await (const worksheet of reader) {
    const fallback = isRecord(worksheet) && typeof worksheet.name === 'string' ? worksheet.name : '';
    const visitRow = visitSheet(resolveSheetName(reader as ReaderInternals, sheetFileNumber, fallback));
    // Every sheet is read to its end, even skipped ones: ExcelJS may have parked it in a temporary file whose
    // handle is only released when the stream ends.
    for await (const row of worksheet) {
      if (visitRow) visitRow(toSheetRow(row));
    }
  }
}

/**
 * Streams every worksheet through `visitSheet`. Rejects when the bytes are not a readable zip or xlsx; the
 * caller turns that into a message for the user.
 */
export async function streamWorkbook(bytes: Uint8Array, visitSheet: SheetVisitor): Promise<StreamedWorkbook> {
  if (!isExcelUtf8FixActive() || !isExcelStreamFixActive()) {
    throw new Error(
      'ExcelJS was loaded before exceljs-utf8-fix: Swedish letters could be garbled and entries dropped; import the fix first',
    );
  }
  let failZip: (error: unknown) => void = () => undefined;
  const zipFailed = new Promise<never>((_, reject) => {
    failZip = reject;
  });
  const input = new WatchedBytes(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), failZip);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    sharedStrings: 'cache',
    // Styles carry the number formats that tell a date from a number.
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'emit',
  });
  await Promise.race([readSheets(reader, visitSheet), zipFailed]);
  return { isWorkbook: isRecord((reader as ReaderInternals).model) };
}
