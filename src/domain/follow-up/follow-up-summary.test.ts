import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GROUPINGS, type Grouping } from '../../shared/enums';
import { subtreeIds, type TreeUnit } from '../org-tree';
import { UNIT_KEY } from '../planned-summary';
import {
  followUpArbitrary,
  type GeneratedFollowUp,
  PERIODS,
  PLAN_YEARS,
  reportsArbitrary,
} from './arbitraries.test-support';
import { type FollowUpFigures, zeroFigures } from './follow-up-figures';
import { deviation, summarizeFollowUp } from './follow-up-summary';
import { comparePeriods } from './period';
import type { MeasureReport } from './report';
import { riskWeighted } from './risk-weight';

function summarize(data: GeneratedFollowUp, by: Grouping, units: readonly TreeUnit[] = data.units) {
  return summarizeFollowUp({ ...data, units, convention: 'level', planYears: PLAN_YEARS, by });
}

/** The reference combination of rows, written independently of the code under test. */
function combine(rows: readonly (FollowUpFigures | undefined)[]): FollowUpFigures {
  const present = rows.filter((row) => row !== undefined);
  const sum = (pick: (row: FollowUpFigures) => number) =>
    present.reduce((total, row) => total + pick(row), 0);
  const stale = present.filter((row) => row.staleCount > 0);
  const neverReported = stale.some((row) => row.staleSince === null);
  return {
    planned: sum((row) => row.planned),
    forecast: sum((row) => row.forecast),
    outcome: sum((row) => row.outcome),
    stale: sum((row) => row.stale),
    staleCount: sum((row) => row.staleCount),
    staleSince: neverReported ? null : (stale.map((row) => row.staleSince!).sort()[0] ?? null),
    riskWeighted: sum((row) => row.riskWeighted),
    forecastFeasible12: sum((row) => row.forecastFeasible12),
  };
}

const at = (byKey: Map<string, FollowUpFigures> | undefined, key: string) => byKey?.get(key) ?? zeroFigures();

describe('follow-up roll-ups (property)', () => {
  it('give every unit its own measures plus its children, for every figure and grouping', () => {
    fc.assert(
      fc.property(followUpArbitrary, (data) => {
        const flat = data.units.map((unit) => ({ ...unit, parentId: null }));
        for (const by of GROUPINGS) {
          const { byUnit, total } = summarize(data, by);
          const own = summarize(data, by, flat).byUnit;
          for (const unit of data.units) {
            const children = data.units.filter((child) => child.parentId === unit.id);
            const keys = new Set([unit, ...children].flatMap((u) => [...(byUnit.get(u.id)?.keys() ?? [])]));
            for (const key of keys) {
              const parts = [own.get(unit.id)?.get(key), ...children.map((c) => byUnit.get(c.id)?.get(key))];
              expect(at(byUnit.get(unit.id), key)).toEqual(combine(parts));
            }
          }
          const roots = data.units.filter((unit) => unit.parentId === null);
          for (const key of total.keys()) {
            expect(total.get(key)).toEqual(combine(roots.map((root) => byUnit.get(root.id)?.get(key))));
          }
        }
      }),
      { numRuns: 120 },
    );
  });

  it('give each unit the sum of the measures in its subtree, and split the total exactly over keys', () => {
    fc.assert(
      fc.property(followUpArbitrary, (data) => {
        const { byUnit, overall, measures } = summarize(data, 'unit');
        for (const unit of data.units) {
          const inside = subtreeIds(data.units, unit.id);
          const rows = data.measures
            .filter((m) => inside.has(m.orgUnitId))
            .map((m) => {
              const r = measures.get(m.id)!;
              return {
                planned: r.planned,
                forecast: r.forecast,
                outcome: r.outcome,
                stale: r.isStale ? r.forecast : 0,
                staleCount: r.isStale ? 1 : 0,
                staleSince: r.isStale ? r.lastReportedPeriod : null,
                riskWeighted: riskWeighted(r.forecast, m.feasibility),
                forecastFeasible12: m.feasibility === 1 || m.feasibility === 2 ? r.forecast : 0,
              };
            });
          expect(at(byUnit.get(unit.id), UNIT_KEY)).toEqual(combine(rows));
        }
        for (const by of ['category', 'group', 'savingsType', 'feasibility'] as const) {
          expect(combine([...summarize(data, by).total.values()])).toEqual(overall);
        }
        const byCostType = combine([...summarize(data, 'costType').total.values()]);
        expect({ ...byCostType, staleCount: 0, staleSince: null }).toEqual({
          ...overall,
          staleCount: 0,
          staleSince: null,
        });
        expect(at(summarize(data, 'year').total, String(data.year))).toEqual(overall);
        expect(at(summarize(data, 'unit').total, UNIT_KEY)).toEqual(overall);
        for (const [key, figures] of summarize(data, 'programme').total) {
          const inProgramme = data.measures.filter((m) =>
            key === '' ? m.programmeIds.length === 0 : m.programmeIds.includes(key),
          );
          expect(figures.forecast).toBe(
            inProgramme.reduce((sum, m) => sum + measures.get(m.id)!.forecast, 0),
          );
        }
      }),
      { numRuns: 120 },
    );
  });
});

interface WithLaterReports {
  data: GeneratedFollowUp;
  later: MeasureReport[];
}

const laterReportsArbitrary = followUpArbitrary.chain((data): fc.Arbitrary<WithLaterReports> => {
  const later = PERIODS.filter((period) => comparePeriods(period, data.asOf) > 0);
  if (later.length === 0 || data.measures.length === 0) return fc.constant({ data, later: [] });
  const histories = data.measures.map((m) => reportsArbitrary(m.id, fc.constantFrom(...later)));
  return fc.tuple(...histories).map((lists) => ({ data, later: lists.flat() }));
});

describe('a closed period (property)', () => {
  it('keeps its figures whatever is reported for later periods', () => {
    fc.assert(
      fc.property(laterReportsArbitrary, ({ data, later }) => {
        const withLater = { ...data, reports: [...later, ...data.reports] };
        for (const by of GROUPINGS) expect(summarize(withLater, by)).toEqual(summarize(data, by));
      }),
      { numRuns: 120 },
    );
  });
});

describe('deviation', () => {
  it('is forecast − target, and null without a target', () => {
    expect(deviation(310_700_000, 500_000_000)).toBe(-189_300_000);
    expect(deviation(1, null)).toBeNull();
  });
});
