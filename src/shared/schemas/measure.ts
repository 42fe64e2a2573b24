import { z } from 'zod';
import {
  CATEGORIES,
  COST_TYPES,
  MEASURE_LINK_KINDS,
  MEASURE_STATUSES,
  PERIODICITIES,
  RISK_LEVELS,
  SAVINGS_TYPES,
} from '../enums';
import { ZAmount, ZId, ZIsoDate, ZKronor, ZMonth, ZRequiredText, ZText, ZYear } from './common';

export const ZRisk = z.object({
  level: z.enum(RISK_LEVELS).nullable(),
  text: ZText(10_000).nullable(),
});

export const ZEffect = z.object({
  year: ZYear,
  costType: z.enum(COST_TYPES),
  /** Whole kronor in the plan's effect convention, within ±10^12 (issue 11). */
  amount: ZAmount,
});

export const ZMilestone = z.object({
  title: ZRequiredText(500),
  dueOn: ZIsoDate.nullable().default(null),
  doneOn: ZIsoDate.nullable().default(null),
});

export const ZMeasureLink = z.object({ measureId: ZId, kind: z.enum(MEASURE_LINK_KINDS) });

export const ZCostShift = z.object({
  bearingOrgUnitId: ZId,
  year: ZYear,
  amount: ZAmount,
  description: ZText(2_000).nullable().default(null),
});

const emptyRisk = { level: null, text: null };

/** Every field of a measure (SPEC §2) that a user sets, without defaults (a patch must not invent values). */
const measureFields = {
  code: ZRequiredText(50),
  title: ZRequiredText(500),
  description: ZText(10_000).nullable(),
  orgUnitId: ZId,
  responsibleUserId: ZId.nullable(),
  responsibleName: ZText(200).nullable(),
  category: z.enum(CATEGORIES).nullable(),
  group: ZText(200).nullable(),
  savingsType: z.enum(SAVINGS_TYPES).nullable(),
  feasibility: z
    .union([z.literal(1), z.literal(2), z.literal(3)], { error: 'Genomförbarhet måste vara 1, 2 eller 3' })
    .nullable(),
  isTemporary: z.boolean(),
  status: z.enum(MEASURE_STATUSES),
  startMonth: ZMonth.nullable(),
  endMonth: ZMonth.nullable(),
  fullEffectMonth: ZMonth.nullable(),
  investment: ZAmount.nullable(),
  oneOffCost: ZAmount.nullable(),
  runningCostPerYear: ZAmount.nullable(),
  risks: z.object({ staff: ZRisk, citizen: ZRisk, operations: ZRisk, longTerm: ZRisk }),
  consequences: ZText(10_000).nullable(),
  riskAnalysisRequired: z.boolean(),
  riskAnalysisDoneOn: ZIsoDate.nullable(),
  followUpMetric: ZText(2_000).nullable(),
  followUpMethod: ZText(10_000).nullable(),
  periodicity: z.enum(PERIODICITIES).nullable(),
  comment: ZText(10_000).nullable(),
  effects: z.array(ZEffect).max(500),
  milestones: z.array(ZMilestone).max(200),
  links: z.array(ZMeasureLink).max(200),
  costShifts: z.array(ZCostShift).max(500),
  programmes: z.array(ZRequiredText(200)).max(50),
};

export const ZMeasureInput = z.object({
  ...measureFields,
  description: measureFields.description.default(null),
  responsibleUserId: measureFields.responsibleUserId.default(null),
  responsibleName: measureFields.responsibleName.default(null),
  category: measureFields.category.default(null),
  group: measureFields.group.default(null),
  savingsType: measureFields.savingsType.default(null),
  feasibility: measureFields.feasibility.default(null),
  isTemporary: measureFields.isTemporary.default(false),
  status: measureFields.status.default('proposed'),
  startMonth: measureFields.startMonth.default(null),
  endMonth: measureFields.endMonth.default(null),
  fullEffectMonth: measureFields.fullEffectMonth.default(null),
  investment: measureFields.investment.default(null),
  oneOffCost: measureFields.oneOffCost.default(null),
  runningCostPerYear: measureFields.runningCostPerYear.default(null),
  risks: measureFields.risks.default({
    staff: emptyRisk,
    citizen: emptyRisk,
    operations: emptyRisk,
    longTerm: emptyRisk,
  }),
  consequences: measureFields.consequences.default(null),
  riskAnalysisRequired: measureFields.riskAnalysisRequired.default(false),
  riskAnalysisDoneOn: measureFields.riskAnalysisDoneOn.default(null),
  followUpMetric: measureFields.followUpMetric.default(null),
  followUpMethod: measureFields.followUpMethod.default(null),
  periodicity: measureFields.periodicity.default(null),
  comment: measureFields.comment.default(null),
  effects: measureFields.effects.default([]),
  milestones: measureFields.milestones.default([]),
  links: measureFields.links.default([]),
  costShifts: measureFields.costShifts.default([]),
  programmes: measureFields.programmes.default([]),
});
export type TMeasureInput = z.infer<typeof ZMeasureInput>;

/**
 * A stored measure. Its amounts are checked against what a figure may hold (ZKronor), not the input bound:
 * an amount saved before the bound existed must still be shown, so that it can be corrected.
 */
export const ZMeasure = ZMeasureInput.extend({
  effects: z.array(ZEffect.extend({ amount: ZKronor })).default([]),
  costShifts: z.array(ZCostShift.extend({ amount: ZKronor })).default([]),
  investment: ZKronor.nullable().default(null),
  oneOffCost: ZKronor.nullable().default(null),
  runningCostPerYear: ZKronor.nullable().default(null),
  id: ZId,
  planId: ZId,
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TMeasure = z.infer<typeof ZMeasure>;

/** A partial change: only the fields given change; `version` must be the one the client last saw. */
export const ZMeasurePatch = z
  .object(measureFields)
  .partial()
  .extend({ version: z.number().int().min(1) });
export type TMeasurePatch = z.infer<typeof ZMeasurePatch>;
