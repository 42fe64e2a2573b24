/**
 * The organisation tree as plain data: every figure of SPEC §4 rolls up along it, and every unit is named by
 * its full path from the top (`Exempelregionen / Hälso- och sjukvård`).
 */

export interface TreeUnit {
  id: string;
  parentId: string | null;
  name: string;
}

export const PATH_SEPARATOR = ' / ';

/** Units ordered so that every parent comes before its children (a unit whose parent is absent is a root). */
export function orderTopDown<T extends TreeUnit>(units: readonly T[]): T[] {
  const byParent = new Map<string | null, T[]>();
  const ids = new Set(units.map((unit) => unit.id));
  for (const unit of units) {
    const parent = unit.parentId !== null && ids.has(unit.parentId) ? unit.parentId : null;
    const siblings = byParent.get(parent) ?? [];
    siblings.push(unit);
    byParent.set(parent, siblings);
  }
  const ordered: T[] = [];
  const queue = [...(byParent.get(null) ?? [])];
  for (let index = 0; index < queue.length; index++) {
    const unit = queue[index]!;
    ordered.push(unit);
    queue.push(...(byParent.get(unit.id) ?? []));
  }
  if (ordered.length !== units.length) throw new Error('The organisation tree has a cycle');
  return ordered;
}

/** Full path of every unit from its root, joined with ` / `. */
export function unitPaths(units: readonly TreeUnit[]): Map<string, string> {
  const paths = new Map<string, string>();
  for (const unit of orderTopDown(units)) {
    const parentPath = unit.parentId === null ? undefined : paths.get(unit.parentId);
    paths.set(unit.id, parentPath === undefined ? unit.name : `${parentPath}${PATH_SEPARATOR}${unit.name}`);
  }
  return paths;
}

/** The ids of `rootId` and all units below it. */
export function subtreeIds(units: readonly TreeUnit[], rootId: string): Set<string> {
  const inside = new Set<string>([rootId]);
  for (const unit of orderTopDown(units)) {
    if (unit.parentId !== null && inside.has(unit.parentId)) inside.add(unit.id);
  }
  return inside;
}

/**
 * Subtree totals: each unit's own amounts plus all of its descendants', per key. Exact by construction —
 * children are added into parents bottom-up, once each, with integer addition.
 */
export function rollUpSubtrees<K>(
  units: readonly TreeUnit[],
  own: ReadonlyMap<string, ReadonlyMap<K, number>>,
): Map<string, Map<K, number>> {
  const totals = new Map<string, Map<K, number>>();
  const ordered = orderTopDown(units);
  for (const unit of ordered) totals.set(unit.id, new Map(own.get(unit.id) ?? []));
  for (let index = ordered.length - 1; index >= 0; index--) {
    const unit = ordered[index]!;
    if (unit.parentId === null) continue;
    const parentTotals = totals.get(unit.parentId);
    if (!parentTotals) continue;
    for (const [key, amount] of totals.get(unit.id)!) {
      parentTotals.set(key, (parentTotals.get(key) ?? 0) + amount);
    }
  }
  return totals;
}
