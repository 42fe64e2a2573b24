import { compareSwedish } from '../../../shared/collation';
import { type DeviationDirection, deviation, deviationDirection } from '../../../shared/deviation';
import { SAVINGS_TYPES } from '../../../shared/enums';
import type { TOrgUnit } from '../../../shared/schemas/org-unit';
import type { TPlanSummary } from '../../../shared/schemas/summary';

/**
 * The figures of the plan overview, computed from the summary endpoint's answers. Pure functions: every
 * amount is whole kronor and, as the summary returns it, the *level* in a year (SPEC §3).
 */

type Row = TPlanSummary['rows'][number];
type Total = TPlanSummary['total'];

/** The code the measures grid reads for "no value" (`sparform=saknas`, `genomforbarhet=saknas`). */
export const MISSING = 'saknas';

export interface Gap {
  /** planned − target (`deviation`, src/shared/deviation.ts): negative is short of the target. */
  amount: number;
  direction: DeviationDirection;
}

/** The planned level's deviation from the target, or null when there is no target to measure against. */
export function plannedDeviation(total: Pick<Total, 'planned' | 'target'>): Gap | null {
  const amount = deviation(total.planned, total.target);
  const direction = deviationDirection(amount);
  return amount === null || direction === null ? null : { amount, direction };
}

/** part / whole as a fraction, or null when the whole is zero (a share of nothing is not 0 %). */
export function shareOf(part: number, whole: number | null): number | null {
  if (whole === null || whole === 0) return null;
  return part / whole;
}

export interface YearEffect {
  year: number;
  /** The plan's level in the year (reduction against the baseline). */
  level: number;
  /** level − the previous year's level; in the plan's first year the level itself (nothing before it). */
  increment: number;
  target: number | null;
}

/**
 * Levels per year (`by=year`) with the increment each year adds. Levels are never added up across years; the
 * increment is the difference of two levels, so the increments up to a year sum to that year's level.
 */
export function yearEffects(rows: readonly Row[]): YearEffect[] {
  const years = rows
    .map((row) => ({ year: Number(row.key), level: row.planned, target: row.target }))
    .filter((row) => Number.isInteger(row.year))
    .sort((a, b) => a.year - b.year);
  return years.map((row, index) => ({
    ...row,
    increment: row.level - (index === 0 ? 0 : years[index - 1]!.level),
  }));
}

export interface GroupFigure {
  /** The code the measures grid filters on: a savings type or feasibility value, or `saknas`. */
  code: string;
  planned: number;
  originalPlanned: number | null;
}

function byKey(rows: readonly Row[]): Map<string, Row> {
  return new Map(rows.map((row) => [row.key, row]));
}

function figure(code: string, row: Row | undefined, withOriginal: boolean): GroupFigure {
  return {
    code,
    planned: row?.planned ?? 0,
    originalPlanned: row ? row.originalPlanned : withOriginal ? 0 : null,
  };
}

function ordered(rows: readonly Row[], known: readonly string[]): GroupFigure[] {
  const map = byKey(rows);
  const withOriginal = rows.some((row) => row.originalPlanned !== null);
  const others = rows.map((row) => row.key).filter((key) => key !== '' && !known.includes(key));
  return [
    ...known.map((code) => figure(code, map.get(code), withOriginal)),
    ...others.map((code) => figure(code, map.get(code), withOriginal)),
    figure(MISSING, map.get(''), withOriginal),
  ];
}

/**
 * The savings-type pyramid (`by=savingsType`): efficiency, rationing, cost parity, general cuts — the order
 * a plan should prefer them in — then any other value, then measures without a savings type (`saknas`).
 */
export function savingsPyramid(rows: readonly Row[]): GroupFigure[] {
  return ordered(rows, SAVINGS_TYPES);
}

/** The feasibility split (`by=feasibility`): 1, 2, 3, then measures without a feasibility (`saknas`). */
export function feasibilitySplit(rows: readonly Row[]): GroupFigure[] {
  return ordered(rows, ['1', '2', '3']);
}

/** Planned level of the measures with feasibility 1 or 2 — the part of the plan judged realistic. */
export function feasibleTotal(split: readonly GroupFigure[]): number {
  return split.filter((f) => f.code === '1' || f.code === '2').reduce((sum, f) => sum + f.planned, 0);
}

export interface UnitFigure {
  unitId: string;
  name: string;
  planned: number;
  originalPlanned: number | null;
  /** The unit's *sparbeting* in the year, if set. */
  target: number | null;
}

export interface UnitBreakdown {
  /** The unit whose children are shown; undefined when the organisation has several top units. */
  parent: UnitFigure | undefined;
  children: UnitFigure[];
  /** Planned level of measures placed directly on the parent (its total minus its children's). */
  own: number;
}

/**
 * Planned per administration: the children of the chosen unit (or of the single top unit when none is chosen;
 * the top units themselves when there are several), largest first, with each unit's *sparbeting*. Unit rows of
 * the summary are subtree totals, so the children plus `own` add up to the parent.
 */
export function unitBreakdown(
  units: readonly TOrgUnit[],
  rows: readonly Row[],
  selectedId: string | undefined,
): UnitBreakdown {
  const byUnit = new Map(rows.filter((row) => row.unitId).map((row) => [row.unitId!, row]));
  const figureOf = (unit: TOrgUnit): UnitFigure => {
    const row = byUnit.get(unit.id);
    return {
      unitId: unit.id,
      name: unit.name,
      planned: row?.planned ?? 0,
      originalPlanned: row?.originalPlanned ?? null,
      target: row?.target ?? null,
    };
  };
  const roots = units.filter((unit) => unit.parentId === null);
  const parentUnit = selectedId
    ? units.find((unit) => unit.id === selectedId)
    : roots.length === 1
      ? roots[0]
      : undefined;
  const childUnits = units.filter((unit) => unit.parentId === (parentUnit ? parentUnit.id : null));
  const children = childUnits
    .map(figureOf)
    .sort((a, b) => b.planned - a.planned || compareSwedish(a.name, b.name));
  const parent = parentUnit ? figureOf(parentUnit) : undefined;
  const own = parent ? parent.planned - children.reduce((sum, child) => sum + child.planned, 0) : 0;
  return { parent, children, own };
}

export interface MeasuresFilter {
  year: number | undefined;
  unitId?: string | undefined;
  savingsType?: string | undefined;
  feasibility?: string | undefined;
  status?: string | undefined;
  category?: string | undefined;
}

/**
 * The address of the measures grid behind a figure: the same year and unit subtree, plus the filter the
 * figure stands for (`sparform`, `genomforbarhet`, `status`, `kategori`), as the grid reads them.
 */
export function measuresHref(planId: string, filter: MeasuresFilter): string {
  const params = new URLSearchParams();
  if (filter.year !== undefined) params.set('ar', String(filter.year));
  if (filter.unitId) params.set('enhet', filter.unitId);
  if (filter.savingsType) params.set('sparform', filter.savingsType);
  if (filter.feasibility) params.set('genomforbarhet', filter.feasibility);
  if (filter.status) params.set('status', filter.status);
  if (filter.category) params.set('kategori', filter.category);
  const text = params.toString();
  return `/planer/${planId}/atgarder${text ? `?${text}` : ''}`;
}

/** The address of the overview of another unit (or the whole organisation), keeping the year. */
export function overviewHref(planId: string, year: number | undefined, unitId: string | undefined): string {
  const params = new URLSearchParams();
  if (year !== undefined) params.set('ar', String(year));
  if (unitId) params.set('enhet', unitId);
  const text = params.toString();
  return `/planer/${planId}/oversikt${text ? `?${text}` : ''}`;
}

/** A share as a Swedish (or English) percentage with one decimal: `82,6 %`; "–" when there is none. */
export function formatShare(share: number | null, language: string): string {
  if (share === null || !Number.isFinite(share)) return '–';
  const locale = language.startsWith('en') ? 'en-GB' : 'sv-SE';
  return new Intl.NumberFormat(locale, {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(share);
}

/** The first letter in upper case (`effektivisering` → `Effektivisering`), for labels that start a line. */
export function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase('sv-SE') + text.slice(1);
}
