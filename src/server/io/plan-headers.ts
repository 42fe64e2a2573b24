/**
 * The header row of sheet `Åtgärder` (SPEC §7): which column holds which field, in which unit. Users type and
 * rearrange these headers by hand, so matching ignores case and extra spaces, and column order is free.
 */
import { COST_TYPE_SV, type CostType, codeFromSwedish, type RiskPerspective } from '../../shared/enums';
import type { AmountUnit } from '../../shared/money';
import type { ImportIssue } from './plan-workbook';
import { cellAddress, cellText, columnLetters, describeCell } from './workbook-cells';
import type { SheetRow } from './workbook-stream';

export type TextField =
  | 'description'
  | 'responsible'
  | 'group'
  | 'followUpMetric'
  | 'followUpMethod'
  | 'consequences'
  | 'comment';
export type ChoiceField = 'category' | 'savingsType' | 'status' | 'periodicity';
export type MonthField = 'startMonth' | 'endMonth' | 'fullEffectMonth';
export type AmountField = 'investment' | 'oneOffCost' | 'runningCostPerYear';

export type ColumnRole =
  | { kind: 'code' }
  | { kind: 'title' }
  | { kind: 'unit' }
  | { kind: 'feasibility' }
  | { kind: 'temporary' }
  | { kind: 'text'; field: TextField }
  | { kind: 'choice'; field: ChoiceField }
  | { kind: 'month'; field: MonthField }
  | { kind: 'risk'; perspective: RiskPerspective }
  | { kind: 'amount'; field: AmountField; unit: AmountUnit }
  | { kind: 'effect'; costType: CostType; year: number; unit: AmountUnit };

export interface PlanColumn {
  /** 1-based column number. */
  column: number;
  /** The header as written, trimmed; used to name the column in messages. */
  label: string;
  role: ColumnRole;
}

export interface PlanHeaders {
  columns: PlanColumn[];
  hasUnitColumn: boolean;
  errors: ImportIssue[];
  warnings: ImportIssue[];
}

export const MIN_EFFECT_YEAR = 2000;
export const MAX_EFFECT_YEAR = 2100;

type PlainRole = Exclude<ColumnRole, { kind: 'amount' } | { kind: 'effect' }>;

const PLAIN_HEADERS: Record<string, PlainRole> = {
  kod: { kind: 'code' },
  åtgärd: { kind: 'title' },
  beskrivning: { kind: 'text', field: 'description' },
  enhet: { kind: 'unit' },
  ansvarig: { kind: 'text', field: 'responsible' },
  kategori: { kind: 'choice', field: 'category' },
  grupp: { kind: 'text', field: 'group' },
  besparingstyp: { kind: 'choice', field: 'savingsType' },
  genomförbarhet: { kind: 'feasibility' },
  status: { kind: 'choice', field: 'status' },
  tillfällig: { kind: 'temporary' },
  start: { kind: 'month', field: 'startMonth' },
  slut: { kind: 'month', field: 'endMonth' },
  'helårseffekt från': { kind: 'month', field: 'fullEffectMonth' },
  uppföljningsmått: { kind: 'text', field: 'followUpMetric' },
  uppföljningsmetod: { kind: 'text', field: 'followUpMethod' },
  periodicitet: { kind: 'choice', field: 'periodicity' },
  'risk medarbetare': { kind: 'risk', perspective: 'staff' },
  'risk medborgare': { kind: 'risk', perspective: 'citizen' },
  'risk medborgare/patient': { kind: 'risk', perspective: 'citizen' },
  'risk verksamhet': { kind: 'risk', perspective: 'operations' },
  'risk långsiktighet': { kind: 'risk', perspective: 'longTerm' },
  konsekvenser: { kind: 'text', field: 'consequences' },
  kommentar: { kind: 'text', field: 'comment' },
};

const AMOUNT_HEADERS: Record<string, AmountField> = {
  investering: 'investment',
  engångskostnad: 'oneOffCost',
  'löpande kostnad': 'runningCostPerYear',
};

const UNIT_WORDS: Record<string, AmountUnit> = { tkr: 'tkr', mnkr: 'mnkr', mkr: 'mnkr', kr: 'kr' };

const EFFECT_HEADER = /^(\p{L}+) (\d+)$/u;
const UNIT_SUFFIX = /^(.*?)\s*\(\s*([^()]*?)\s*\)$/;

type HeaderMatch = { role: ColumnRole } | { error: string } | undefined;

/** Amount headers: the fixed ones and `<Kostnadsslag> <år>`, before any unit suffix. */
function matchAmountHeader(base: string, unit: AmountUnit): HeaderMatch {
  const field = AMOUNT_HEADERS[base];
  if (field) return { role: { kind: 'amount', field, unit } };
  const effect = EFFECT_HEADER.exec(base);
  const costType = effect?.[1] ? codeFromSwedish(COST_TYPE_SV, effect[1]) : undefined;
  if (!effect || !costType) return undefined;
  const year = Number(effect[2]);
  if (!Number.isInteger(year) || year < MIN_EFFECT_YEAR || year > MAX_EFFECT_YEAR) {
    return { error: `året måste vara mellan ${MIN_EFFECT_YEAR} och ${MAX_EFFECT_YEAR}` };
  }
  return { role: { kind: 'effect', costType, year, unit } };
}

function matchHeader(normalized: string): HeaderMatch {
  const plain = PLAIN_HEADERS[normalized];
  if (plain) return { role: plain };
  const suffix = UNIT_SUFFIX.exec(normalized);
  if (!suffix) return matchAmountHeader(normalized, 'tkr');
  const base = suffix[1] ?? '';
  const unitWord = suffix[2] ?? '';
  const unit = UNIT_WORDS[unitWord];
  const amount = matchAmountHeader(base, unit ?? 'tkr');
  if (amount && 'role' in amount && !unit) {
    return { error: `enheten "${unitWord}" känns inte igen; använd (tkr), (mnkr) eller (kr)` };
  }
  return amount;
}

/** Two columns clash when they would fill the same field, whatever their unit. */
function roleKey(role: ColumnRole): string {
  switch (role.kind) {
    case 'text':
    case 'choice':
    case 'month':
    case 'amount':
      return role.field;
    case 'risk':
      return `risk:${role.perspective}`;
    case 'effect':
      return `effect:${role.costType}:${role.year}`;
    default:
      return role.kind;
  }
}

export function readPlanHeaders(row: SheetRow | undefined, sheet: string): PlanHeaders {
  const result: PlanHeaders = { columns: [], hasUnitColumn: false, errors: [], warnings: [] };
  const seen = new Map<string, number>();
  for (const { column, value } of row?.cells ?? []) {
    const label = (cellText(value) ?? describeCell(value)).trim().replace(/\s+/g, ' ');
    const cell = cellAddress(sheet, column, row?.number ?? 1);
    const match = matchHeader(label.toLocaleLowerCase('sv'));
    if (!match) {
      result.warnings.push({ cell, message: `Kolumnen "${label}" känns inte igen och ignoreras` });
      continue;
    }
    if ('error' in match) {
      result.errors.push({ cell, message: `Kolumnen "${label}": ${match.error}` });
      continue;
    }
    const key = roleKey(match.role);
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      result.errors.push({
        cell,
        message: `Kolumnen "${label}" finns redan i kolumn ${columnLetters(earlier)}`,
      });
      continue;
    }
    seen.set(key, column);
    result.columns.push({ column, label, role: match.role });
  }
  result.hasUnitColumn = seen.has('unit');
  for (const [key, name] of [
    ['code', 'Kod'],
    ['title', 'Åtgärd'],
  ] as const) {
    if (!seen.has(key))
      result.errors.push({ cell: sheet, message: `Kolumnen "${name}" saknas i rubrikraden (rad 1)` });
  }
  return result;
}
