import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ownPlannedLevels } from '../../domain/planned-summary';
import {
  CATEGORIES,
  COST_TYPES,
  type EffectConvention,
  GROUPINGS,
  MEASURE_STATUSES,
  SAVINGS_TYPES,
} from '../../shared/enums';
import type { BalansDatabase } from '../db/connect';
import { withTenant } from '../db/tenant-scope';
import { createTestTenant } from '../test/factories';
import { seedGeneratedPlan } from '../test/seed-generated-plan';
import { openTestDatabase } from '../test/test-db';
import { sumOwnPlannedLevels } from './planned-summary-repository';

const YEARS = [2024, 2025, 2026];
let database: BalansDatabase;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

const planArbitrary = fc.record({
  convention: fc.constantFrom<EffectConvention>('level', 'increment'),
  parents: fc.array(fc.nat(), { minLength: 1, maxLength: 8 }),
  measures: fc.array(
    fc.record({
      unit: fc.nat(),
      status: fc.constantFrom(...MEASURE_STATUSES),
      isTemporary: fc.boolean(),
      endYear: fc.option(fc.constantFrom(...YEARS), { nil: null }),
      category: fc.option(fc.constantFrom(...CATEGORIES), { nil: null }),
      group: fc.option(fc.constantFrom('utbud', 'intäkter'), { nil: null }),
      savingsType: fc.option(fc.constantFrom(...SAVINGS_TYPES), { nil: null }),
      feasibility: fc.option(fc.constantFrom<1 | 2 | 3>(1, 2, 3), { nil: null }),
      programmes: fc.subarray(['Digitalisering', 'Färdplan 2030']),
      effects: fc.uniqueArray(
        fc.record({
          year: fc.constantFrom(...YEARS),
          costType: fc.constantFrom(...COST_TYPES),
          amount: fc.integer({ min: -5e9, max: 5e9 }),
        }),
        { selector: (e) => `${e.year}|${e.costType}`, maxLength: 6 },
      ),
    }),
    { maxLength: 15 },
  ),
  year: fc.constantFrom(...YEARS),
});

describe('the SQL half of the planned roll-up', () => {
  it('equals the pure definition in src/domain for every grouping and both conventions (property)', async () => {
    await fc.assert(
      fc.asyncProperty(planArbitrary, async (generated) => {
        const tenant = await createTestTenant(database.db);
        await withTenant(database.db, tenant.id, async (trx) => {
          const { planId, measures: pure } = await seedGeneratedPlan(trx, tenant.id, generated, YEARS);
          for (const by of GROUPINGS) {
            const fromSql = await sumOwnPlannedLevels(trx, {
              planId,
              convention: generated.convention,
              year: generated.year,
              planYears: YEARS,
              by,
              source: 'current',
            });
            const expected = ownPlannedLevels(pure, generated.convention, generated.year, YEARS, by);
            const asObject = (m: Map<string, Map<string, number>>) =>
              Object.fromEntries([...m].map(([unit, byKey]) => [unit, Object.fromEntries(byKey)]));
            // The pure side keeps a key whose amounts cancel out to 0; SQL drops it (having sum <> 0).
            const nonZero = (m: Map<string, Map<string, number>>) =>
              new Map(
                [...m]
                  .map(([unit, byKey]) => [unit, new Map([...byKey].filter(([, a]) => a !== 0))] as const)
                  .filter(([, byKey]) => byKey.size > 0),
              );
            expect(asObject(fromSql), by).toEqual(asObject(nonZero(expected)));
          }
        });
      }),
      { numRuns: 25 },
    );
  });
});
