/**
 * Times one recalculation of a 10-year scenario (issue 5: "well under 5 ms", so the assumption table can
 * recalculate on every keystroke): validation plus the exact model, and the model alone.
 * Run: node bin/run-ts.js bench/scenario-bench.ts [runs]
 */
import { availableParallelism, loadavg } from 'node:os';
import { computeScenario } from '../src/domain/scenario/compute-scenario';
import { evaluateScenario } from '../src/domain/scenario/evaluate-scenario';
import type { ScenarioInput } from '../src/domain/scenario/scenario-input';
import { validateScenarioInput } from '../src/domain/scenario/validate-scenario-input';
import { percentile } from './timing';

const GOAL_MS = 5;
const WARM_UP_RUNS = 1_000;
const runs = Number(process.argv[2] ?? 10_000);

/** Ten years of SKR-like assumptions with three-decimal rates, a deficit to restore and a growing plan. */
function tenYearScenario(): Record<string, unknown> {
  const years: Record<string, unknown> = {};
  for (let i = 0; i < 10; i++) {
    years[String(2026 + i)] = {
      revenueGrowth: 0.031 + i / 1000,
      wageGrowth: 0.0325 + i / 4000,
      priceGrowth: 0.021 + i / 2000,
      personnelShare: 0.58,
      otherShare: 0.42,
      volume: 0.0075,
      pensionChange: 35_000_000 - i * 1_250_000,
      otherChanges: i === 3 ? -120_000_000 : 15_000_000,
      financialNet: -45_000_000,
      planLevel: 150_000_000 * (i + 1),
      realisationGains: i % 4 === 0 ? 12_500_000 : 0,
      exemptItems: 0,
      reserveIn: i > 6 ? 60_000_000 : 0,
      reserveOut: i === 1 ? 40_000_000 : 0,
    };
  }
  return {
    baseYear: 2025,
    base: { revenue: 26_400_000_000, netCost: 26_950_000_000 },
    goalShare: 0.02,
    openingDeficits: [{ year: 2024, amount: 746_300_000 }],
    years,
  };
}

function time(label: string, work: () => unknown): void {
  for (let i = 0; i < WARM_UP_RUNS; i++) work();
  const millis: number[] = [];
  const started = performance.now();
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    millis.push(performance.now() - start);
  }
  const total = performance.now() - started;
  millis.sort((a, b) => a - b);
  const [p50, p95, p99] = [50, 95, 99].map((p) => percentile(millis, p).toFixed(3));
  const perSecond = Math.round((runs / total) * 1000);
  const mean = (total / runs).toFixed(3);
  const verdict = percentile(millis, 99) < GOAL_MS ? 'under' : 'OVER';
  console.log(
    `${label.padEnd(26)} p50 ${p50} ms  p95 ${p95} ms  p99 ${p99} ms  mean ${mean} ms  ${perSecond} runs/s  (${verdict} the ${GOAL_MS} ms goal at p99)`,
  );
}

const raw = tenYearScenario();
const validation = validateScenarioInput(raw);
if (!validation.ok)
  throw new Error(`The benchmark scenario is invalid: ${JSON.stringify(validation.issues)}`);
const input: ScenarioInput = validation.input;
const check = computeScenario(input);
if (!check.ok) throw new Error(`The benchmark scenario cannot be computed: ${JSON.stringify(check.issues)}`);

console.log(
  `Scenario model, 10 years, ${runs} runs after ${WARM_UP_RUNS} warm-up runs (Node ${process.version}, ` +
    `${availableParallelism()} CPUs, load average ${loadavg()[0]?.toFixed(1)}: other work shows in p95/p99)`,
);
time('validate + compute', () => evaluateScenario(raw));
time('compute (validated input)', () => computeScenario(input));
const last = check.result.years.at(-1);
console.log(`Year ${last?.year}: result ${last?.result} kr, required plan ${last?.requiredPlan} kr`);
