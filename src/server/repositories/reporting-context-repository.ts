import { sql } from 'kysely';
import type { EffectConvention } from '../../shared/enums';
import { assertKronor } from '../../shared/money';
import type { Tx } from '../db/tenant-scope';
import type { ReportRecord } from './report-repository';
import type { ReportingMeasure } from './round-repository';

/** A unit and its parent. */
export interface UnitLink {
  id: string;
  parentId: string | null;
}

/** What a write of one measure's report for one period must know, read by one statement. */
export interface ReportingContext {
  measure: ReportingMeasure;
  /** The convention of the measure's plan (its planned level depends on it). */
  convention: EffectConvention;
  /** The measure's unit and every unit above it: all the tree that access to the measure depends on. */
  unitPath: UnitLink[];
  /** The units where a round of the measure's plan is open for the period. */
  openRoundUnitIds: string[];
  /** Whether a closed round has frozen the (measure, period) report. */
  isFrozen: boolean;
  /** The stored report for the period, draft or submitted. */
  existing: ReportRecord | undefined;
}

interface ContextRow extends Omit<ReportingMeasure, 'effects'> {
  convention: EffectConvention;
  effects: { year: number; costType: string; amount: string }[];
  unitPath: UnitLink[];
  openRoundUnitIds: string[];
  isFrozen: boolean;
  reportId: string | null;
  outcomeYtd: number | null;
  forecastYear: number | null;
  reportStatus: string | null;
  comment: string | null;
  isDraft: boolean | null;
  isUnchanged: boolean | null;
  reportedBy: string | null;
  reportedByName: string | null;
  reportedAt: Date | null;
  version: number | null;
}

/**
 * The measure (with its effects and plan convention), its unit path, the open rounds and the freeze of the
 * period, and the stored report — in one round trip, where a report save used to need seven. Undefined
 * when the measure does not exist (for this tenant: row-level security applies to every table read).
 */
export async function findReportingContext(
  trx: Tx,
  measureId: string,
  period: string,
): Promise<ReportingContext | undefined> {
  const result = await sql<ContextRow>`
    with recursive m as (
      select m.id, m.code, m.plan_id, m.org_unit_id, m.responsible_user_id, m.status, m.is_temporary,
        m.end_month, p.convention
      from measures m join plans p on p.id = m.plan_id
      where m.id = ${measureId}
    ),
    unit_path(id, parent_id) as (
      select u.id, u.parent_id from org_units u join m on u.id = m.org_unit_id
      union
      select u.id, u.parent_id from unit_path c join org_units u on u.id = c.parent_id
    )
    select m.*,
      (select coalesce(json_agg(json_build_object('year', e.year, 'costType', e.cost_type,
          'amount', e.amount::text)), '[]'::json)
        from measure_effects e where e.measure_id = m.id) as effects,
      (select json_agg(json_build_object('id', c.id, 'parentId', c.parent_id)) from unit_path c) as unit_path,
      (select coalesce(json_agg(r.org_unit_id), '[]'::json) from reporting_rounds r
        where r.plan_id = m.plan_id and r.period = ${period} and r.status = 'open') as open_round_unit_ids,
      exists (select 1 from frozen_reports f where f.measure_id = m.id and f.period = ${period}) as is_frozen,
      r.id as report_id, r.outcome_ytd, r.forecast_year, r.status as report_status, r.comment, r.is_draft,
      r.is_unchanged, r.reported_by, r.reported_by_name, r.reported_at, r.version
    from m left join measure_reports r on r.measure_id = m.id and r.period = ${period}
  `.execute(trx);
  const row = result.rows[0];
  if (!row) return undefined;
  const measure: ReportingMeasure = {
    id: row.id,
    code: row.code,
    planId: row.planId,
    orgUnitId: row.orgUnitId,
    responsibleUserId: row.responsibleUserId,
    status: row.status,
    isTemporary: row.isTemporary,
    endMonth: row.endMonth,
    effects: row.effects.map((effect) => ({ ...effect, amount: assertKronor(Number(effect.amount)) })),
  };
  const existing: ReportRecord | undefined =
    row.reportId === null
      ? undefined
      : {
          id: row.reportId,
          measureId: row.id,
          period,
          outcomeYtd: row.outcomeYtd,
          forecastYear: row.forecastYear,
          status: row.reportStatus!,
          comment: row.comment,
          isDraft: row.isDraft!,
          isUnchanged: row.isUnchanged!,
          reportedBy: row.reportedBy,
          reportedByName: row.reportedByName!,
          reportedAt: row.reportedAt!,
          version: row.version!,
        };
  return {
    measure,
    convention: row.convention,
    unitPath: row.unitPath,
    openRoundUnitIds: row.openRoundUnitIds,
    isFrozen: row.isFrozen,
    existing,
  };
}
