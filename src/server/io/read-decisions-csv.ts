import {
  ASSIGNMENT_STATUS_SV,
  ASSIGNMENT_STATUSES,
  type AssignmentStatus,
  type DecisionKind,
  type DecisionMeasureStatus,
} from '../../shared/enums';
import { invalidTextMessage } from '../../shared/text-safety';
import { parseDelimited } from './csv';

/**
 * One line of the decisions file `Organ;Sammanträde;Paragraf;Typ;Text;Åtgärder;Förfallodag;Protokoll`
 * (optional column `Status`: beslutad/utgår for a beslut, pågår/redovisat/avslutat for an uppdrag).
 */
export interface DecisionLine {
  line: number;
  body: string;
  meetingDate: string;
  paragraph: string | null;
  kind: DecisionKind;
  text: string;
  codes: string[];
  dueOn: string | null;
  attachmentUrl: string | null;
  measureStatus: DecisionMeasureStatus | null;
  assignmentStatus: AssignmentStatus | null;
}

export interface DecisionIssue {
  line: number;
  message: string;
}

const COLUMNS = {
  body: 'organ',
  meetingDate: 'sammanträde',
  paragraph: 'paragraf',
  kind: 'typ',
  text: 'text',
  measures: 'åtgärder',
  dueOn: 'förfallodag',
  attachmentUrl: 'protokoll',
  status: 'status',
} as const;
type Column = keyof typeof COLUMNS;
const REQUIRED: readonly Column[] = ['body', 'meetingDate', 'kind', 'text'];

const KIND_BY_WORD = new Map<string, DecisionKind>([
  ['beslut', 'decision'],
  ['uppdrag', 'assignment'],
  ['information', 'noted'],
  ['information antecknas till protokollet', 'noted'],
  ['antecknas', 'noted'],
]);
const MEASURE_STATUS_BY_WORD = new Map<string, DecisionMeasureStatus>([
  ['beslutad', 'decided'],
  ['utgår', 'cancelled'],
]);
const ASSIGNMENT_STATUS_BY_WORD = new Map<string, AssignmentStatus>([
  ...ASSIGNMENT_STATUSES.map((s) => [ASSIGNMENT_STATUS_SV[s].toLocaleLowerCase('sv'), s] as const),
  ['redovisat', 'done'],
  ['avslutat', 'cancelled'],
]);
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const capital = (word: string) => word[0]!.toUpperCase() + word.slice(1);

/**
 * Reads the decisions CSV (UTF-8 with or without BOM, `;`): every problem with its line, all at once, so that
 * the caller can refuse the whole file. A *beslut* that lists measures makes them beslutad unless its
 * Status says utgår; an uppdrag starts pågår.
 */
export function readDecisionsCsv(text: string): { lines: DecisionLine[]; errors: DecisionIssue[] } {
  let records: ReturnType<typeof parseDelimited>;
  try {
    records = parseDelimited(text);
  } catch (error) {
    return { lines: [], errors: [{ line: 1, message: (error as Error).message }] };
  }
  const [header, ...rows] = records;
  if (!header) return { lines: [], errors: [{ line: 1, message: 'Filen är tom' }] };
  const index = new Map<Column, number>();
  header.fields.forEach((name, at) => {
    const word = name.trim().toLocaleLowerCase('sv');
    const column = (Object.keys(COLUMNS) as Column[]).find((c) => COLUMNS[c] === word);
    if (column && !index.has(column)) index.set(column, at);
  });
  const missing = REQUIRED.filter((column) => !index.has(column));
  if (missing.length > 0) {
    const names = missing.map((c) => capital(COLUMNS[c])).join(', ');
    return { lines: [], errors: [{ line: header.line, message: `Rubrikraden saknar kolumnen ${names}` }] };
  }
  const errors: DecisionIssue[] = [];
  const lines: DecisionLine[] = [];
  for (const { line, fields } of rows) {
    const before = errors.length;
    const fail = (message: string) => errors.push({ line, message });
    const cell = (column: Column) => {
      const at = index.get(column);
      return at === undefined ? '' : (fields[at] ?? '').trim();
    };
    fields.forEach((value, at) => {
      const invalid = invalidTextMessage(value);
      if (invalid) fail(`Kolumnen ${header.fields[at]?.trim() || at + 1}: ${invalid}`);
    });
    const body = cell('body');
    if (!body) fail('Organ saknas');
    const meetingDate = cell('meetingDate');
    if (!DAY.test(meetingDate)) fail(`Sammanträde "${meetingDate}" ska vara ett datum ÅÅÅÅ-MM-DD`);
    const kind = KIND_BY_WORD.get(cell('kind').toLocaleLowerCase('sv'));
    if (!kind) fail(`Typ "${cell('kind')}" finns inte; använd beslut, uppdrag eller information`);
    const dueOn = cell('dueOn') || null;
    if (dueOn !== null && !DAY.test(dueOn)) fail(`Förfallodag "${dueOn}" ska vara ett datum ÅÅÅÅ-MM-DD`);
    const codes = [
      ...new Set(
        cell('measures')
          .split(',')
          .map((code) => code.trim())
          .filter(Boolean),
      ),
    ];
    const status = cell('status').toLocaleLowerCase('sv');
    let measureStatus: DecisionMeasureStatus | null = null;
    let assignmentStatus: AssignmentStatus | null = null;
    if (kind === 'decision') {
      measureStatus = status
        ? (MEASURE_STATUS_BY_WORD.get(status) ?? null)
        : codes.length > 0
          ? 'decided'
          : null;
      if (status && !measureStatus)
        fail(`Status "${cell('status')}" gäller inte ett beslut; använd beslutad eller utgår`);
    } else if (kind === 'assignment' && status) {
      assignmentStatus = ASSIGNMENT_STATUS_BY_WORD.get(status) ?? null;
      if (!assignmentStatus)
        fail(`Status "${cell('status')}" gäller inte ett uppdrag; använd pågår, redovisat eller avslutat`);
    } else if (status) {
      fail('Status anges bara för beslut och uppdrag');
    }
    if (errors.length > before || !kind) continue;
    lines.push({
      line,
      body,
      meetingDate,
      paragraph: cell('paragraph') || null,
      kind,
      text: cell('text'),
      codes,
      dueOn,
      attachmentUrl: cell('attachmentUrl') || null,
      measureStatus,
      assignmentStatus,
    });
  }
  if (rows.length === 0)
    errors.push({ line: header.line, message: 'Filen har inga beslut under rubrikraden' });
  return { lines: errors.length > 0 ? [] : lines, errors };
}
