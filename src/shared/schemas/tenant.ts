import { z } from 'zod';
import { ZId, ZKronor, ZRequiredText } from './common';

const ZWeight = z
  .number()
  .min(0, { error: 'Vikten måste vara 0–1' })
  .max(1, { error: 'Vikten måste vara 0–1' })
  // Weights are applied as whole per mille (domain/follow-up/risk-weight.ts): 0,855 is fine, 0,8555 a typo.
  .refine((weight) => Number.isInteger(Math.round(weight * 1e6) / 1e3), {
    error: 'Vikten anges med högst tre decimaler (t.ex. 0,85)',
  });

export const ZTenantSettings = z.object({
  groups: z.array(ZRequiredText(200)).min(1).max(100).optional(),
  feasibilityWeights: z.object({ 1: ZWeight, 2: ZWeight, 3: ZWeight }).optional(),
  /** A forecast that departs from the plan level by more than this many ‰ needs a comment (default 100 = 10 %). */
  forecastDeviationCommentPermille: z
    .number()
    .int({ error: 'Tröskeln anges i hela promille' })
    .min(0, { error: 'Tröskeln kan inte vara negativ' })
    .max(10_000, { error: 'Tröskeln får vara högst 10 000 ‰' })
    .optional(),
  /** A changed amount above this many kronor asks for confirmation (default: 10 % of the planned level, ≥ 50 mnkr). */
  plausibilityLimit: ZKronor.refine((kronor) => kronor > 0, {
    error: 'Gränsen måste vara större än 0',
  }).optional(),
});

export const ZTenant = z.object({
  id: ZId,
  slug: z.string(),
  name: z.string(),
  settings: ZTenantSettings,
  /** The limit in force (kronor): the setting, or 10 % of the tenant's total planned level, at least 50 mnkr. */
  plausibilityLimit: ZKronor,
});
export type TTenant = z.infer<typeof ZTenant>;

export const ZTenantPatch = z.object({
  name: ZRequiredText(200).optional(),
  settings: ZTenantSettings.optional(),
});
