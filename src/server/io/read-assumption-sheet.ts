/**
 * Reads the assumption table of the forecast tool from an .xlsx (issue 5: "imported from an .xlsx sheet"):
 * sheet `Antaganden`, or the first sheet when there is none, in the layout `readAssumptionTable` reads — a
 * heading row `Antagande` + consecutive years, then one row per assumption. Cells are read as Excel shows
 * them (assumption-cell-text.ts). Nothing here throws, whatever the bytes are: an upload is untrusted input.
 */
import {
  columnLetter,
  type ReadYear,
  readAssumptionTable,
  type TableProblem,
} from '../../shared/scenario-assumptions';
import { assumptionCellText } from './assumption-cell-text';
import { type CellValue, describeCell } from './workbook-cells';
import { looksLikeCompleteZip, type SheetRow, streamWorkbook } from './workbook-stream';

export const ASSUMPTIONS_SHEET = 'Antaganden';
/** An assumption table has a row per assumption; a sheet far longer is some other sheet. */
export const MAX_ASSUMPTION_ROWS = 1_000;

const UNREADABLE =
  'Filen kan inte läsas som en Excel-fil (.xlsx). Spara den i Excel som "Excel-arbetsbok (*.xlsx)" och försök igen';

export interface SheetProblem {
  /** `Antaganden!C5`, or the sheet's name for a problem of the whole sheet. */
  cell: string;
  message: string;
}

export type AssumptionSheet =
  | { status: 'read'; sheet: string; years: Record<string, ReadYear>; ignoredLabels: string[] }
  | { status: 'invalid'; sheet: string; problems: SheetProblem[] }
  | { status: 'unreadable'; message: string };

interface CollectedSheet {
  name: string;
  rows: SheetRow[];
  isTooLong: boolean;
}

function isAssumptionsSheet(name: string): boolean {
  return name.trim().toLocaleLowerCase('sv') === ASSUMPTIONS_SHEET.toLocaleLowerCase('sv');
}

/** The sheet's cells as text (zero-based), and the cells that are no text or number, for their messages. */
function toGrid(rows: readonly SheetRow[]): { grid: string[][]; odd: Map<string, CellValue> } {
  const grid: string[][] = [];
  const odd = new Map<string, CellValue>();
  for (const row of rows) {
    const line: string[] = [];
    for (const cell of row.cells) {
      line[cell.column - 1] = assumptionCellText(cell.value, cell.numFmt);
      if (cell.value.kind !== 'text' && cell.value.kind !== 'number') {
        odd.set(`${row.number - 1}:${cell.column - 1}`, cell.value);
      }
    }
    grid[row.number - 1] = line;
  }
  return { grid, odd };
}

/** The table's message, with a date, error value or boolean described as such instead of quoted as text. */
function placeProblem(
  sheet: string,
  problem: TableProblem,
  grid: readonly (readonly string[])[],
  odd: ReadonlyMap<string, CellValue>,
): SheetProblem {
  const cell = `${sheet}!${columnLetter(problem.column)}${problem.row + 1}`;
  const value = odd.get(`${problem.row}:${problem.column}`);
  const text = (grid[problem.row]?.[problem.column] ?? '').trim();
  const message = value ? problem.message.replace(`"${text}"`, describeCell(value)) : problem.message;
  return { cell, message };
}

async function collectSheet(bytes: Uint8Array): Promise<CollectedSheet | undefined> {
  let first: CollectedSheet | undefined;
  let named: CollectedSheet | undefined;
  const workbook = await streamWorkbook(bytes, (name) => {
    const isNamed = !named && isAssumptionsSheet(name);
    if (!isNamed && first) return undefined;
    const sheet: CollectedSheet = { name, rows: [], isTooLong: false };
    first ??= sheet;
    if (isNamed) named = sheet;
    return (row) => {
      if (row.number > MAX_ASSUMPTION_ROWS) sheet.isTooLong = true;
      else sheet.rows.push(row);
    };
  });
  if (!workbook.isWorkbook) throw new Error('not a workbook');
  return named ?? first;
}

export async function readAssumptionSheet(bytes: Uint8Array): Promise<AssumptionSheet> {
  if (!looksLikeCompleteZip(bytes)) return { status: 'unreadable', message: UNREADABLE };
  let collected: CollectedSheet | undefined;
  try {
    collected = await collectSheet(bytes);
  } catch {
    return { status: 'unreadable', message: UNREADABLE };
  }
  if (!collected) return { status: 'unreadable', message: 'Filen har inga blad att läsa antaganden från' };
  const sheet = collected.name;
  if (collected.isTooLong) {
    const message = `Bladet har fler än ${MAX_ASSUMPTION_ROWS} rader; en antagandetabell har en rad per antagande`;
    return { status: 'invalid', sheet, problems: [{ cell: sheet, message }] };
  }
  const { grid, odd } = toGrid(collected.rows);
  const table = readAssumptionTable(grid);
  if (!table.ok) {
    const problems = table.problems.map((problem) => placeProblem(sheet, problem, grid, odd));
    return { status: 'invalid', sheet, problems };
  }
  if (Object.values(table.years).every((year) => Object.keys(year).length === 0)) {
    const message =
      'Inga antaganden att läsa in: ingen rad med en känd etikett (t.ex. "Löneökning (%)") har något värde';
    return { status: 'invalid', sheet, problems: [{ cell: sheet, message }] };
  }
  const ignoredLabels = table.ignoredRows.map((row) => (grid[row]?.[0] ?? '').trim());
  return { status: 'read', sheet, years: table.years, ignoredLabels };
}
