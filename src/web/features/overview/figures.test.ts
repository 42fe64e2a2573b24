import { describe, expect, it } from 'vitest';
import type { TOrgUnit } from '../../../shared/schemas/org-unit';
import {
  capitalize,
  feasibilitySplit,
  feasibleTotal,
  formatShare,
  measuresHref,
  overviewHref,
  plannedDeviation,
  savingsPyramid,
  shareOf,
  unitBreakdown,
  yearEffects,
} from './figures';

const row = (key: string, planned: number, extra: Partial<{ target: number; unitId: string }> = {}) => ({
  key,
  planned,
  originalPlanned: null,
  target: extra.target ?? null,
  ...(extra.unitId ? { unitId: extra.unitId } : {}),
});

const unit = (id: string, name: string, parentId: string | null): TOrgUnit => ({
  id,
  name,
  parentId,
  kind: parentId ? 'administration' : 'region',
  code: null,
  version: 1,
  path: name,
});

describe('the planned level against the target', () => {
  it('is planned − target, negative while savings are missing (the one sign rule)', () => {
    expect(plannedDeviation({ planned: 400, target: 500 })).toEqual({ amount: -100, direction: 'short' });
    expect(plannedDeviation({ planned: 557, target: 500 })).toEqual({ amount: 57, direction: 'beyond' });
    expect(plannedDeviation({ planned: 500, target: 500 })).toEqual({ amount: 0, direction: 'onTarget' });
  });

  it('is null without a target', () => {
    expect(plannedDeviation({ planned: 400, target: null })).toBeNull();
  });

  it('gives no share of a zero or missing whole', () => {
    expect(shareOf(1, 4)).toBe(0.25);
    expect(shareOf(1, 0)).toBeNull();
    expect(shareOf(1, null)).toBeNull();
  });
});

describe('effect per year', () => {
  it('keeps levels and derives each year’s increment from the previous level', () => {
    const effects = yearEffects([row('2025', 510), row('2023', 223), row('2024', 557, { target: 500 })]);
    expect(effects).toEqual([
      { year: 2023, level: 223, increment: 223, target: null },
      { year: 2024, level: 557, increment: 334, target: 500 },
      { year: 2025, level: 510, increment: -47, target: null },
    ]);
  });

  it('has increments that add up to the level (never the levels added up)', () => {
    const effects = yearEffects([row('2020', 3), row('2021', 6), row('2022', 10)]);
    expect(effects.reduce((sum, e) => sum + e.increment, 0)).toBe(10);
  });
});

describe('savings-type pyramid and feasibility', () => {
  it('orders efficiency → rationing → cost parity → general cuts, then missing', () => {
    const pyramid = savingsPyramid([row('generalCut', 19), row('', 5), row('efficiency', 425)]);
    expect(pyramid.map((f) => [f.code, f.planned])).toEqual([
      ['efficiency', 425],
      ['rationing', 0],
      ['costParity', 0],
      ['generalCut', 19],
      ['saknas', 5],
    ]);
  });

  it('keeps an unknown value before missing, and original plan zero where the plan had one', () => {
    const pyramid = savingsPyramid([{ key: 'other', planned: 1, originalPlanned: 2, target: null }]);
    expect(pyramid.map((f) => f.code)).toEqual([
      'efficiency',
      'rationing',
      'costParity',
      'generalCut',
      'other',
      'saknas',
    ]);
    expect(pyramid[0]?.originalPlanned).toBe(0);
    expect(pyramid[4]?.originalPlanned).toBe(2);
  });

  it('splits feasibility 1, 2, 3, missing and totals 1–2', () => {
    const split = feasibilitySplit([row('3', 97), row('1', 126), row('2', 334)]);
    expect(split.map((f) => [f.code, f.planned])).toEqual([
      ['1', 126],
      ['2', 334],
      ['3', 97],
      ['saknas', 0],
    ]);
    expect(split[0]?.originalPlanned).toBeNull();
    expect(feasibleTotal(split)).toBe(460);
  });
});

describe('planned per administration', () => {
  const units = [
    unit('r', 'Regionen', null),
    unit('a', 'Tandvård', 'r'),
    unit('b', 'Hälso- och sjukvård', 'r'),
    unit('c', 'Ambulans', 'r'),
    unit('b1', 'Division Kirurgi', 'b'),
  ];
  const rows = [
    row('Regionen', 100, { unitId: 'r' }),
    row('Regionen / Tandvård', 10, { unitId: 'a' }),
    row('Regionen / Hälso- och sjukvård', 80, { unitId: 'b', target: 90 }),
    row('Regionen / Ambulans', 10, { unitId: 'c' }),
    row('Regionen / Hälso- och sjukvård / Division Kirurgi', 30, { unitId: 'b1' }),
  ];

  it('shows the children of the single top unit, largest first, ties alphabetically', () => {
    const breakdown = unitBreakdown(units, rows, undefined);
    expect(breakdown.parent?.unitId).toBe('r');
    expect(breakdown.children.map((c) => [c.name, c.planned, c.target])).toEqual([
      ['Hälso- och sjukvård', 80, 90],
      ['Ambulans', 10, null],
      ['Tandvård', 10, null],
    ]);
    expect(breakdown.own).toBe(0);
  });

  it('shows the children of the chosen unit and what lies on the unit itself', () => {
    const breakdown = unitBreakdown(units, rows, 'b');
    expect(breakdown.children.map((c) => c.unitId)).toEqual(['b1']);
    expect(breakdown.own).toBe(50);
  });

  it('shows the top units when there are several', () => {
    const breakdown = unitBreakdown(
      [unit('x', 'X', null), unit('y', 'Y', null)],
      [row('X', 1, { unitId: 'x' }), row('Y', 2, { unitId: 'y' })],
      undefined,
    );
    expect(breakdown.parent).toBeUndefined();
    expect(breakdown.children.map((c) => c.unitId)).toEqual(['y', 'x']);
  });
});

describe('links', () => {
  it('leads to the measures grid with year, unit and the figure’s filter', () => {
    expect(measuresHref('p1', { year: 2024, unitId: 'u1', savingsType: 'efficiency' })).toBe(
      '/planer/p1/atgarder?ar=2024&enhet=u1&sparform=efficiency',
    );
    expect(measuresHref('p1', { year: 2024, feasibility: 'saknas' })).toBe(
      '/planer/p1/atgarder?ar=2024&genomforbarhet=saknas',
    );
    expect(measuresHref('p1', { year: undefined })).toBe('/planer/p1/atgarder');
  });

  it('leads to another unit’s overview, keeping the year', () => {
    expect(overviewHref('p1', 2024, 'u2')).toBe('/planer/p1/oversikt?ar=2024&enhet=u2');
    expect(overviewHref('p1', 2024, undefined)).toBe('/planer/p1/oversikt?ar=2024');
  });
});

describe('text', () => {
  it('formats shares as Swedish percentages', () => {
    expect(formatShare(0.826, 'sv')).toBe('82,6\u00a0%');
    expect(formatShare(1.1154, 'en')).toBe('111.5%');
    expect(formatShare(null, 'sv')).toBe('–');
  });

  it('capitalizes a label', () => {
    expect(capitalize('ärendehantering')).toBe('Ärendehantering');
  });
});
