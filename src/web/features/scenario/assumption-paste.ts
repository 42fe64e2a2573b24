/**
 * Pasting from a spreadsheet into the assumption table. Text with a heading row of years and labelled rows
 * (what `readAssumptionTable` reads) is filled in by label and year wherever the user pasted it; any other
 * block of cells is laid over the table from the focused cell, row by row and year by year, each cell read
 * by its row's kind. One bad cell, and nothing changes: the message names its place in the pasted block.
 */
import {
  ASSUMPTION_ROWS,
  findAssumptionRow,
  formatAssumptionCell,
  parseAssumptionCell,
  readAssumptionTable,
  splitPastedText,
  type TableProblem,
} from '../../../shared/scenario-assumptions';
import { type MergeOptions, type MergeOutcome, mergeReadYears } from './merge-assumptions';
import { draftYears, type ScenarioDraft, setCell } from './scenario-draft';

/** The focused cell: the row's index in ASSUMPTION_ROWS and the year's column. */
export interface TablePosition {
  row: number;
  column: number;
}

export type PasteOutcome = MergeOutcome & { mode?: 'labelled' | 'block' };

/** How many problems a message lists before it says how many more there are. */
const MAX_LISTED = 3;

const place = (row: number, column: number) => `rad ${row + 1}, kolumn ${column + 1}`;

function listProblems(problems: readonly TableProblem[]): string {
  const listed = problems.slice(0, MAX_LISTED).map((p) => `${place(p.row, p.column)}: ${p.message}`);
  const more = problems.length - listed.length;
  return `${listed.join('; ')}${more > 0 ? ` (och ${more} till)` : ''}; inget ändrades`;
}

/** A heading row with a year after the first cell and at least one row with an assumption's label. */
function isLabelledTable(cells: readonly (readonly string[])[]): boolean {
  if (cells.length < 2) return false;
  const heading = cells[0] ?? [];
  const hasYear = heading.slice(1).some((text) => /^\s*\d{4}\s*$/.test(text));
  return hasYear && cells.slice(1).some((line) => findAssumptionRow(line[0] ?? '') !== undefined);
}

/**
 * The draft after pasting `text` at `at`, or why nothing changed; null for a single value, which the input
 * takes as typed text (the browser's own paste).
 */
export function applyPaste(
  draft: ScenarioDraft,
  text: string,
  at: TablePosition,
  options: MergeOptions,
): PasteOutcome | null {
  const cells = splitPastedText(text);
  if (cells.length === 1 && (cells[0]?.length ?? 0) <= 1) return null;
  if (isLabelledTable(cells)) {
    const table = readAssumptionTable(cells);
    if (!table.ok) return { ok: false, message: listProblems(table.problems) };
    return { ...mergeReadYears(draft, table.years, options), mode: 'labelled' };
  }
  return pasteBlock(draft, cells, at, options);
}

function pasteBlock(
  draft: ScenarioDraft,
  cells: readonly (readonly string[])[],
  at: TablePosition,
  options: MergeOptions,
): PasteOutcome {
  const width = Math.max(...cells.map((line) => line.length));
  const years = draftYears(draft, options.fallbackBaseYear);
  const target = ASSUMPTION_ROWS[at.row];
  if (at.row + cells.length > ASSUMPTION_ROWS.length || at.column + width > years.length) {
    const rows = ASSUMPTION_ROWS.length - at.row;
    const columns = years.length - at.column;
    return {
      ok: false,
      message: `Det inklistrade har ${cells.length} rader och ${width} kolumner, men från ${target?.label ?? ''} ${years[at.column] ?? ''} finns bara ${rows} rader och ${columns} kolumner i tabellen; inget ändrades`,
    };
  }
  const problems: TableProblem[] = [];
  const writes: { row: number; column: number; text: string }[] = [];
  let skippedPlanLevel = false;
  cells.forEach((line, r) => {
    const row = ASSUMPTION_ROWS[at.row + r];
    if (!row) return;
    for (let c = 0; c < width; c += 1) {
      const parsed = parseAssumptionCell(row.kind, line[c] ?? '');
      if (!parsed.ok) problems.push({ row: r, column: c, message: parsed.message });
      else if (row.key === 'planLevel' && !options.isPlanLevelEditable)
        skippedPlanLevel ||= parsed.value !== null;
      else {
        const text = parsed.value === null ? '' : formatAssumptionCell(row.kind, parsed.value);
        writes.push({ row: at.row + r, column: at.column + c, text });
      }
    }
  });
  if (problems.length > 0) return { ok: false, message: listProblems(problems) };
  const revenueBoth = findRevenueClash(writes);
  if (revenueBoth !== undefined) {
    return {
      ok: false,
      message: `kolumn ${revenueBoth - at.column + 1}: ange antingen ökningen eller beloppet för skatteintäkter och generella statsbidrag, inte båda; inget ändrades`,
    };
  }
  let next = draft;
  for (const write of writes) {
    const key = ASSUMPTION_ROWS[write.row]?.key;
    if (key) next = setCell(next, write.column, key, write.text).draft;
  }
  return { ok: true, draft: next, changed: writes.length, skippedPlanLevel, mode: 'block' };
}

/** The table column where the block gives both a revenue growth and a revenue amount, if any. */
function findRevenueClash(
  writes: readonly { row: number; column: number; text: string }[],
): number | undefined {
  const growth = ASSUMPTION_ROWS.findIndex((row) => row.key === 'revenueGrowth');
  const amount = ASSUMPTION_ROWS.findIndex((row) => row.key === 'revenue');
  const columnsWith = (row: number) =>
    new Set(writes.filter((w) => w.row === row && w.text !== '').map((w) => w.column));
  const amounts = columnsWith(amount);
  return [...columnsWith(growth)].find((column) => amounts.has(column));
}
