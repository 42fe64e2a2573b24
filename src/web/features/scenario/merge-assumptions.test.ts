import { describe, expect, it } from 'vitest';
import { mergeReadYears } from './merge-assumptions';
import { draftFromScenario, draftYears } from './scenario-draft';
import { demoScenario } from './test-scenario';

const demo = () => draftFromScenario(demoScenario());
const options = { isPlanLevelEditable: true, fallbackBaseYear: 2023 };

describe('merging assumptions read from a sheet', () => {
  it('changes only the cells given', () => {
    const outcome = mergeReadYears(
      demo(),
      { '2025': { wageGrowth: 0.041, pensionChange: -200_000_000 } },
      options,
    );
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.changed).toBe(2);
    expect(outcome.draft.columns[1]).toMatchObject({
      wageGrowth: '4,1',
      pensionChange: '\u2212200',
      priceGrowth: '2,5',
    });
    expect(outcome.draft.columns[0]).toEqual(demo().columns[0]);
  });

  it('extends the table with the years after its last one, up to ten years', () => {
    const outcome = mergeReadYears(demo(), { '2029': { wageGrowth: 0.03 } }, options);
    if (!outcome.ok) throw new Error(outcome.message);
    expect(draftYears(outcome.draft, 2023)).toEqual([2024, 2025, 2026, 2027, 2028, 2029]);
    expect(outcome.draft.columns[5]?.wageGrowth).toBe('3');
    expect(outcome.draft.columns[4]?.wageGrowth).toBe('');
    expect(mergeReadYears(demo(), { '2034': { wageGrowth: 0.03 } }, options)).toEqual({
      ok: false,
      message: '2034 ligger mer än 10 år efter basåret; inget ändrades',
    });
  });

  it('refuses years before the table and a year with both revenue growth and amount', () => {
    expect(mergeReadYears(demo(), { '2023': { wageGrowth: 0.03 } }, options).ok).toBe(false);
    expect(mergeReadYears(demo(), { '2024': { revenueGrowth: 0.03, revenue: 1 } }, options).ok).toBe(false);
  });

  it('ignores years without any value', () => {
    const outcome = mergeReadYears(demo(), { '2024': {}, '2040': {} }, options);
    expect(outcome).toMatchObject({ ok: true, changed: 0 });
  });
});
