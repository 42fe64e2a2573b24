import type { MeasureReport } from '../../domain/follow-up/report';
import type { PlannedMeasure } from '../../domain/planned-effect';
import type { CostType, MeasureStatus, ReportStatus } from '../../shared/enums';
import type { Tx } from '../db/tenant-scope';

/** Every measure of a plan with what the figures of SPEC §4 need: attributes, effects, programmes. */
export async function findPlannedMeasures(trx: Tx, planId: string): Promise<PlannedMeasure[]> {
  const [measures, effects, programmes] = await Promise.all([
    trx
      .selectFrom('measures')
      .select([
        'id',
        'orgUnitId',
        'status',
        'isTemporary',
        'endMonth',
        'category',
        'groupName',
        'savingsType',
        'feasibility',
      ])
      .where('planId', '=', planId)
      .execute(),
    trx
      .selectFrom('measureEffects')
      .innerJoin('measures', 'measures.id', 'measureEffects.measureId')
      .select([
        'measureEffects.measureId',
        'measureEffects.year',
        'measureEffects.costType',
        'measureEffects.amount',
      ])
      .where('measures.planId', '=', planId)
      .execute(),
    trx
      .selectFrom('measureProgrammes')
      .innerJoin('measures', 'measures.id', 'measureProgrammes.measureId')
      .select(['measureProgrammes.measureId', 'measureProgrammes.programmeId'])
      .where('measures.planId', '=', planId)
      .execute(),
  ]);
  const effectsOf = new Map<string, PlannedMeasure['effects'][number][]>();
  for (const e of effects) {
    const list = effectsOf.get(e.measureId) ?? [];
    list.push({ year: e.year, costType: e.costType as CostType, amount: e.amount });
    effectsOf.set(e.measureId, list);
  }
  const programmesOf = new Map<string, string[]>();
  for (const p of programmes)
    programmesOf.set(p.measureId, [...(programmesOf.get(p.measureId) ?? []), p.programmeId]);
  return measures.map((m) => ({
    id: m.id,
    orgUnitId: m.orgUnitId,
    status: m.status as MeasureStatus,
    isTemporary: m.isTemporary,
    endMonth: m.endMonth,
    category: m.category as PlannedMeasure['category'],
    group: m.groupName,
    savingsType: m.savingsType as PlannedMeasure['savingsType'],
    feasibility: m.feasibility,
    programmeIds: programmesOf.get(m.id) ?? [],
    effects: effectsOf.get(m.id) ?? [],
  }));
}

/** The submitted reports (never drafts) of a plan's measures up to and including `asOf`. */
export async function findSubmittedReports(trx: Tx, planId: string, asOf: string): Promise<MeasureReport[]> {
  const rows = await trx
    .selectFrom('measureReports')
    .innerJoin('measures', 'measures.id', 'measureReports.measureId')
    .select([
      'measureReports.measureId',
      'measureReports.period',
      'measureReports.outcomeYtd',
      'measureReports.forecastYear',
      'measureReports.status',
      'measureReports.comment',
      'measureReports.reportedByName',
      'measureReports.reportedAt',
    ])
    .where('measures.planId', '=', planId)
    .where('measureReports.period', '<=', asOf)
    .where('measureReports.isDraft', '=', false)
    .execute();
  return rows.map((r) => ({
    measureId: r.measureId,
    period: r.period,
    outcomeYtd: r.outcomeYtd,
    forecastYear: r.forecastYear,
    status: r.status as ReportStatus,
    comment: r.comment,
    reportedBy: r.reportedByName,
    reportedAt: r.reportedAt.toISOString(),
  }));
}

/** The plan's reporting rounds up to `asOf`: which subtree was asked to report in which period. */
export async function findRoundsUpTo(
  trx: Tx,
  planId: string,
  asOf: string,
): Promise<{ period: string; orgUnitId: string }[]> {
  return trx
    .selectFrom('reportingRounds')
    .select(['period', 'orgUnitId'])
    .where('planId', '=', planId)
    .where('period', '<=', asOf)
    .execute();
}

/** What a list of measures shows about each: code, title, unit and the responsible person's name. */
export async function findMeasureLabels(
  trx: Tx,
  planId: string,
): Promise<{ id: string; code: string; title: string; orgUnitId: string; responsibleName: string | null }[]> {
  return trx
    .selectFrom('measures')
    .leftJoin('users', 'users.id', 'measures.responsibleUserId')
    .select([
      'measures.id',
      'measures.code',
      'measures.title',
      'measures.orgUnitId',
      (eb) => eb.fn.coalesce('measures.responsibleName', 'users.name').as('responsibleName'),
    ])
    .where('measures.planId', '=', planId)
    .execute();
}
