import { z } from 'zod';
import { DECISION_KINDS } from '../enums';
import { ZId, ZIsoDate, ZRequiredText, ZText } from './common';

/** Every field of a decision (SPEC §2) that a user sets, without defaults (a patch must not invent values). */
const decisionFields = {
  /** The body that decided: regionfullmäktige, regionstyrelse, a nämnd, förvaltningsledning. */
  body: ZRequiredText(200),
  meetingDate: ZIsoDate,
  /** The paragraph of the minutes (`§ 112`). */
  paragraph: ZText(50).nullable(),
  kind: z.enum(DECISION_KINDS, {
    error: 'Typen måste vara decision (beslut), assignment (uppdrag) eller noted (information antecknas)',
  }),
  text: ZRequiredText(20_000),
  /** When an assignment (*uppdrag*) is due. */
  dueOn: ZIsoDate.nullable(),
  planId: ZId.nullable(),
  measureIds: z.array(ZId).max(2_000, { error: 'Högst 2 000 åtgärder per beslut' }),
};

export const ZDecisionInput = z.object({
  ...decisionFields,
  paragraph: decisionFields.paragraph.default(null),
  dueOn: decisionFields.dueOn.default(null),
  planId: decisionFields.planId.default(null),
  measureIds: decisionFields.measureIds.default([]),
});
export type TDecisionInput = z.infer<typeof ZDecisionInput>;

export const ZDecision = ZDecisionInput.extend({
  id: ZId,
  version: z.number().int(),
  createdAt: z.string(),
});
export type TDecision = z.infer<typeof ZDecision>;

/** A partial change: only the fields given change; `version` must be the one the client last saw. */
export const ZDecisionPatch = z
  .object(decisionFields)
  .partial()
  .extend({ version: z.number().int().min(1) });
export type TDecisionPatch = z.infer<typeof ZDecisionPatch>;

export const ZMeasureWithoutDecision = z.object({ id: ZId, code: z.string(), title: z.string() });
export type TMeasureWithoutDecision = z.infer<typeof ZMeasureWithoutDecision>;
