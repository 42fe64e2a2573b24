import type { OrgUnitKind } from '../shared/enums';
import { PATH_SEPARATOR, type TreeUnit, unitPaths } from './org-tree';

/** A unit an import must create, parents before children. */
export interface UnitToCreate {
  path: string[];
  name: string;
  kind: OrgUnitKind;
}

const KIND_BY_DEPTH: readonly OrgUnitKind[] = ['region', 'administration', 'division', 'area'];

/** The kind a new unit gets from its depth in the tree (region → förvaltning → division → område → enhet). */
export function kindForDepth(depth: number): OrgUnitKind {
  return KIND_BY_DEPTH[depth] ?? 'unit';
}

/** Compares paths as the database's unique index does: case-insensitively, per segment. */
export function pathKey(path: readonly string[]): string {
  return path.map((segment) => segment.trim().toLocaleLowerCase('sv')).join(PATH_SEPARATOR);
}

export function formatPath(path: readonly string[]): string {
  return path.join(PATH_SEPARATOR);
}

/**
 * Which of `paths` already exist in `units` and which units must be created (with every missing ancestor),
 * in an order where each parent comes first.
 */
export function planUnitPaths(
  units: readonly TreeUnit[],
  paths: readonly (readonly string[])[],
): { existing: Map<string, string>; toCreate: UnitToCreate[] } {
  const existing = new Map<string, string>();
  for (const [id, path] of unitPaths(units)) existing.set(pathKey(path.split(PATH_SEPARATOR)), id);
  const toCreate: UnitToCreate[] = [];
  const planned = new Set<string>();
  for (const path of paths) {
    for (let depth = 0; depth < path.length; depth++) {
      const prefix = path.slice(0, depth + 1);
      const key = pathKey(prefix);
      if (existing.has(key) || planned.has(key)) continue;
      planned.add(key);
      toCreate.push({ path: [...prefix], name: prefix[depth]!.trim(), kind: kindForDepth(depth) });
    }
  }
  return { existing, toCreate };
}
