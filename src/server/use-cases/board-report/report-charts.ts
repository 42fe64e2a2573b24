import { computeScenario } from '../../../domain/scenario/compute-scenario';
import type { TBoardReport, TReportUnit } from '../../../shared/schemas/board-report';
import type { Actor } from '../../actor';
import type { Tx } from '../../db/tenant-scope';
import type { PlanRecord } from '../../repositories/plan-repository';
import { listScenarios } from '../../repositories/scenario-repository';
import { getForecastHistory } from '../follow-up/get-forecast-history';
import { summarizePlan } from '../summarize-plan';

type Charts = TBoardReport['charts'];

export interface ChartQuery {
  year: number;
  period: string;
  /** The summary's scope: undefined for the whole organisation. */
  orgUnitId: string | undefined;
  target: number | null;
  /** The forecast of the whole organisation, when the report covers it; else no waterfall. */
  organisationForecast: number | undefined;
}

/**
 * The report's charts: target and forecast per sub-unit; the forecast history of the scope up to the period
 * (the follow-up's, each point what the summary as of that period shows); planned and forecast per savings
 * type (the summary by savings type); and the waterfall (`waterfall`).
 */
export async function reportCharts(
  trx: Tx,
  actor: Actor,
  plan: PlanRecord,
  units: readonly Omit<TReportUnit, 'analysis' | 'comments'>[],
  query: ChartQuery,
): Promise<Charts> {
  const history = await getForecastHistory(trx, actor, plan.id, {
    year: query.year,
    orgUnitId: query.orgUnitId,
  });
  const bySavingsType = await summarizePlan(trx, plan, {
    year: query.year,
    by: 'savingsType',
    orgUnitId: query.orgUnitId,
    period: query.period,
  });
  return {
    unitTargets: units.map((unit) => ({ path: unit.path, target: unit.target, forecast: unit.forecast })),
    forecastHistory: history.points
      .filter((point) => point.period <= query.period)
      .map((point) => ({
        period: point.period,
        forecast: point.forecast,
        outcome: point.outcome,
        target: query.target,
      })),
    savingsTypes: bySavingsType.rows.map((row) => ({
      savingsType: row.key,
      planned: row.planned,
      forecast: row.forecast ?? 0,
    })),
    waterfall:
      query.organisationForecast === undefined
        ? null
        : await waterfall(trx, plan.id, query.year, query.organisationForecast),
  };
}

/**
 * From the result before the plan through the plan's forecast to the result goal, in the plan's first linked
 * scenario (by name) with the year's plan level set to the forecast of the whole organisation: start = the
 * result before the plan, + the forecast, = the result with the plan, + what remains to the goal, = the goal.
 * Null when no scenario is linked to the plan or the scenario does not hold the year.
 */
async function waterfall(
  trx: Tx,
  planId: string,
  year: number,
  forecast: number,
): Promise<Charts['waterfall']> {
  const scenario = (await listScenarios(trx)).find((s) => s.planId === planId);
  const assumptions = scenario?.input.years[String(year)];
  if (!scenario || !assumptions) return null;
  const computation = computeScenario({
    ...scenario.input,
    years: { ...scenario.input.years, [String(year)]: { ...assumptions, planLevel: forecast } },
  });
  if (!computation.ok) return null;
  const result = computation.result.years.find((y) => y.year === year);
  if (!result) return null;
  const before = result.result - forecast;
  return {
    scenarioName: scenario.name,
    year,
    steps: [
      { label: `Resultat före planen ${year}`, amount: before, kind: 'start' },
      { label: 'Planens prognos', amount: forecast, kind: 'step' },
      { label: 'Resultat med planen', amount: result.result, kind: 'end' },
      { label: 'Kvar till resultatmålet', amount: result.goal - result.result, kind: 'step' },
      { label: 'Resultatmål', amount: result.goal, kind: 'end' },
    ],
  };
}
