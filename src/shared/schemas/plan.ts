import { z } from 'zod';
import { EFFECT_CONVENTIONS, PLAN_STATUSES } from '../enums';
import { ZAmount, ZId, ZKronor, ZRequiredText, ZText, ZYear } from './common';

export const ZPlanTarget = z.object({
  /** null: the target of the whole plan; otherwise the unit's *sparbeting*. */
  orgUnitId: ZId.nullable(),
  year: ZYear,
  amount: ZKronor,
});

export const ZPlan = z.object({
  id: ZId,
  name: z.string(),
  firstYear: z.number().int(),
  lastYear: z.number().int(),
  convention: z.enum(EFFECT_CONVENTIONS),
  baselineAmount: ZKronor.nullable(),
  baselineText: z.string().nullable(),
  status: z.enum(PLAN_STATUSES),
  decidedAt: z.string().nullable(),
  version: z.number().int(),
  targets: z.array(ZPlanTarget),
});
export type TPlan = z.infer<typeof ZPlan>;

export const ZPlanInput = z
  .object({
    name: ZRequiredText(300),
    firstYear: ZYear,
    lastYear: ZYear,
    convention: z.enum(EFFECT_CONVENTIONS),
    baselineAmount: ZAmount.nullable().default(null),
    baselineText: ZText(2_000).nullable().default(null),
  })
  .refine((plan) => plan.lastYear >= plan.firstYear && plan.lastYear - plan.firstYear <= 20, {
    error: 'Planens sista år måste vara samma som eller efter det första, och högst 20 år senare',
    path: ['lastYear'],
  });

export const ZPlanPatch = z.object({
  version: z.number().int().min(1),
  name: ZRequiredText(300).optional(),
  firstYear: ZYear.optional(),
  lastYear: ZYear.optional(),
  convention: z.enum(EFFECT_CONVENTIONS).optional(),
  baselineAmount: ZAmount.nullable().optional(),
  baselineText: ZText(2_000).nullable().optional(),
  status: z.enum(PLAN_STATUSES).optional(),
});
export type TPlanPatch = z.infer<typeof ZPlanPatch>;
