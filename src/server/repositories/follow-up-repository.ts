import { sql } from 'kysely';
import type { MeasureReport } from '../../domain/follow-up/report';
import type { PlannedMeasure } from '../../domain/planned-effect';
import type { CostType, MeasureStatus, ReportStatus } from '../../shared/enums';
import type { Tx } from '../db/tenant-scope';

/** Every measure of a plan with what the figures of SPEC §4 need: attributes, effects, programmes. */
export async function findPlannedMeasures(trx: Tx, planId: string): Promise<PlannedMeasure[]> {
  const [measures, effects, programmes] = await Promise.all([
    trx
      .selectFrom('measuresAsOf')
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
      .selectFrom('measureEffectsAsOf as measureEffects')
      .innerJoin('measuresAsOf as measures', 'measures.id', 'measureEffects.measureId')
      .select([
        'measureEffects.measureId',
        'measureEffects.year',
        'measureEffects.costType',
        'measureEffects.amount',
      ])
      .where('measures.planId', '=', planId)
      .execute(),
    trx
      .selectFrom('measureProgrammesAsOf as measureProgrammes')
      .innerJoin('measuresAsOf as measures', 'measures.id', 'measureProgrammes.measureId')
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

/**
 * The submitted reports (never drafts) that the figures of `year` (and later years) as of `asOf` can depend on:
 * every report from January of `year` up to `asOf`, and each measure's latest report before it (for "stale
 * since" and for a round due before the year began). Older reports cannot change any figure (domain/follow-up), so a
 * plan with years of history reads a few rows per measure instead of all of them.
 */
export async function findSubmittedReports(
  trx: Tx,
  planId: string,
  year: number,
  asOf: string,
): Promise<MeasureReport[]> {
  const yearStart = `${year}-01`;
  const columns = sql.raw(
    'r.measure_id, r.period, r.outcome_ytd, r.forecast_year, r.status, r.comment, r.reported_by_name, r.reported_at',
  );
  const result = await sql<{
    measureId: string;
    period: string;
    outcomeYtd: number | null;
    forecastYear: number | null;
    status: string;
    comment: string | null;
    reportedByName: string;
    reportedAt: Date;
  }>`
    select ${columns}
    from measure_reports_as_of r join measures_as_of m on m.id = r.measure_id
    where m.plan_id = ${planId} and not r.is_draft and r.period >= ${yearStart} and r.period <= ${asOf}
    union all
    select ${columns}
    from measures_as_of m cross join lateral (
      select * from measure_reports_as_of r
      where r.measure_id = m.id and not r.is_draft and r.period < ${yearStart} and r.period <= ${asOf}
      order by r.period desc
      limit 1
    ) r
    where m.plan_id = ${planId}
  `.execute(trx);
  return result.rows.map((r) => ({
    measureId: r.measureId,
    period: r.period,
    outcomeYtd: r.outcomeYtd,
    forecastYear: r.forecastYear,
    status: r.status as ReportStatus,
    comment: r.comment,
    reportedBy: r.reportedByName,
    reportedAt: new Date(r.reportedAt).toISOString(),
  }));
}

/** The plan's reporting rounds up to `asOf`: which subtree was asked to report in which period. */
export async function findRoundsUpTo(
  trx: Tx,
  planId: string,
  asOf: string,
): Promise<{ period: string; orgUnitId: string }[]> {
  return trx
    .selectFrom('reportingRoundsAsOf')
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
    .selectFrom('measuresAsOf as measures')
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
