/**
 * A save that met a newer version (409 VERSION_CONFLICT): which fields and which cells of the assumption table
 * the user and the other person changed since the version the user started from, which collide, and the
 * draft to save after the user chose per colliding field. Cells are compared by year and by value (`4` and
 * `4,0` are the same 4 %), so a change of the base year or of the number of years merges cell by cell.
 */
import type { PlanSource } from '../../../domain/scenario/plan-level';
import {
  ASSUMPTION_KEYS,
  ASSUMPTION_ROWS,
  type AssumptionKey,
  formatAssumptionCell,
  parseAssumptionCell,
} from '../../../shared/scenario-assumptions';
import { draftBaseYear, emptyColumn, type ScenarioDraft } from './scenario-draft';

const SCALARS = [
  'name',
  'sourceNote',
  'sourceDate',
  'planId',
  'planSource',
  'baseYear',
  'baseRevenue',
  'baseNetCost',
  'goalShare',
  'openingDeficits',
  'yearCount',
] as const;
export type ScalarField = (typeof SCALARS)[number];

/** A scalar field, or a cell as `<year>.<key>`. */
export type ConflictField = ScalarField | `${number}.${AssumptionKey}`;

type Flat = Record<string, string>;

const KIND = new Map(ASSUMPTION_ROWS.map((row) => [row.key, row.kind]));

/** A cell's value written one way (parsed and formatted again); a text that does not read stays as typed. */
function canonical(key: AssumptionKey, text: string): string {
  const kind = KIND.get(key) ?? 'amount';
  const parsed = parseAssumptionCell(kind, text);
  if (!parsed.ok) return text.trim();
  return parsed.value === null ? '' : formatAssumptionCell(kind, parsed.value);
}

function flatten(draft: ScenarioDraft, fallbackBaseYear: number): Flat {
  const base = draftBaseYear(draft, fallbackBaseYear);
  const flat: Flat = {
    name: draft.name.trim(),
    sourceNote: draft.sourceNote.trim(),
    sourceDate: draft.sourceDate,
    planId: draft.planId ?? '',
    planSource: draft.planSource,
    baseYear: draft.baseYear.trim(),
    baseRevenue: canonical('revenue', draft.baseRevenue),
    baseNetCost: canonical('revenue', draft.baseNetCost),
    goalShare: canonical('wageGrowth', draft.goalShare),
    openingDeficits: draft.openingDeficits
      .map((d) => `${d.year.trim()}: ${canonical('revenue', d.amount)}`)
      .join('; '),
    yearCount: String(draft.columns.length),
  };
  draft.columns.forEach((column, index) => {
    for (const key of ASSUMPTION_KEYS) {
      const text = canonical(key, column[key]);
      if (text !== '') flat[`${base + 1 + index}.${key}`] = text;
    }
  });
  return flat;
}

function unflatten(flat: Flat, like: ScenarioDraft, fallbackBaseYear: number): ScenarioDraft {
  const draft: ScenarioDraft = {
    ...like,
    name: flat.name ?? '',
    sourceNote: flat.sourceNote ?? '',
    sourceDate: flat.sourceDate ?? '',
    planId: flat.planId ? flat.planId : null,
    planSource: (flat.planSource ?? 'given') as PlanSource,
    baseYear: flat.baseYear ?? '',
    baseRevenue: flat.baseRevenue ?? '',
    baseNetCost: flat.baseNetCost ?? '',
    goalShare: flat.goalShare ?? '',
    openingDeficits: (flat.openingDeficits ?? '')
      .split('; ')
      .filter((entry) => entry !== '')
      .map((entry) => {
        const [year = '', amount = ''] = entry.split(': ');
        return { year, amount };
      }),
    columns: [],
  };
  const base = draftBaseYear(draft, fallbackBaseYear);
  const count = Number(flat.yearCount ?? like.columns.length);
  draft.columns = Array.from({ length: count }, (_, index) => {
    const column = emptyColumn();
    for (const key of ASSUMPTION_KEYS) column[key] = flat[`${base + 1 + index}.${key}`] ?? '';
    return column;
  });
  return draft;
}

export interface ScenarioFieldChange {
  field: ConflictField;
  base: string;
  theirs: string;
  /** Present when the user changed the field. */
  mine?: string;
  /** Both changed it, to different values: the user must choose. */
  isConflict: boolean;
}

/** Scalars first (in the order of the form), then the cells by year and row. */
function order(field: string): [number, number, number] {
  const scalar = (SCALARS as readonly string[]).indexOf(field);
  if (scalar >= 0) return [0, scalar, 0];
  const [year = '0', key = ''] = field.split('.');
  return [1, Number(year), ASSUMPTION_KEYS.indexOf(key as AssumptionKey)];
}

export function scenarioFieldChanges(
  base: ScenarioDraft,
  mine: ScenarioDraft,
  theirs: ScenarioDraft,
  fallbackBaseYear: number,
): ScenarioFieldChange[] {
  const [b, m, t] = [base, mine, theirs].map((draft) => flatten(draft, fallbackBaseYear)) as [
    Flat,
    Flat,
    Flat,
  ];
  const fields = [...new Set([...Object.keys(b), ...Object.keys(m), ...Object.keys(t)])];
  const changes: ScenarioFieldChange[] = [];
  for (const field of fields) {
    const [before, my, their] = [b[field] ?? '', m[field] ?? '', t[field] ?? ''];
    const mineChanged = my !== before;
    const theirsChanged = their !== before;
    if (!mineChanged && !theirsChanged) continue;
    changes.push({
      field: field as ConflictField,
      base: before,
      theirs: their,
      ...(mineChanged ? { mine: my } : {}),
      isConflict: mineChanged && theirsChanged && my !== their,
    });
  }
  return changes.sort((x, y) => {
    const [a, c] = [order(x.field), order(y.field)];
    return a[0] - c[0] || a[1] - c[1] || a[2] - c[2];
  });
}

export type ConflictChoice = 'mine' | 'theirs';

/**
 * The draft to save: the other person's version with the user's own changes on top, except where the user
 * chose the other's value; null when nothing of the user's remains (the other version stands as it is).
 */
export function resolveScenarioConflict(
  changes: readonly ScenarioFieldChange[],
  choices: Readonly<Partial<Record<ConflictField, ConflictChoice>>>,
  theirs: ScenarioDraft,
  fallbackBaseYear: number,
): ScenarioDraft | null {
  const flat = flatten(theirs, fallbackBaseYear);
  let kept = 0;
  for (const change of changes) {
    if (change.mine === undefined || change.mine === change.theirs) continue;
    if (change.isConflict && choices[change.field] === 'theirs') continue;
    flat[change.field] = change.mine;
    kept += 1;
  }
  return kept === 0 ? null : unflatten(flat, theirs, fallbackBaseYear);
}

/** Whether the draft differs from the saved version (compared the same way as a conflict). */
export function isDraftChanged(
  saved: ScenarioDraft,
  draft: ScenarioDraft,
  fallbackBaseYear: number,
): boolean {
  const [a, b] = [flatten(saved, fallbackBaseYear), flatten(draft, fallbackBaseYear)];
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].some((key) => (a[key] ?? '') !== (b[key] ?? ''));
}
