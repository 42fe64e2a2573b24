import { z } from 'zod';
import { ZAmount, ZId, ZKronor, ZRequiredText } from './common';

/**
 * A body that decides (*organ*: regionfullmäktige, regionstyrelse, a nämnd, förvaltningsledning) and its part
 * of the tenant's delegation rule: it may decide a measure of its subtree whose planned level (the highest
 * yearly level over the plan years) is at most `decisionLimit` kronor; null means without limit.
 */
const bodyFields = {
  name: ZRequiredText(200),
  orgUnitId: ZId,
  decisionLimit: ZAmount.min(0, { error: 'Beloppsgränsen får inte vara negativ' }).nullable(),
  sortOrder: z.number().int().min(0, { error: 'Ordningen får inte vara negativ' }).max(10_000),
};

export const ZDecisionBodyInput = z.object({
  ...bodyFields,
  decisionLimit: bodyFields.decisionLimit.default(null),
  sortOrder: bodyFields.sortOrder.default(0),
});
export type TDecisionBodyInput = z.infer<typeof ZDecisionBodyInput>;

/** A partial change (without defaults: an absent field stays as it is); `active: false` retires the body. */
export const ZDecisionBodyPatch = z
  .object(bodyFields)
  .partial()
  .extend({
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
