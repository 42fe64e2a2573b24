import type { Kysely } from 'kysely';
import { canReadAll, canReadUnit } from '../../domain/access';
import { PATH_SEPARATOR, unitPaths } from '../../domain/org-tree';
import type { TMeasure } from '../../shared/schemas/measure';
import type { Actor } from '../actor';
import type { Database } from '../db/schema';
import { type Tx, withTenant } from '../db/tenant-scope';
import { notFound } from '../errors';
import { type PlanWorkbookContent, type PlanWorkbookRow, planWorkbookBytes } from '../io/write-plan-workbook';
import { findPlanMeasureIds } from '../repositories/measure-list-repository';
import { findMeasures } from '../repositories/measure-repository';
import { listUsers } from '../repositories/user-repository';
import { loadTree, requirePlan } from './load-access';

export interface PlanExport {
  /** `<plan name>.xlsx`, as the user would save it. */
  fileName: string;
  bytes: Buffer;
  measureCount: number;
}

/** Orders codes as people read them: HS-2 before HS-10. */
const compareCodes = new Intl.Collator('sv', { numeric: true }).compare;

/**
 * The plan as the Excel template of SPEC §7 (see `write-plan-workbook.ts`), with every measure the actor may
 * read: a user whose roles cover only a subtree gets that subtree's measures. Reads in one transaction; the
 * file is written after it has ended.
 */
export async function exportPlan(db: Kysely<Database>, actor: Actor, planId: string): Promise<PlanExport> {
  const content = await withTenant(db, actor.tenantId, (trx) => loadPlanContent(trx, actor, planId));
  return {
    fileName: `${content.planName}.xlsx`,
    bytes: await planWorkbookBytes(content),
    measureCount: content.rows.length,
  };
}

async function loadPlanContent(trx: Tx, actor: Actor, planId: string): Promise<PlanWorkbookContent> {
  const plan = await requirePlan(trx, planId);
  const { units, parents } = await loadTree(trx);
  const readable = canReadAll(actor, units)
    ? undefined
    : units.filter((unit) => canReadUnit(actor, parents, unit.id)).map((unit) => unit.id);
  const ids = await findPlanMeasureIds(trx, plan.id, readable);
  const measures = await findMeasures(trx, ids);
  const paths = unitPaths(units);
  const needsUserNames = measures.some((m) => m.responsibleName === null && m.responsibleUserId !== null);
  const userNames = new Map(needsUserNames ? (await listUsers(trx)).map((user) => [user.id, user.name]) : []);
  const rows = measures
    .sort((a, b) => compareCodes(a.code, b.code))
    .map((measure) => {
      const path = paths.get(measure.orgUnitId);
      // Row-level security and foreign keys keep every measure's unit in the tenant's tree.
      if (path === undefined) throw notFound(`Enheten för åtgärden ${measure.code}`);
      return workbookRow(measure, path.split(PATH_SEPARATOR), userNames);
    });
  const years: number[] = [];
  for (let year = plan.firstYear; year <= plan.lastYear; year++) years.push(year);
  return { planName: plan.name, convention: plan.convention, years, rows };
}

/** A stored measure as a row of the template: its unit as a path, its responsible as a name. */
export function workbookRow(
  measure: TMeasure,
  unitPath: string[],
  userNames: ReadonlyMap<string, string>,
): PlanWorkbookRow {
  const responsible =
    measure.responsibleName ??
    (measure.responsibleUserId ? (userNames.get(measure.responsibleUserId) ?? null) : null);
  return {
    code: measure.code,
    title: measure.title,
    description: measure.description,
    unitPath,
    responsible,
    category: measure.category,
    group: measure.group,
    savingsType: measure.savingsType,
    feasibility: measure.feasibility,
    status: measure.status,
    isTemporary: measure.isTemporary,
    startMonth: measure.startMonth,
    endMonth: measure.endMonth,
    fullEffectMonth: measure.fullEffectMonth,
    followUpMetric: measure.followUpMetric,
    followUpMethod: measure.followUpMethod,
    periodicity: measure.periodicity,
    risks: measure.risks,
    consequences: measure.consequences,
    investment: measure.investment,
    oneOffCost: measure.oneOffCost,
    runningCostPerYear: measure.runningCostPerYear,
    comment: measure.comment,
    effects: measure.effects.map((effect) => ({ ...effect })),
  };
}
