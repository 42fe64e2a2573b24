import { REPORT_STATUS_SV, REPORT_STATUSES, type ReportStatus } from '../../shared/enums';
import { type AmountUnit, checkAmountBound, parseAmount } from '../../shared/money';
import { invalidTextMessage } from '../../shared/text-safety';
import { parseDelimited } from './csv';

/** One line of the follow-up file `Kod;Period;Utfall (tkr);Prognos (tkr);Status;Kommentar` (see README). */
export interface ReportLine {
  line: number;
  code: string;
  period: string;
  outcomeYtd: number | null;
  forecastYear: number | null;
  status: ReportStatus;
  comment: string | null;
}

export interface ReportIssue {
  line: number;
  message: string;
}

const COLUMNS = {
  code: 'kod',
  period: 'period',
  outcome: 'utfall',
  forecast: 'prognos',
  status: 'status',
  comment: 'kommentar',
} as const;
type Column = keyof typeof COLUMNS;
const REQUIRED: readonly Column[] = ['code', 'period', 'forecast', 'status'];

const STATUS_BY_WORD = new Map<string, ReportStatus>(
  REPORT_STATUSES.map((status) => [REPORT_STATUS_SV[status].toLocaleLowerCase('sv'), status]),
);

/** `Utfall (tkr)` → name `utfall`, unit `tkr` (default tkr, as in the plan template). */
function readHeader(text: string): { name: string; unit: AmountUnit } {
  const match = /^(.*?)\s*(?:\((kr|tkr|mnkr)\))?$/i.exec(text.trim());
  const unit = (match?.[2]?.toLowerCase() ?? 'tkr') as AmountUnit;
  return { name: (match?.[1] ?? '').trim().toLocaleLowerCase('sv'), unit };
}

/**
 * Reads the follow-up CSV (UTF-8, `;`): every problem is reported with its line, all at once, so that the
 * caller can refuse the whole file. Amounts become whole kronor; statuses the code names of REPORT_STATUSES.
 */
export function readReportsCsv(text: string): { lines: ReportLine[]; errors: ReportIssue[] } {
  const errors: ReportIssue[] = [];
  let records: ReturnType<typeof parseDelimited>;
  try {
    records = parseDelimited(text);
  } catch (error) {
    return { lines: [], errors: [{ line: 1, message: (error as Error).message }] };
  }
  const [header, ...rows] = records;
  if (!header) return { lines: [], errors: [{ line: 1, message: 'Filen är tom' }] };
  const index = new Map<Column, { at: number; unit: AmountUnit }>();
  header.fields.forEach((text, at) => {
    const { name, unit } = readHeader(text);
    const column = (Object.keys(COLUMNS) as Column[]).find((c) => COLUMNS[c] === name);
    if (column && !index.has(column)) index.set(column, { at, unit });
  });
  const missing = REQUIRED.filter((column) => !index.has(column));
  if (missing.length > 0) {
    const names = missing.map((c) => COLUMNS[c][0]!.toUpperCase() + COLUMNS[c].slice(1)).join(', ');
    return { lines: [], errors: [{ line: header.line, message: `Rubrikraden saknar kolumnen ${names}` }] };
  }
  const seen = new Map<string, number>();
  const lines: ReportLine[] = [];
  for (const { line, fields } of rows) {
    const cell = (column: Column) => {
      const at = index.get(column)?.at;
      return at === undefined ? '' : (fields[at] ?? '').trim();
    };
    const fail = (message: string) => errors.push({ line, message });
    // No cell may bring a NUL byte or a lone surrogate into the database (issue 11).
    fields.forEach((text, at) => {
      const invalid = invalidTextMessage(text);
      const name = header.fields[at]?.trim();
      if (invalid) fail(`Kolumnen ${name && !invalidTextMessage(name) ? name : at + 1}: ${invalid}`);
    });
    const code = cell('code');
    const period = cell('period');
    if (!code) fail('Kod saknas');
    if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(period)) fail(`Perioden "${period}" ska skrivas ÅÅÅÅ-MM`);
    const amount = (column: 'outcome' | 'forecast', label: string): number | null => {
      const text = cell(column);
      if (text === '') return null;
      const parsed = parseAmount(text, index.get(column)?.unit ?? 'tkr');
      if (!parsed.ok) {
        fail(`${label}: ${parsed.message}`);
        return null;
      }
      const beyond = checkAmountBound(parsed.kronor);
      if (beyond !== undefined) {
        fail(`${label}: ${beyond}`);
        return null;
      }
      return parsed.kronor;
    };
    const outcomeYtd = amount('outcome', 'Utfall');
    const forecastYear = amount('forecast', 'Prognos');
    const statusWord = cell('status').toLocaleLowerCase('sv');
    const status = STATUS_BY_WORD.get(statusWord);
    if (!status) {
      const allowed = REPORT_STATUSES.map((s) => REPORT_STATUS_SV[s]).join(', ');
      fail(`Status "${cell('status')}" finns inte; använd ${allowed}`);
    }
    const key = `${code}\u0000${period}`;
    const earlier = seen.get(key);
    if (code && earlier !== undefined) fail(`${code} har redan en rapport för ${period} på rad ${earlier}`);
    else seen.set(key, line);
    if (status && code && /^\d{4}-\d{2}$/.test(period)) {
      const comment = cell('comment');
      lines.push({ line, code, period, outcomeYtd, forecastYear, status, comment: comment || null });
    }
  }
  if (rows.length === 0)
    errors.push({ line: header.line, message: 'Filen har inga rapporter under rubrikraden' });
  return { lines: errors.length > 0 ? [] : lines, errors };
}
