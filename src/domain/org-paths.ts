import type { OrgUnitKind } from '../shared/enums';
import { closestName } from './closest-name';
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

/** A path of an import that does not start at the organisation's top unit (issue 11, item 4). */
export interface PathOutsideTop {
  index: number;
  message: string;
}

/**
 * An organisation has exactly one top unit: every path must start with it — the existing top unit, or, in an
 * organisation without units yet, the first path's. Any other path is refused with a hint: the existing unit
 * it probably means (`Hälso- och sjukvård` written without the top unit), else the nearest top-unit name.
 */
export function pathsOutsideTop(
  units: readonly TreeUnit[],
  paths: readonly (readonly string[])[],
): PathOutsideTop[] {
  const tops = units.filter((unit) => unit.parentId === null).map((unit) => unit.name);
  if (tops.length === 0 && paths[0]?.[0] !== undefined) tops.push(paths[0][0].trim());
  const topKeys = new Set(tops.map((name) => pathKey([name])));
  const belowTop = new Map<string, string>();
  const fullPaths = unitPaths(units);
  for (const unit of units) {
    const key = pathKey([unit.name]);
    if (unit.parentId !== null && !belowTop.has(key)) belowTop.set(key, fullPaths.get(unit.id) ?? unit.name);
  }
  const problems: PathOutsideTop[] = [];
  paths.forEach((path, index) => {
    const first = path[0] ?? '';
    if (topKeys.has(pathKey([first]))) return;
    const existing = belowTop.get(pathKey([first]));
    const hint = existing ? formatPath([existing, ...path.slice(1)]) : (closestName(first, tops) ?? first);
    problems.push({
      index,
      message: `"${formatPath(path)}" börjar inte med organisationens toppenhet (${tops.join(', ')}); en organisation har en enda toppenhet och varje enhet skrivs från den; menade du ${hint}?`,
    });
  });
  return problems;
}
