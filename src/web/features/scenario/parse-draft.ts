/**
 * The editor's texts → the scenario input of the JSON contract (docs/scenario-model.md), with every problem
 * at its place: a cell of the assumption table or a field of the header. Texts are read by the shared
 * conversions (`parseAssumptionCell`, exact); the contract's rules are the domain's own
 * (`validateScenarioInput`), mapped back from their paths to the places the user typed in.
 */

import type { ScenarioInput } from '../../../domain/scenario/scenario-input';
import { validateScenarioInput } from '../../../domain/scenario/validate-scenario-input';
import { isCalendarDay } from '../../../shared/instant';
import {
  ASSUMPTION_KEYS,
  ASSUMPTION_ROWS,
  type AssumptionKey,
  parseAssumptionCell,
  parseMnkr,
  parseRate,
} from '../../../shared/scenario-assumptions';
import { draftBaseYear, draftYears, type ScenarioDraft } from './scenario-draft';

/**
 * Where a problem is: `cell.<column>.<key>` in the table, `deficit.<index>.year|amount`, a header field
 * (`name`, `baseYear`, `baseRevenue`, `baseNetCost`, `goalShare`), or `table` for the table as a whole.
 */
export type Place = string;
export const cellPlace = (column: number, key: AssumptionKey): Place => `cell.${column}.${key}`;
export const deficitPlace = (index: number, part: 'year' | 'amount'): Place => `deficit.${index}.${part}`;

/** A problem in Swedish from the shared or domain code (`message`), or one of the screen's own (`code`). */
export interface DraftError {
  place: Place;
  message?: string;
  code?: 'required' | 'notAYear' | 'notADate' | 'revenueMissing' | 'sharesOver100';
  values?: Record<string, string | number>;
}

export interface ParsedDraft {
  /** The input as the contract has it, with whatever could be read; valid only when `errors` is empty. */
  raw: Record<string, unknown>;
  errors: DraftError[];
  years: number[];
}

const KIND = new Map(ASSUMPTION_ROWS.map((row) => [row.key, row.kind]));

/** Reads the draft's texts; `fallbackBaseYear` keeps the columns' years while the base year is mistyped. */
export function parseDraft(draft: ScenarioDraft, fallbackBaseYear: number): ParsedDraft {
  const errors: DraftError[] = [];
  const years = draftYears(draft, fallbackBaseYear);
  if (draft.name.trim() === '') errors.push({ place: 'name', code: 'required' });
  const baseYearText = draft.baseYear.trim();
  if (baseYearText === '') errors.push({ place: 'baseYear', code: 'required' });
  else if (!/^\d{4}$/.test(baseYearText)) errors.push({ place: 'baseYear', code: 'notAYear' });
  const sourceDate = draft.sourceDate.trim();
  if (sourceDate !== '' && !isCalendarDay(sourceDate)) errors.push({ place: 'sourceDate', code: 'notADate' });

  const amount = (place: Place, text: string) => {
    const parsed = parseMnkr(text);
    if (!parsed.ok) errors.push({ place, message: parsed.message });
    else if (parsed.value === null) errors.push({ place, code: 'required' });
    return parsed.ok && parsed.value !== null ? parsed.value : undefined;
  };
  const base = {
    revenue: amount('baseRevenue', draft.baseRevenue),
    netCost: amount('baseNetCost', draft.baseNetCost),
  };
  const goal = parseRate(draft.goalShare);
  if (!goal.ok) errors.push({ place: 'goalShare', message: goal.message });
  else if (goal.value === null) errors.push({ place: 'goalShare', code: 'required' });

  const raw: Record<string, unknown> = {
    baseYear: draftBaseYear(draft, fallbackBaseYear),
    base,
    goalShare: goal.ok && goal.value !== null ? goal.value : undefined,
    openingDeficits: parseDeficits(draft, errors),
    years: Object.fromEntries(
      draft.columns.map((column, index) => [
        String(years[index]),
        parseColumn(column, index, draft.planSource === 'given', errors),
      ]),
    ),
  };
  return { raw, errors, years };
}

function parseColumn(
  column: ScenarioDraft['columns'][number],
  index: number,
  isPlanLevelGiven: boolean,
  errors: DraftError[],
): Record<string, number> {
  const year: Record<string, number> = {};
  for (const key of ASSUMPTION_KEYS) {
    const parsed = parseAssumptionCell(KIND.get(key) ?? 'amount', column[key]);
    // A level taken from the plan is not the user's to fix here; the input keeps it only when it reads.
    if (!parsed.ok) {
      if (key !== 'planLevel' || isPlanLevelGiven)
        errors.push({ place: cellPlace(index, key), message: parsed.message });
    } else if (parsed.value !== null) year[key] = parsed.value;
  }
  const unreadable = (key: AssumptionKey) => errors.some((e) => e.place === cellPlace(index, key));
  if (year.revenueGrowth === undefined && year.revenue === undefined) {
    if (!unreadable('revenueGrowth') && !unreadable('revenue'))
      errors.push({ place: cellPlace(index, 'revenueGrowth'), code: 'revenueMissing' });
  }
  const { personnelShare, otherShare } = year;
  // The domain's rule (shares together at most 1), said in the percent the user typed.
  if (personnelShare !== undefined && otherShare !== undefined && personnelShare + otherShare > 1) {
    errors.push({
      place: cellPlace(index, 'otherShare'),
      code: 'sharesOver100',
      values: { personnel: column.personnelShare.trim(), other: column.otherShare.trim() },
    });
  }
  return year;
}

function parseDeficits(draft: ScenarioDraft, errors: DraftError[]) {
  const deficits: { year: number | undefined; amount: number | undefined }[] = [];
  draft.openingDeficits.forEach((deficit, index) => {
    const yearText = deficit.year.trim();
    let year: number | undefined;
    if (yearText === '') errors.push({ place: deficitPlace(index, 'year'), code: 'required' });
    else if (!/^\d{4}$/.test(yearText)) errors.push({ place: deficitPlace(index, 'year'), code: 'notAYear' });
    else year = Number(yearText);
    const parsed = parseMnkr(deficit.amount);
    if (!parsed.ok) errors.push({ place: deficitPlace(index, 'amount'), message: parsed.message });
    else if (parsed.value === null) errors.push({ place: deficitPlace(index, 'amount'), code: 'required' });
    deficits.push({ year, amount: parsed.ok && parsed.value !== null ? parsed.value : undefined });
  });
  return deficits;
}

/**
 * Where a domain issue (`years.2026.wageGrowth`, `base.revenue`, `openingDeficits.0.year`, …) belongs on the
 * screen. A whole year's issue goes to its revenue growth cell (the one rule of a whole year the screen does
 * not already check itself); the rest of the table's issues to the table.
 */
export function placeOfIssue(path: string, years: readonly number[]): Place {
  const parts = path.split('.');
  const [head, second, third] = parts;
  if (head === 'baseYear' || head === 'goalShare') return head;
  if (head === 'base') return second === 'netCost' ? 'baseNetCost' : 'baseRevenue';
  if (head === 'openingDeficits' && second !== undefined)
    return deficitPlace(Number(second), third === 'amount' ? 'amount' : 'year');
  if (head === 'years' && second !== undefined) {
    const column = years.indexOf(Number(second));
    if (column < 0) return 'table';
    if (third !== undefined && (ASSUMPTION_KEYS as readonly string[]).includes(third))
      return cellPlace(column, third as AssumptionKey);
    if (third === undefined) return cellPlace(column, 'revenueGrowth');
  }
  return head === 'years' ? 'table' : '';
}

export type DraftValidation =
  | { ok: true; input: ScenarioInput; years: number[]; raw: Record<string, unknown> }
  | { ok: false; errors: DraftError[]; years: number[] };

/**
 * The draft read and checked by the domain's rules. The domain's issues at a place that already has a
 * problem of its own (a cell that does not read says so once, not also "måste anges") are left out.
 */
export function validateDraft(draft: ScenarioDraft, fallbackBaseYear: number): DraftValidation {
  const { raw, errors, years } = parseDraft(draft, fallbackBaseYear);
  const validation = validateScenarioInput(raw);
  if (validation.ok && errors.length === 0) return { ok: true, input: validation.input, years, raw };
  const taken = new Set(errors.map((e) => e.place));
  const domain = validation.ok ? [] : validation.issues;
  for (const issue of domain) {
    const place = placeOfIssue(issue.path, years);
    if (taken.has(place) || isCoveredYearIssue(issue.path, years, errors)) continue;
    taken.add(place);
    errors.push({ place, message: place === '' || place === 'table' ? formatPath(issue) : issue.message });
  }
  return { ok: false, errors, years };
}

/** A whole year's issue (`years.2026`) where the screen has already said what is wrong in that column. */
function isCoveredYearIssue(path: string, years: readonly number[], errors: readonly DraftError[]): boolean {
  const match = /^years\.(\d{4})$/.exec(path);
  if (!match) return false;
  const prefix = `cell.${years.indexOf(Number(match[1]))}.`;
  return errors.some((e) => e.place.startsWith(prefix));
}

function formatPath(issue: { path: string; message: string }): string {
  return issue.path === '' ? issue.message : `${issue.path}: ${issue.message}`;
}
