import { COST_TYPES, type CostType, RISK_PERSPECTIVES, type RiskPerspective } from '../../../shared/enums';
import type { TMeasureInput } from '../../../shared/schemas/measure';
import { stableJson } from './patch';

/**
 * What one audit entry of a measure changed, field by field, before → after. Effects are told per year and
 * cost type and risks per perspective, so that "Personal 2024: 40 000 → 45 000 tkr" reads as it happened.
 */
export type HistoryChange =
  | { kind: 'field'; field: keyof TMeasureInput; before: unknown; after: unknown }
  | { kind: 'effect'; year: number; costType: CostType; before: number | null; after: number | null }
  | {
      kind: 'risk';
      perspective: RiskPerspective;
      part: 'level' | 'text';
      before: string | null;
      after: string | null;
    };

/** Bookkeeping fields every save changes; they are not changes the user made. */
const IGNORED = new Set(['id', 'planId', 'version', 'createdAt', 'updatedAt']);

/** Fields in the order of the form, so a history entry reads top to bottom like the page. */
export const FIELD_ORDER: readonly (keyof TMeasureInput)[] = [
  'code',
  'title',
  'description',
  'comment',
  'orgUnitId',
  'responsibleUserId',
  'responsibleName',
  'category',
  'group',
  'savingsType',
  'feasibility',
  'isTemporary',
  'status',
  'startMonth',
  'endMonth',
  'fullEffectMonth',
  'programmes',
  'effects',
  'investment',
  'oneOffCost',
  'runningCostPerYear',
  'risks',
  'consequences',
  'riskAnalysisRequired',
  'riskAnalysisDoneOn',
  'followUpMetric',
  'followUpMethod',
  'periodicity',
  'milestones',
  'links',
  'costShifts',
];
const orderOf = (field: string) => {
  const index = (FIELD_ORDER as readonly string[]).indexOf(field);
  return index < 0 ? FIELD_ORDER.length : index;
};

type Snapshot = Record<string, unknown>;

function asSnapshot(value: unknown): Snapshot {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Snapshot) : {};
}

function effectAmounts(value: unknown): Map<string, number> {
  const amounts = new Map<string, number>();
  if (!Array.isArray(value)) return amounts;
  for (const item of value as { year?: unknown; costType?: unknown; amount?: unknown }[]) {
    if (typeof item.year !== 'number' || typeof item.amount !== 'number') continue;
    const key = `${item.year}|${String(item.costType)}`;
    amounts.set(key, (amounts.get(key) ?? 0) + item.amount);
  }
  return amounts;
}

function effectChanges(before: unknown, after: unknown): HistoryChange[] {
  const a = effectAmounts(before);
  const b = effectAmounts(after);
  const keys = [...new Set([...a.keys(), ...b.keys()])].map((key) => {
    const [year, costType] = key.split('|');
    return { key, year: Number(year), costType: costType as CostType };
  });
  keys.sort((x, y) => x.year - y.year || COST_TYPES.indexOf(x.costType) - COST_TYPES.indexOf(y.costType));
  return keys
    .filter(({ key }) => a.get(key) !== b.get(key))
    .map(({ key, year, costType }) => ({
      kind: 'effect',
      year,
      costType,
      before: a.get(key) ?? null,
      after: b.get(key) ?? null,
    }));
}

function riskChanges(before: unknown, after: unknown): HistoryChange[] {
  const a = asSnapshot(before);
  const b = asSnapshot(after);
  const changes: HistoryChange[] = [];
  for (const perspective of RISK_PERSPECTIVES) {
    const x = asSnapshot(a[perspective]);
    const y = asSnapshot(b[perspective]);
    for (const part of ['level', 'text'] as const) {
      const from = typeof x[part] === 'string' ? (x[part] as string) : null;
      const to = typeof y[part] === 'string' ? (y[part] as string) : null;
      if (from !== to) changes.push({ kind: 'risk', perspective, part, before: from, after: to });
    }
  }
  return changes;
}

function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || (Array.isArray(value) && value.length === 0);
}

/**
 * The changes between two snapshots of a measure (an audit entry's before and after). A creation's snapshot
 * leaves out empty fields, so a missing field and an empty one are the same.
 */
export function historyChanges(before: unknown, after: unknown): HistoryChange[] {
  const a = asSnapshot(before);
  const b = asSnapshot(after);
  const fields = [...new Set([...Object.keys(a), ...Object.keys(b)])]
    .filter((f) => !IGNORED.has(f))
    .sort((x, y) => orderOf(x) - orderOf(y));
  const changes: HistoryChange[] = [];
  for (const field of fields) {
    const from = a[field];
    const to = b[field];
    if ((isEmpty(from) && isEmpty(to)) || stableJson(from) === stableJson(to)) continue;
    if (field === 'effects') changes.push(...effectChanges(from, to));
    else if (field === 'risks') changes.push(...riskChanges(from, to));
    else changes.push({ kind: 'field', field: field as keyof TMeasureInput, before: from, after: to });
  }
  return changes;
}
