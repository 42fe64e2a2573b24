import type { PlanEffects } from '../../../domain/scenario/plan-level';
import type { TScenario } from '../../../shared/schemas/scenario';

/** The demo's "Prognos 2024–2027 (exempel)" (demo/exempel-scenario.json) as the API returns it, for tests. */
export function demoScenario(fields: Partial<TScenario> = {}): TScenario {
  const year = (revenueGrowth: number, wageGrowth: number, priceGrowth: number, pensionChange: number) => ({
    revenueGrowth,
    wageGrowth,
    priceGrowth,
    personnelShare: 0.45,
    otherShare: 0.5,
    volume: 0.004,
    pensionChange,
    otherChanges: 0,
    financialNet: 0,
    planLevel: 0,
    realisationGains: 0,
    exemptItems: 0,
    reserveIn: 0,
    reserveOut: 0,
  });
  return {
    id: '00000000-0000-4000-8000-000000000001',
    name: 'Prognos 2024–2027 (exempel)',
    planId: '00000000-0000-4000-9000-000000000001',
    planSource: 'full',
    sourceNote: 'Exempelantaganden',
    sourceDate: '2023-10-05',
    input: {
      baseYear: 2023,
      base: { revenue: 12_900_000_000, netCost: 13_646_300_000 },
      goalShare: 0.02,
      openingDeficits: [{ year: 2023, amount: 746_300_000 }],
      years: {
        '2024': year(0.068, 0.04, 0.03, 100_000_000),
        '2025': year(0.036, 0.036, 0.025, -250_000_000),
        '2026': year(0.038, 0.034, 0.022, -100_000_000),
        '2027': year(0.037, 0.034, 0.022, 0),
      },
    },
    version: 1,
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
    createdBy: 'balans demo',
    ...fields,
  };
}

/** The demo plan's planned levels 2023–2025 (full), as the server gives them. */
export const DEMO_PLAN_EFFECTS = new Map<number, PlanEffects>([
  [2024, { full: 557_700_000, riskWeighted: 480_000_000, forecast: 337_000_000, forecastPeriod: '2024-12' }],
  [2025, { full: 510_700_000, riskWeighted: 440_000_000, forecast: null, forecastPeriod: null }],
]);
