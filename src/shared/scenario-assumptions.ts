/**
 * The assumption table of the forecast tool (issue 5) as users see, paste and exchange it: one row per
 * assumption, one column per year. Rates are shown in percent (3,5 = 0.035), amounts in mnkr; the scenario
 * input (docs/scenario-model.md) keeps plain fractions and whole kronor. Every conversion between the two is
 * here, exact (decimal strings, never float multiplication), so that the screen, a pasted block and an .xlsx
 * sheet read the same text to the same value.
 */
import { checkAmountBound, formatAmount, parseAmount } from './money';

export type AssumptionKind = 'rate' | 'amount';

export const ASSUMPTION_KEYS = [
  'revenueGrowth',
  'revenue',
  'wageGrowth',
  'personnelShare',
  'priceGrowth',
  'otherShare',
  'volume',
  'pensionChange',
  'otherChanges',
  'financialNet',
  'planLevel',
  'realisationGains',
  'exemptItems',
  'reserveIn',
  'reserveOut',
] as const;
export type AssumptionKey = (typeof ASSUMPTION_KEYS)[number];

export interface AssumptionRow {
  key: AssumptionKey;
  kind: AssumptionKind;
  /** The Swedish row label of the sheet (the file format; screens take their words from i18n). */
  label: string;
}

/** The rows in the order of the sheet and the screen. */
export const ASSUMPTION_ROWS: readonly AssumptionRow[] = [
  { key: 'revenueGrowth', kind: 'rate', label: 'Ökning skatteintäkter och generella statsbidrag (%)' },
  { key: 'revenue', kind: 'amount', label: 'Skatteintäkter och generella statsbidrag (mnkr)' },
  { key: 'wageGrowth', kind: 'rate', label: 'Löneökning (%)' },
  { key: 'personnelShare', kind: 'rate', label: 'Personalkostnadernas andel (%)' },
  { key: 'priceGrowth', kind: 'rate', label: 'Prisökning (%)' },
  { key: 'otherShare', kind: 'rate', label: 'Övriga kostnaders andel (%)' },
  { key: 'volume', kind: 'rate', label: 'Volymförändring (%)' },
  { key: 'pensionChange', kind: 'amount', label: 'Förändring pensionskostnader (mnkr)' },
  { key: 'otherChanges', kind: 'amount', label: 'Övriga förändringar och engångsposter (mnkr)' },
  { key: 'financialNet', kind: 'amount', label: 'Finansnetto (mnkr)' },
  { key: 'planLevel', kind: 'amount', label: 'Handlingsplanens nivå (mnkr)' },
  { key: 'realisationGains', kind: 'amount', label: 'Realisationsvinster (mnkr)' },
  { key: 'exemptItems', kind: 'amount', label: 'Poster undantagna från balanskravet (mnkr)' },
  { key: 'reserveIn', kind: 'amount', label: 'Avsättning till resultatutjämningsreserv (mnkr)' },
  { key: 'reserveOut', kind: 'amount', label: 'Disponering av resultatutjämningsreserv (mnkr)' },
];

/** The heading of the label column in a sheet. */
export const ASSUMPTION_LABEL_HEADING = 'Antagande';

export type ParsedCell = { ok: true; value: number | null } | { ok: false; message: string };

const DECIMAL = /^(\d+)(?:[.,](\d+))?$/;

/**
 * A rate as written in percent (`3,5`, `3,5 %`, `−0,25`, `3.5`) to a plain fraction (0.035), exactly: the
 * decimal point is moved, not multiplied. Empty text is `null`.
 */
export function parseRate(text: string): ParsedCell {
  let rest = text.trim().replace(/[\s\u00a0\u202f]/g, '');
  if (rest === '') return { ok: true, value: null };
  rest = rest.replace(/%$/, '');
  let sign = '';
  if (/^[-\u2212\u2013]/.test(rest)) {
    sign = '-';
    rest = rest.slice(1);
  } else if (rest.startsWith('+')) {
    rest = rest.slice(1);
  }
  const match = DECIMAL.exec(rest);
  if (!match) return { ok: false, message: `"${text.trim()}" är inte ett procenttal` };
  const [, whole = '', fraction = ''] = match;
  if (whole.length + fraction.length > 15) {
    return { ok: false, message: `"${text.trim()}" har för många siffror` };
  }
  // percent to fraction: two places left
  const digits = `${whole.padStart(3, '0')}${fraction}`;
  const value = Number(
    `${sign}${digits.slice(0, -2 - fraction.length) || '0'}.${digits.slice(-2 - fraction.length)}`,
  );
  return { ok: true, value: Object.is(value, -0) ? 0 : value };
}

/** An amount in mnkr (a unit word in the text wins: `12 000 tkr`) to whole kronor. Empty text is `null`. */
export function parseMnkr(text: string): ParsedCell {
  if (text.trim() === '') return { ok: true, value: null };
  const parsed = parseAmount(text, 'mnkr');
  if (!parsed.ok) return { ok: false, message: parsed.message };
  const beyond = checkAmountBound(parsed.kronor);
  return beyond === undefined ? { ok: true, value: parsed.kronor } : { ok: false, message: beyond };
}

export function parseAssumptionCell(kind: AssumptionKind, text: string): ParsedCell {
  return kind === 'rate' ? parseRate(text) : parseMnkr(text);
}

/** A fraction as the percent a user types (0.035 → `3,5`), exactly, without grouping. */
export function formatRate(fraction: number): string {
  const [mantissa = '0', exponent = '0'] = Math.abs(fraction).toExponential().split('e');
  const [head = '0', tail = ''] = mantissa.split('.');
  const digits = `${head}${tail}`;
  // the decimal point sits after digit 1 + exponent; percent moves it two places right
  const point = 1 + Number(exponent) + 2;
  const padded = point <= 0 ? `${'0'.repeat(1 - point)}${digits}` : digits.padEnd(point, '0');
  const at = Math.max(point, 1);
  const whole = padded.slice(0, at).replace(/^0+(?=\d)/, '');
  const decimals = padded.slice(at).replace(/0+$/, '');
  const text = decimals === '' ? whole : `${whole},${decimals}`;
  return fraction < 0 && text !== '0' ? `\u2212${text}` : text;
}

/** Whole kronor as the mnkr a user types (746 300 000 → `746,3`), exactly, grouped with spaces. */
export function formatMnkr(kronor: number): string {
  const exact = formatAmount(kronor, { unit: 'mnkr', decimals: 6, withUnit: false });
  return exact.replace(/,?0+$/, '');
}

export function formatAssumptionCell(kind: AssumptionKind, value: number): string {
  return kind === 'rate' ? formatRate(value) : formatMnkr(value);
}

const normalize = (text: string) =>
  text
    .toLowerCase()
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .replace(/\s*\((%|mnkr)\)\s*$/, '')
    .trim();

const BY_LABEL = new Map<string, AssumptionRow>(
  ASSUMPTION_ROWS.flatMap((row) => [
    [normalize(row.label), row],
    [row.key.toLowerCase(), row],
  ]),
);

/** The row a label names: the sheet's Swedish label (case, spacing and the unit in parentheses not counted) or the JSON key. */
export function findAssumptionRow(label: string): AssumptionRow | undefined {
  return BY_LABEL.get(normalize(label));
}

/** One year's assumptions read from a table: only what the table gave (a cell left empty is left out). */
export type ReadYear = Partial<Record<AssumptionKey, number>>;

export interface TableProblem {
  /** Zero-based row and column in the table read. */
  row: number;
  column: number;
  message: string;
}

export type ReadTable =
  | { ok: true; years: Record<string, ReadYear>; ignoredRows: number[] }
  | { ok: false; problems: TableProblem[] };

/**
 * Reads a table of assumptions: a heading row whose first cell is anything (e.g. `Antagande`) and whose other
 * cells are consecutive years, then one row per assumption with its label first. Rows with an empty label are
 * skipped; rows with an unknown label are left out and returned in `ignoredRows` (a sheet may hold notes).
 * Every problem is returned with its place, and nothing is read when there is one.
 */
export function readAssumptionTable(cells: readonly (readonly string[])[]): ReadTable {
  const problems: TableProblem[] = [];
  const heading = cells[0] ?? [];
  const yearColumns: { column: number; year: number }[] = [];
  for (let column = 1; column < heading.length; column += 1) {
    const text = (heading[column] ?? '').trim();
    if (text === '') continue;
    if (!/^\d{4}$/.test(text)) {
      problems.push({ row: 0, column, message: `"${text}" är inte ett årtal (ÅÅÅÅ)` });
      continue;
    }
    const year = Number(text);
    const previous = yearColumns.at(-1);
    if (previous && year !== previous.year + 1) {
      problems.push({
        row: 0,
        column,
        message: `${year} följer inte på ${previous.year}: åren ska komma i följd`,
      });
    }
    yearColumns.push({ column, year });
  }
  if (yearColumns.length === 0 && problems.length === 0) {
    problems.push({ row: 0, column: 1, message: 'Första raden ska ha åren (ÅÅÅÅ) från andra kolumnen' });
  }
  const years: Record<string, ReadYear> = Object.fromEntries(
    yearColumns.map(({ year }) => [String(year), {}]),
  );
  const ignoredRows: number[] = [];
  const seen = new Map<AssumptionKey, number>();
  for (let row = 1; row < cells.length; row += 1) {
    const line = cells[row] ?? [];
    const label = (line[0] ?? '').trim();
    if (label === '') continue;
    const assumption = findAssumptionRow(label);
    if (!assumption) {
      ignoredRows.push(row);
      continue;
    }
    const earlier = seen.get(assumption.key);
    if (earlier !== undefined) {
      problems.push({ row, column: 0, message: `"${label}" finns redan på rad ${earlier + 1}` });
      continue;
    }
    seen.set(assumption.key, row);
    for (const { column, year } of yearColumns) {
      const parsed = parseAssumptionCell(assumption.kind, line[column] ?? '');
      if (!parsed.ok) problems.push({ row, column, message: parsed.message });
      else if (parsed.value !== null) (years[String(year)] as ReadYear)[assumption.key] = parsed.value;
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, years, ignoredRows };
}

/** A spreadsheet column letter (0 → A, 26 → AA), for messages such as `Antaganden!C5`. */
export function columnLetter(column: number): string {
  let letters = '';
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** Text copied from a spreadsheet (tab-separated lines) as cells; a trailing line break adds no row. */
export function splitPastedText(text: string): string[][] {
  const lines = text.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n');
  return lines.map((line) => line.split('\t'));
}
