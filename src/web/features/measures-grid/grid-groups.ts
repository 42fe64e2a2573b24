import { PATH_SEPARATOR, type TreeUnit, unitPaths } from '../../../domain/org-tree';
import { compareSwedish } from '../../../shared/collation';
import { type AmountSums, type GridRow, sumRows } from './grid-model';

/**
 * Grouping by unit (issue 11): the organisation tree, each unit a collapsible group whose subtotal is its
 * *subtree* — its own measures plus every unit below it — the same figure as the overview's roll-up.
 */
export interface RowGroup {
  unitId: string;
  /** The unit's own name; `path` is the full path (`Exempelregionen / Hälso- och sjukvård`). */
  name: string;
  path: string;
  /** 0 for the top of the shown tree. */
  depth: number;
  /** The unit's own measures (in the rows' order). */
  rows: GridRow[];
  children: RowGroup[];
  /** Sums and count over the whole subtree. */
  sums: AmountSums;
  count: number;
}

/** The grid's body as one list: group headings (with their sums) and measures, in display order. */
export type GridItem =
  | { kind: 'group'; group: RowGroup; isExpanded: boolean }
  | { kind: 'measure'; row: GridRow; depth?: number };

function addSums(into: AmountSums, more: AmountSums): void {
  for (const key of Object.keys(into) as (keyof AmountSums)[]) into[key] += more[key];
}

/**
 * The units that hold any of `rows` in their subtree, as a tree from the top unit (or from `rootId`),
 * children in Swedish alphabetical order. Rows of a unit outside the tree come last, one group per unit.
 */
export function unitTree(rows: readonly GridRow[], units: readonly TreeUnit[], rootId?: string): RowGroup[] {
  const ids = new Set(units.map((unit) => unit.id));
  const children = new Map<string | null, TreeUnit[]>();
  for (const unit of units) {
    const parent = unit.parentId !== null && ids.has(unit.parentId) ? unit.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), unit]);
  }
  for (const list of children.values()) list.sort((a, b) => compareSwedish(a.name, b.name));
  const own = new Map<string, GridRow[]>();
  for (const row of rows) own.set(row.measure.orgUnitId, [...(own.get(row.measure.orgUnitId) ?? []), row]);

  const placed = new Set<string>();
  const build = (unit: TreeUnit, depth: number, parentPath: string | null): RowGroup | undefined => {
    const path = parentPath === null ? unit.name : `${parentPath}${PATH_SEPARATOR}${unit.name}`;
    const kids = (children.get(unit.id) ?? []).flatMap((child) => build(child, depth + 1, path) ?? []);
    const ownRows = own.get(unit.id) ?? [];
    placed.add(unit.id);
    if (kids.length === 0 && ownRows.length === 0) return undefined;
    const sums = sumRows(ownRows);
    let count = ownRows.length;
    for (const kid of kids) {
      addSums(sums, kid.sums);
      count += kid.count;
    }
    return { unitId: unit.id, name: unit.name, path, depth, rows: ownRows, children: kids, sums, count };
  };

  const root = rootId === undefined ? undefined : units.find((unit) => unit.id === rootId);
  const parentPath = root?.parentId ? (unitPaths(units).get(root.parentId) ?? null) : null;
  const tops = root
    ? [build(root, 0, parentPath)]
    : (children.get(null) ?? []).map((unit) => build(unit, 0, null));
  const tree = tops.filter((group): group is RowGroup => group !== undefined);
  for (const [unitId, ownRows] of own) {
    if (placed.has(unitId)) continue;
    const name = ownRows[0]?.unitPath || ownRows[0]?.unitName || '–';
    tree.push({
      unitId,
      name,
      path: name,
      depth: 0,
      rows: ownRows,
      children: [],
      sums: sumRows(ownRows),
      count: ownRows.length,
    });
  }
  return tree;
}

/** Every group of the tree, parents before children. */
export function allGroups(tree: readonly RowGroup[]): RowGroup[] {
  return tree.flatMap((group) => [group, ...allGroups(group.children)]);
}

export interface GroupOptions {
  units: readonly TreeUnit[];
  /** The unit chosen in the sidebar: the top of the tree. */
  rootId?: string | undefined;
  /** Units whose groups are collapsed (their measures and sub-units hidden, the subtotal kept). */
  collapsed: ReadonlySet<string>;
}

export function gridItems(
  rows: readonly GridRow[],
  groupBy: 'unit' | undefined,
  options?: GroupOptions,
): GridItem[] {
  if (groupBy !== 'unit' || !options) return rows.map((row) => ({ kind: 'measure', row }));
  const items: GridItem[] = [];
  const add = (group: RowGroup) => {
    const isExpanded = !options.collapsed.has(group.unitId);
    items.push({ kind: 'group', group, isExpanded });
    if (!isExpanded) return;
    for (const row of group.rows) items.push({ kind: 'measure', row, depth: group.depth + 1 });
    for (const child of group.children) add(child);
  };
  for (const group of unitTree(rows, options.units, options.rootId)) add(group);
  return items;
}
