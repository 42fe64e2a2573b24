/**
 * The value rules of the plan template (SPEC §7), one cell at a time. Each parser returns the value or a short
 * Swedish message saying what was found and what is expected; the caller adds the cell address.
 */
import { codeFromSwedish, RISK_LEVEL_SV, type RiskLevel } from '../../shared/enums';
import { type AmountUnit, checkAmountBound, parseAmount, toKronor } from '../../shared/money';
import { invalidTextMessage } from '../../shared/text-safety';
import type { ParsedRisk } from './plan-workbook';
import { type CellValue, cellText, describeCell } from './workbook-cells';

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(message: string): Parsed<T> => ({ ok: false, message });

export const MAX_CODE_LENGTH = 50;
export const MAX_TITLE_LENGTH = 500;
export const MAX_TEXT_LENGTH = 10_000;

/** Counts characters as users do: an emoji or a letter outside the BMP is one character, not two. */
function characterCount(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

export function parseText(cell: CellValue, maxLength: number): Parsed<string> {
  const raw = cellText(cell);
  if (raw === undefined) return fail(`${describeCell(cell)} kan inte användas här; skriv text`);
  const text = raw.trim();
  const invalid = invalidTextMessage(text);
  if (invalid) return fail(invalid);
  // Cheap length check first; code points are only counted near the limit.
  if (text.length > maxLength) {
    const count = characterCount(text);
    if (count > maxLength) return fail(`texten är för lång (${count} tecken, högst ${maxLength})`);
  }
  return ok(text);
}

/** Lists the allowed words as Swedish prose: "a, b eller c". */
export function listWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} eller ${words[words.length - 1]}`;
}

export function parseChoice<T extends string>(cell: CellValue, labels: Record<T, string>): Parsed<T> {
  const code = cell.kind === 'text' ? codeFromSwedish(labels, cell.text.replace(/\s+/g, ' ')) : undefined;
  if (code !== undefined) return ok(code);
  return fail(`${describeCell(cell)} känns inte igen; använd ${listWords(Object.values<string>(labels))}`);
}

export function parseFeasibility(cell: CellValue): Parsed<1 | 2 | 3> {
  const text = cell.kind === 'text' ? cell.text.trim() : '';
  const number = cell.kind === 'number' ? cell.value : /^[123]$/.test(text) ? Number(text) : Number.NaN;
  if (number === 1 || number === 2 || number === 3) return ok(number);
  return fail(`Genomförbarhet måste vara 1, 2 eller 3, inte ${describeCell(cell)}`);
}

const YES = new Set(['ja', 'j', 'x', 'true', 'sant', '1']);
const NO = new Set(['nej', 'n', 'false', 'falskt', '0']);

export function parseYesNo(cell: CellValue): Parsed<boolean> {
  if (cell.kind === 'boolean') return ok(cell.value);
  if (cell.kind === 'number' && (cell.value === 0 || cell.value === 1)) return ok(cell.value === 1);
  if (cell.kind === 'text') {
    const word = cell.text.trim().toLocaleLowerCase('sv');
    if (YES.has(word)) return ok(true);
    if (NO.has(word)) return ok(false);
  }
  return fail(`${describeCell(cell)} känns inte igen; skriv ja eller nej`);
}

const MONTH_TEXT = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Months as `YYYY-MM`; a full date is accepted and its day dropped, since plans are followed up by month. */
export function parseMonth(cell: CellValue): Parsed<string> {
  if (cell.kind === 'date') return ok(cell.date.toISOString().slice(0, 7));
  const expected = 'skriv en månad som ÅÅÅÅ-MM, t.ex. 2024-01';
  if (cell.kind !== 'text') return fail(`${describeCell(cell)} är ingen månad; ${expected}`);
  const match = MONTH_TEXT.exec(cell.text.trim());
  const year = Number(match?.[1]);
  const month = Number(match?.[2]);
  const day = match?.[3] === undefined ? 1 : Number(match[3]);
  if (!match || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return fail(`${describeCell(cell)} är ingen månad; ${expected}`);
  }
  return ok(`${match[1]}-${match[2]}`);
}

const RISK_TEXT = /^(\p{L}+)\s*(?:$|[:\-–—]\s*([\s\S]*)$)/u;

/** "hög: text", "Medel – text", "låg" or plain text; the level word only counts when it stands alone. */
export function parseRisk(cell: CellValue): Parsed<ParsedRisk> {
  const text = parseText(cell, MAX_TEXT_LENGTH);
  if (!text.ok) return text;
  const match = RISK_TEXT.exec(text.value);
  const level: RiskLevel | undefined = match?.[1] ? codeFromSwedish(RISK_LEVEL_SV, match[1]) : undefined;
  if (level === undefined) return ok({ level: null, text: text.value });
  const rest = match?.[2]?.trim() ?? '';
  return ok({ level, text: rest === '' ? null : rest });
}

/** Issue 11, item 2: no amount in the file may exceed ±10^12 kr. */
function withinBound(kronor: number): Parsed<number> {
  const beyond = checkAmountBound(kronor);
  return beyond === undefined ? ok(kronor) : fail(beyond);
}

/** Whole kronor from a numeric cell in the column's unit, or from Swedish text such as "1 234,5" or "−500". */
export function parseAmountCell(cell: CellValue, unit: AmountUnit): Parsed<number> {
  if (cell.kind === 'number') {
    const kronor = toKronor(cell.value, unit);
    if (kronor === undefined) return fail(`${describeCell(cell)} är ett orimligt stort belopp`);
    return withinBound(kronor);
  }
  if (cell.kind === 'text') {
    const parsed = parseAmount(cell.text, unit);
    return parsed.ok ? withinBound(parsed.kronor) : fail(parsed.message);
  }
  return fail(`${describeCell(cell)} är inte ett belopp; skriv ett tal i ${unit}`);
}

/** Org paths are written from the top unit down with "/" between levels. */
export function parseUnitPath(cell: CellValue): Parsed<string[]> {
  const text = parseText(cell, MAX_TEXT_LENGTH);
  if (!text.ok) return text;
  const path = text.value.split('/').map((segment) => segment.trim());
  if (path.some((segment) => segment === '')) {
    return fail(
      `"${text.value}" har en tom nivå; skriv enheterna uppifrån med / emellan, t.ex. Region / Förvaltning`,
    );
  }
  return ok(path);
}
