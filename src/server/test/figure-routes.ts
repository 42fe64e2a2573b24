import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import { headers, type Session } from './test-app';

/**
 * Every route that shows a figure of a plan (issue 11, item 3), as `session` reads it: the summary for a year
 * by several groupings with and without a follow-up period, the forecast history of the plan and of a unit, and
 * a scenario computed with the plan's full, risk-weighted and forecast level. Name → HTTP status.
 */
export async function readFigureRoutes(
  app: FastifyInstance,
  session: Session,
  planId: string,
  unitId: string,
): Promise<Record<string, number>> {
  const summary = `/api/plans/${planId}/summary?year=2024`;
  const urls: Record<string, string> = {
    summary,
    period: `${summary}&period=2024-12`,
    unitPeriod: `${summary}&period=2024-08&orgUnitId=${unitId}`,
    costType: `${summary}&by=costType&period=2024-12`,
    year: `${summary}&by=year`,
    feasibility: `${summary}&by=feasibility&period=2024-08`,
    savingsType: `${summary}&by=savingsType&period=2024-12`,
    programme: `${summary}&by=programme`,
    history: `/api/plans/${planId}/forecast-history?year=2024`,
    unitHistory: `/api/plans/${planId}/forecast-history?year=2024&orgUnitId=${unitId}`,
  };
  const statuses: Record<string, number> = {};
  for (const [name, url] of Object.entries(urls)) {
    statuses[name] = (await app.inject({ method: 'GET', url, headers: headers(session) })).statusCode;
  }
  const year = {
    revenueGrowth: 0.04,
    wageGrowth: 0.035,
    priceGrowth: 0.025,
    personnelShare: 0.5,
    otherShare: 0.45,
    volume: 0,
  };
  for (const planSource of ['full', 'riskWeighted', 'forecast']) {
    const scenario = await app.inject({
      method: 'POST',
      url: '/api/scenarios/compute',
      headers: headers(session),
      payload: {
        planId,
        planSource,
        input: {
          baseYear: 2023,
          base: { revenue: 12_900_000_000, netCost: 13_000_000_000 },
          years: { '2024': year, '2025': year, '2026': year },
        },
      },
    });
    statuses[`scenario-${planSource}`] = scenario.statusCode;
  }
  return statuses;
}

export function expectAllFigures200(statuses: Record<string, number>): void {
  expect(Object.entries(statuses).filter(([, status]) => status !== 200)).toEqual([]);
}
