/**
 * The scenario model of issue 5 (docs/scenario-model.md): revenue, net cost before and after the plan, result,
 * the result goal, the action plan required and the balanskrav ledger, per year after the base year.
 * Everything is computed exactly (rationals carried from year to year, never rounded in between); each output
 * is then rounded on its own to whole kronor, half away from zero.
 */
import { MAX_KRONOR } from '../../shared/money';
import { type BalanskravLedger, runBalanskravLedger } from './balanskrav-ledger';
import {
  add,
  fromInteger,
  fromNumber,
  max,
  multiply,
  negate,
  ONE,
  type Rational,
  roundHalfAwayFromZero,
  subtract,
  sum,
  ZERO,
} from './rational';
import { type ScenarioInput, type ScenarioIssue, scenarioYears } from './scenario-input';

/** One year's figures, exact. Names as in the output; `…BeforePlan` is N⁰, `netCost` is N. */
export interface ExactScenarioYear {
  year: number;
  revenue: Rational;
  netCostBeforePlan: Rational;
  netCost: Rational;
  result: Rational;
  goal: Rational;
  gap: Rational;
  requiredPlan: Rational;
  /** The plan's level in the year (never its increment), as given. */
  planLevel: Rational;
  balanskravResult: Rational;
}

export interface ExactScenario {
  years: ExactScenarioYear[];
  ledger: BalanskravLedger;
}

/** The model's figures for every year, exact. */
export function computeScenarioExact(input: ScenarioInput): ExactScenario {
  let revenue = fromInteger(input.base.revenue);
  let netCostBeforePlan = fromInteger(input.base.netCost);
  const goalShare = fromNumber(input.goalShare);
  const years: ExactScenarioYear[] = [];
  for (const year of scenarioYears(input)) {
    const assumptions = input.years[String(year)];
    if (!assumptions) throw new Error(`The scenario lacks year ${year}: validate it first`);
    revenue =
      assumptions.revenue === undefined
        ? multiply(revenue, add(ONE, fromNumber(assumptions.revenueGrowth)))
        : fromInteger(assumptions.revenue);
    // 1 + personnelShare · wageGrowth + otherShare · priceGrowth
    const costGrowth = sum(
      ONE,
      multiply(fromNumber(assumptions.personnelShare), fromNumber(assumptions.wageGrowth)),
      multiply(fromNumber(assumptions.otherShare), fromNumber(assumptions.priceGrowth)),
    );
    netCostBeforePlan = sum(
      multiply(multiply(netCostBeforePlan, costGrowth), add(ONE, fromNumber(assumptions.volume))),
      fromInteger(assumptions.pensionChange),
      fromInteger(assumptions.otherChanges),
    );
    const financialNet = fromInteger(assumptions.financialNet);
    const planLevel = fromInteger(assumptions.planLevel);
    const netCost = subtract(netCostBeforePlan, planLevel);
    const result = add(subtract(revenue, netCost), financialNet);
    const goal = multiply(goalShare, revenue);
    const resultBeforePlan = add(subtract(revenue, netCostBeforePlan), financialNet);
    // BKR = Res − realisationGains + exemptItems − reserveIn + reserveOut
    const balanskravResult = sum(
      result,
      negate(fromInteger(assumptions.realisationGains)),
      fromInteger(assumptions.exemptItems),
      negate(fromInteger(assumptions.reserveIn)),
      fromInteger(assumptions.reserveOut),
    );
    years.push({
      year,
      revenue,
      netCostBeforePlan,
      netCost,
      result,
      goal,
      gap: subtract(goal, result),
      requiredPlan: max(ZERO, subtract(goal, resultBeforePlan)),
      planLevel,
      balanskravResult,
    });
  }
  const opening = input.openingDeficits.map((deficit) => ({
    year: deficit.year,
    amount: fromInteger(deficit.amount),
  }));
  return { years, ledger: runBalanskravLedger(opening, years) };
}

/** One year of the output contract (`balans scenario --json`): whole kronor. */
export interface ScenarioYearResult {
  year: number;
  revenue: number;
  netCostBeforePlan: number;
  netCost: number;
  result: number;
  goal: number;
  gap: number;
  requiredPlan: number;
  planLevel: number;
  balanskravResult: number;
  deficitOutstanding: number;
  deficitOverdue: boolean;
}

/** The ledger for the screen, rounded like the years (each figure on its own). */
export interface ScenarioLedger {
  deficits: {
    year: number;
    amount: number;
    deadline: number;
    remaining: number;
    restoredInYear: number | null;
  }[];
  schedule: { deficitYear: number; restoredInYear: number; amount: number }[];
}

export interface ScenarioResult {
  years: ScenarioYearResult[];
  ledger: ScenarioLedger;
}

export type ScenarioComputation =
  | { ok: true; result: ScenarioResult }
  | { ok: false; issues: ScenarioIssue[] };

/**
 * The model's output in whole kronor. Growth of up to 100 % a year can carry a figure past what Balans holds
 * (10^15 kr); such a scenario gets an issue naming the year and figure rather than an inexact number.
 */
export function computeScenario(input: ScenarioInput): ScenarioComputation {
  const exact = computeScenarioExact(input);
  const issues: ScenarioIssue[] = [];
  const kronor = (value: Rational, path: string): number => {
    const rounded = roundHalfAwayFromZero(value);
    if (rounded > BigInt(MAX_KRONOR) || rounded < -BigInt(MAX_KRONOR)) {
      issues.push({ path, message: 'blir orimligt stort (över 10^15 kr); kontrollera antagandena' });
      return 0;
    }
    return Number(rounded);
  };
  const years = exact.years.map((year, index): ScenarioYearResult => {
    const ledgerYear = exact.ledger.years[index];
    if (!ledgerYear || ledgerYear.year !== year.year) throw new Error(`The ledger lacks year ${year.year}`);
    const at = (field: keyof ScenarioYearResult, value: Rational) =>
      kronor(value, `years.${year.year}.${field}`);
    return {
      year: year.year,
      revenue: at('revenue', year.revenue),
      netCostBeforePlan: at('netCostBeforePlan', year.netCostBeforePlan),
      netCost: at('netCost', year.netCost),
      result: at('result', year.result),
      goal: at('goal', year.goal),
      gap: at('gap', year.gap),
      requiredPlan: at('requiredPlan', year.requiredPlan),
      planLevel: at('planLevel', year.planLevel),
      balanskravResult: at('balanskravResult', year.balanskravResult),
      deficitOutstanding: at('deficitOutstanding', ledgerYear.outstanding),
      deficitOverdue: ledgerYear.isOverdue,
    };
  });
  if (issues.length > 0) return { ok: false, issues };
  const ledger: ScenarioLedger = {
    deficits: exact.ledger.deficits.map((deficit) => ({
      year: deficit.year,
      amount: Number(roundHalfAwayFromZero(deficit.amount)),
      deadline: deficit.deadline,
      remaining: Number(roundHalfAwayFromZero(deficit.remaining)),
      restoredInYear: deficit.restoredInYear,
    })),
    schedule: exact.ledger.schedule.map((line) => ({
      deficitYear: line.deficitYear,
      restoredInYear: line.restoredInYear,
      amount: Number(roundHalfAwayFromZero(line.amount)),
    })),
  };
  return { ok: true, result: { years, ledger } };
}
