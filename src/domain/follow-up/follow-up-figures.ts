import { orderTopDown, type TreeUnit } from '../org-tree';
import type { Period } from './period';

/** The follow-up figures of SPEC §4 for one row (a unit's subtree, a key, or the whole organisation). */
export interface FollowUpFigures {
  planned: number;
  forecast: number;
  outcome: number;
  /** Kronor of `forecast` that come from stale measures. */
  stale: number;
  staleCount: number;
  /**
   * The oldest last-reported period among the stale measures; null when one of them never reported — and
   * null when nothing is stale, so read it together with `staleCount`.
   */
  staleSince: Period | null;
  riskWeighted: number;
  /** Forecast of measures with feasibility 1 or 2 only. */
  forecastFeasible12: number;
}

export type AdditiveFigure = Exclude<keyof FollowUpFigures, 'staleSince'>;

export const ADDITIVE_FIGURES: readonly AdditiveFigure[] = [
  'planned',
  'forecast',
  'outcome',
  'stale',
  'staleCount',
  'riskWeighted',
  'forecastFeasible12',
];

export type FiguresByKey = Map<string, FollowUpFigures>;
export type FiguresByUnitAndKey = Map<string, FiguresByKey>;

export function zeroFigures(): FollowUpFigures {
  return {
    planned: 0,
    forecast: 0,
    outcome: 0,
    stale: 0,
    staleCount: 0,
    staleSince: null,
    riskWeighted: 0,
    forecastFeasible12: 0,
  };
}

/** The older of two "stale since" periods; null (never reported) is older than any period. */
function olderStaleSince(a: Period | null, b: Period | null): Period | null {
  if (a === null || b === null) return null;
  return a <= b ? a : b;
}

/** Adds `source` into `target`: sums for amounts and counts, the oldest "stale since" among stale rows. */
export function addFigures(target: FollowUpFigures, source: FollowUpFigures): void {
  if (source.staleCount > 0) {
    target.staleSince =
      target.staleCount > 0 ? olderStaleSince(target.staleSince, source.staleSince) : source.staleSince;
  }
  for (const figure of ADDITIVE_FIGURES) target[figure] += source[figure];
}

/** The figures of `key` in `byKey`, created at zero when absent. */
export function figuresAt(byKey: FiguresByKey, key: string): FollowUpFigures {
  let figures = byKey.get(key);
  if (!figures) {
    figures = zeroFigures();
    byKey.set(key, figures);
  }
  return figures;
}

/**
 * Subtree figures: each unit's own figures plus all of its descendants', per key. Children are added into
 * parents bottom-up, once each: integer addition for every additive figure (exact by construction, as in
 * `rollUpSubtrees`), and for "stale since" the oldest among the subtree's stale rows (`addFigures`). One pass
 * over the tree for all figures: a summary of thousands of units rolls up in a few milliseconds.
 */
export function rollUpFigures(units: readonly TreeUnit[], own: FiguresByUnitAndKey): FiguresByUnitAndKey {
  const ordered = orderTopDown(units);
  const rolled: FiguresByUnitAndKey = new Map();
  for (const unit of ordered) {
    const byKey: FiguresByKey = new Map();
    for (const [key, figures] of own.get(unit.id) ?? []) {
      byKey.set(key, { ...figures, staleSince: figures.staleCount > 0 ? figures.staleSince : null });
    }
    rolled.set(unit.id, byKey);
  }
  for (let index = ordered.length - 1; index >= 0; index--) {
    const unit = ordered[index]!;
    const parent = unit.parentId === null ? undefined : rolled.get(unit.parentId);
    if (!parent) continue;
    for (const [key, figures] of rolled.get(unit.id)!) addFigures(figuresAt(parent, key), figures);
  }
  return rolled;
}

/** The whole organisation per key: the sum of the root units' subtree figures. */
export function totalOverRootUnits(units: readonly TreeUnit[], rolled: FiguresByUnitAndKey): FiguresByKey {
  const ids = new Set(units.map((unit) => unit.id));
  const total: FiguresByKey = new Map();
  for (const unit of units) {
    if (unit.parentId !== null && ids.has(unit.parentId)) continue;
    for (const [key, figures] of rolled.get(unit.id) ?? []) addFigures(figuresAt(total, key), figures);
  }
  return total;
}
