import { describe, expect, it } from 'vitest';
import { evaluateScenario } from './evaluate-scenario';
import { formatIssue } from './scenario-input';
import { validateScenarioInput } from './validate-scenario-input';

type Json = Record<string, unknown>;

const year = (overrides: Json = {}): Json => ({
  revenueGrowth: 0.035,
  wageGrowth: 0.03,
  priceGrowth: 0.02,
  personnelShare: 0.6,
  otherShare: 0.4,
  volume: 0.01,
  ...overrides,
});

function scenario(overrides: Json = {}, years: Json = {}): Json {
  return {
    baseYear: 2025,
    base: { revenue: 10_000_000_000, netCost: 9_900_000_000 },
    years: { '2026': year(), '2027': year(), '2028': year(), ...years },
    ...overrides,
  };
}

/** The issues of `raw`, as the CLI prints them; asserts that nothing was computed. */
function messages(raw: unknown): string[] {
  const validation = validateScenarioInput(raw);
  const computation = evaluateScenario(raw);
  expect(validation.ok).toBe(false);
  expect(computation).toEqual({ ok: false, issues: validation.ok ? [] : validation.issues });
  expect('input' in validation).toBe(false);
  return validation.ok ? [] : validation.issues.map(formatIssue);
}

describe('validateScenarioInput', () => {
  it('fills in the defaults of a minimal scenario', () => {
    const validation = validateScenarioInput(scenario());
    expect(validation.ok).toBe(true);
    if (!validation.ok) return;
    expect(validation.input.goalShare).toBe(0.02);
    expect(validation.input.openingDeficits).toEqual([]);
    expect(validation.input.years['2026']).toEqual({
      revenueGrowth: 0.035,
      wageGrowth: 0.03,
      priceGrowth: 0.02,
      personnelShare: 0.6,
      otherShare: 0.4,
      volume: 0.01,
      pensionChange: 0,
      otherChanges: 0,
      financialNet: 0,
      planLevel: 0,
      realisationGains: 0,
      exemptItems: 0,
      reserveIn: 0,
      reserveOut: 0,
    });
  });

  it('needs a JSON object', () => {
    expect(messages([])).toEqual(['Scenariot måste vara ett JSON-objekt med baseYear, base och years']);
    expect(messages(null)).toHaveLength(1);
  });

  it('names a rate that is not a number, is missing, or is beyond ±100 %', () => {
    expect(messages(scenario({}, { '2026': year({ wageGrowth: '0.03' }) }))).toEqual([
      'years.2026.wageGrowth: måste vara ett tal',
    ]);
    const { wageGrowth: _left, ...withoutWage } = year();
    expect(messages(scenario({}, { '2027': withoutWage }))).toEqual(['years.2027.wageGrowth: måste anges']);
    expect(messages(scenario({}, { '2028': year({ priceGrowth: 1.5, volume: -1.01 }) }))).toEqual([
      'years.2028.priceGrowth: måste ligga mellan −1 och 1 (−100 % och +100 %); nu 1,5',
      'years.2028.volume: måste ligga mellan −1 och 1 (−100 % och +100 %); nu −1,01',
    ]);
  });

  it('names shares outside 0…1 and shares that add up to more than 1', () => {
    expect(messages(scenario({}, { '2026': year({ personnelShare: 1.2, otherShare: -0.1 }) }))).toEqual([
      'years.2026.personnelShare: måste ligga mellan 0 och 1 (0 % och 100 %); nu 1,2',
      'years.2026.otherShare: måste ligga mellan 0 och 1 (0 % och 100 %); nu −0,1',
    ]);
    expect(messages(scenario({}, { '2026': year({ personnelShare: 0.7 }) }))).toEqual([
      'years.2026: personnelShare + otherShare får vara högst 1; nu 0,7 + 0,4',
    ]);
    expect(messages(scenario({ goalShare: 2 }))).toEqual([
      'goalShare: måste ligga mellan 0 och 1 (0 % och 100 %); nu 2',
    ]);
  });

  it('names amounts that are not whole kronor or are absurdly large', () => {
    expect(
      messages(
        scenario(
          {},
          {
            '2026': year({
              pensionChange: 12.5,
              otherChanges: 1e12,
              financialNet: 2e12,
              planLevel: Number.MAX_VALUE,
            }),
          },
        ),
      ),
    ).toEqual([
      'years.2026.pensionChange: måste vara ett helt antal kronor; nu 12,5',
      'years.2026.financialNet: är orimligt stort; högst 1\u00a0000\u00a0000\u00a0000\u00a0000\u00a0kr (±10¹²)',
      'years.2026.planLevel: är orimligt stort; högst 1\u00a0000\u00a0000\u00a0000\u00a0000\u00a0kr (±10¹²)',
    ]);
    expect(messages(scenario({ base: { revenue: -1, netCost: 1.5 } }))).toEqual([
      'base.revenue: får inte vara negativt; nu −1',
      'base.netCost: måste vara ett helt antal kronor; nu 1,5',
    ]);
  });

  it('needs exactly one of revenueGrowth and revenue, naming the year', () => {
    expect(messages(scenario({}, { '2027': year({ revenue: 10_500_000_000 }) }))).toEqual([
      'years.2027: ange antingen revenueGrowth eller revenue, inte båda',
    ]);
    const { revenueGrowth: _left, ...neither } = year();
    expect(messages(scenario({}, { '2028': neither }))).toEqual([
      'years.2028: revenueGrowth (eller revenue i kronor) måste anges',
    ]);
    expect(validateScenarioInput(scenario({}, { '2027': { ...neither, revenue: 10_500_000_000 } })).ok).toBe(
      true,
    );
  });

  it('rejects unknown fields with their path', () => {
    expect(
      messages({
        ...scenario({}, { '2026': year({ wageGrowht: 0.03 }) }),
        comment: 'x',
        base: { revenue: 1, netCost: 1, tax: 0 },
      }),
    ).toEqual(['comment: okänt fält', 'base.tax: okänt fält', 'years.2026.wageGrowht: okänt fält']);
  });

  it('needs 3–10 consecutive years after the base year', () => {
    expect(messages({ ...scenario(), years: { '2026': year(), '2027': year() } })).toEqual([
      'years: 2 år efter basåret angivna; ange 3–10 år i följd från 2026',
    ]);
    expect(messages({ ...scenario(), years: { '2026': year(), '2028': year(), '2029': year() } })).toEqual([
      'years.2027: saknas: åren ska följa på varandra från 2026',
    ]);
    const eleven = Object.fromEntries(Array.from({ length: 11 }, (_, i) => [String(2026 + i), year()]));
    expect(messages({ ...scenario(), years: eleven })).toEqual([
      'years: 11 år efter basåret angivna; ange 3–10 år i följd från 2026',
    ]);
    expect(messages(scenario({}, { '2025': year() }))).toEqual([
      'years.2025: måste vara ett år efter basåret 2025',
    ]);
    expect(messages(scenario({}, { nästa: year() }))).toEqual([
      'years.nästa: är inte ett år (ange året med fyra siffror, t.ex. "2026")',
    ]);
    expect(messages(scenario({}, { '2026': 3 }))).toEqual([
      'years.2026: måste vara ett objekt med årets antaganden',
    ]);
    expect(messages(scenario({ years: [] }))).toEqual([
      'years: måste vara ett objekt med ett fält per år, t.ex. "2026"',
    ]);
    expect(messages(scenario({ baseYear: 2025.5 }))).toEqual([
      'baseYear: måste vara ett år mellan 2000 och 2100; nu 2025,5',
    ]);
  });

  it('needs opening deficits as positive amounts from the base year or before, each year once', () => {
    expect(messages(scenario({ openingDeficits: [{ year: 2024, amount: -5_000_000 }] }))).toEqual([
      'openingDeficits.0.amount: ange underskottet som ett positivt belopp att återställa: 5\u00a0000\u00a0000\u00a0kr, inte −5\u00a0000\u00a0000\u00a0kr',
    ]);
    expect(
      messages(
        scenario({
          openingDeficits: [
            { year: 2024, amount: 1 },
            { year: 2024, amount: 2 },
            { year: 2026, amount: 3 },
            { year: 2023, amount: 0, note: 'x' },
          ],
        }),
      ),
    ).toEqual([
      'openingDeficits.1.year: år 2024 finns redan i openingDeficits.0',
      'openingDeficits.2.year: måste vara ett år mellan 2015 och basåret 2025; nu 2026',
      'openingDeficits.3.note: okänt fält',
      'openingDeficits.3.amount: måste vara större än 0',
    ]);
    expect(messages(scenario({ openingDeficits: { year: 2024 } }))).toEqual([
      'openingDeficits: måste vara en lista med { "year", "amount" }',
    ]);
    const validation = validateScenarioInput(
      scenario({
        openingDeficits: [
          { year: 2024, amount: 2 },
          { year: 2022, amount: 1 },
        ],
      }),
    );
    expect(validation.ok && validation.input.openingDeficits).toEqual([
      { year: 2022, amount: 1 },
      { year: 2024, amount: 2 },
    ]);
  });
});
