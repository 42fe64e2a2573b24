import { canReadAll, canReadUnit } from '../../../domain/access';
import { subtreeIds, unitPaths } from '../../../domain/org-tree';
import type { TBoardReport } from '../../../shared/schemas/board-report';
import type { Actor } from '../../actor';
import { asOfInstant, type Tx, transactionInstant } from '../../db/tenant-scope';
import { AppError, forbidden, notFound } from '../../errors';
import {
  findOrganisationName,
  findPlanDecisions,
  findReportMeasures,
  findYearCommitments,
} from '../../repositories/board-report-repository';
import { listMeasureFollowUp } from '../follow-up/list-measure-follow-up';
import { loadTree, requirePlan } from '../load-access';
import { summarizePlan } from '../summarize-plan';
import { withAnalyses } from './report-analyses';
import { reportCharts } from './report-charts';
import { reportLists } from './report-lists';
import { reportMeasures } from './report-measures';
import { reportFigures, reportUnitRows } from './report-units';

export interface BoardReportQuery {
  /** The report's unit; the top unit (the whole organisation) when absent. */
  unitId?: string | undefined;
  /** `YYYY-MM`: the report's year is its year. */
  period: string;
}

/** The last day (`YYYY-MM-DD`) of a period `YYYY-MM`. */
export function periodEnd(period: string): string {
  const [year, month] = period.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

/**
 * The board report (*nämndrapport*, SPEC §6, issue 12) of a plan for a unit and a period, as of the
 * transaction's instant: the key figures and the sub-units' rows are the follow-up summary's by unit, the
 * measures' rows the per-measure follow-up's — the same figures, never computed a second way. Readable by
 * whoever may read the summary of the same scope.
 */
export async function buildBoardReport(
  trx: Tx,
  actor: Actor,
  planId: string,
  query: BoardReportQuery,
): Promise<TBoardReport> {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(query.period)) {
    throw new AppError('VALIDATION', 'Ange perioden som ÅÅÅÅ-MM, till exempel 2024-08');
  }
  const plan = await requirePlan(trx, planId);
  const { units, parents } = await loadTree(trx);
  const unit = query.unitId
    ? units.find((u) => u.id === query.unitId)
    : units.find((u) => u.parentId === null);
  if (!unit) throw notFound('Enheten');
  const whole = unit.parentId === null && units.filter((u) => u.parentId === null).length === 1;
  if (whole ? !canReadAll(actor, units) : !canReadUnit(actor, parents, unit.id)) {
    throw forbidden('Du har inte behörighet till enheten; välj en enhet du har tillgång till');
  }
  const year = Number(query.period.slice(0, 4));
  const orgUnitId = whole ? undefined : unit.id;
  const summary = await summarizePlan(trx, plan, { year, by: 'unit', orgUnitId, period: query.period });
  const figures = reportFigures(summary.total);
  const paths = unitPaths(units);
  const inScope = subtreeIds(units, unit.id);
  const labels = new Map(
    (await findReportMeasures(trx, plan.id)).filter((m) => inScope.has(m.orgUnitId)).map((m) => [m.id, m]),
  );
  const hasOwnMeasures = [...labels.values()].some((m) => m.orgUnitId === unit.id);
  const unitRows = reportUnitRows(summary, units, unit.id, figures, hasOwnMeasures);
  const groupOf = (orgUnitId: string): string => {
    let id = orgUnitId;
    while (id !== unit.id && parents.get(id) !== unit.id) id = parents.get(id) ?? unit.id;
    return id;
  };
  const followUp = await listMeasureFollowUp(trx, actor, plan.id, { year, period: query.period, orgUnitId });
  const measures = reportMeasures(
    followUp,
    labels,
    paths,
    groupOf,
    unitRows.map((row) => row.unitId),
  );
  const [decisions, commitments] = await Promise.all([
    findPlanDecisions(trx, plan.id, periodEnd(query.period)),
    findYearCommitments(trx, plan.id, year),
  ]);
  const lists = reportLists(
    { year, periodEnd: periodEnd(query.period), measures: labels, inScope, paths },
    decisions,
    commitments,
  );
  const charts = await reportCharts(trx, actor, plan, unitRows, {
    year,
    period: query.period,
    orgUnitId,
    target: figures.target,
    organisationForecast: whole ? figures.forecast : undefined,
  });
  const analysed = await withAnalyses(trx, plan.id, query.period, unitRows, measures, unit.id);
  const asOf = asOfInstant(trx);
  return {
    organisation: await findOrganisationName(trx),
    plan: { id: plan.id, name: plan.name, convention: plan.convention },
    unit: { id: unit.id, path: paths.get(unit.id) ?? unit.name, name: unit.name },
    period: query.period,
    year,
    asOf: asOf ?? null,
    generatedAt: (await transactionInstant(trx)).toISOString(),
    figures,
    units: analysed.units,
    analysis: analysed.analysis,
    measures,
    decisions: lists.decisions,
    withoutDecision: lists.withoutDecision,
    missingRiskAnalysis: lists.missingRiskAnalysis,
    staleMeasures: measures
      .filter((m) => m.stale)
      .map((m) => ({ code: m.code, responsible: m.responsible, lastReported: m.lastReported })),
    notedDecisions: lists.notedDecisions,
    assignmentsPastDue: lists.assignmentsPastDue,
    commitmentsNotAccepted: lists.commitmentsNotAccepted,
    charts,
    published: null,
  };
}
