import { z } from 'zod';
import { ZAmount, ZId, ZKronor, ZRequiredText } from './common';

/**
 * A body that decides (*organ*: regionfullmäktige, regionstyrelse, a nämnd, förvaltningsledning) and its part
 * of the tenant's delegation rule: it may decide a measure of its subtree whose planned level (the highest
 * yearly level over the plan years) is at most `decisionLimit` kronor; null means without limit.
 */
export const ZDecisionBodyInput = z.object({
  name: ZRequiredText(200),
  orgUnitId: ZId,
  decisionLimit: ZAmount.min(0, { error: 'Beloppsgränsen får inte vara negativ' }).nullable().default(null),
  sortOrder: z.number().int().min(0).max(10_000).default(0),
});
export type TDecisionBodyInput = z.infer<typeof ZDecisionBodyInput>;

export const ZDecisionBodyPatch = ZDecisionBodyInput.partial().extend({
  active: z.boolean().optional(),
  version: z.number().int().min(1),
});
export type TDecisionBodyPatch = z.infer<typeof ZDecisionBodyPatch>;

export const ZDecisionBody = z.object({
  id: ZId,
  name: z.string(),
  orgUnitId: ZId,
  /** Full path of the governed unit from the top (`Region X / Förvaltning Y`). */
  orgUnitPath: z.string(),
  decisionLimit: ZKronor.nullable(),
  sortOrder: z.number().int(),
  active: z.boolean(),
  version: z.number().int(),
});
export type TDecisionBody = z.infer<typeof ZDecisionBody>;
