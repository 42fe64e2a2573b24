import { z } from 'zod';
import { ASSIGNMENT_STATUSES, DECISION_KINDS, DECISION_MEASURE_STATUSES } from '../enums';
import { ZId, ZIsoDate, ZRequiredText, ZText } from './common';

/** A link to the minutes (*protokoll*): an http(s) address only, so that no other scheme reaches a page. */
export const ZAttachmentUrl = ZText(2_000).refine(
  (text) => {
    if (!/^https?:\/\//i.test(text)) return false;
    try {
      new URL(text);
      return true;
    } catch {
      return false;
    }
  },
  { error: 'Länken till protokollet måste vara en webbadress som börjar med http:// eller https://' },
);

/** Every field of a decision (SPEC §2) that a user sets, without defaults (a patch must not invent values). */
const decisionFields = {
  /** The body (*organ*) that decided; the server keeps its name as it was then in `body`. */
  bodyId: ZId,
  meetingDate: ZIsoDate,
  /** The paragraph of the minutes (`§ 112`). */
  paragraph: ZText(50).nullable(),
  kind: z.enum(DECISION_KINDS, {
    error: 'Typen måste vara decision (beslut), assignment (uppdrag) eller noted (information antecknas)',
  }),
  text: ZRequiredText(20_000),
  /** When an assignment (*uppdrag*) is due; an assignment must have one. */
  dueOn: ZIsoDate.nullable(),
  planId: ZId.nullable(),
  measureIds: z.array(ZId).max(2_000, { error: 'Högst 2 000 åtgärder per beslut' }),
  attachmentUrl: ZAttachmentUrl.nullable(),
  /** Only for an assignment: open (default), done, cancelled. */
  assignmentStatus: z
    .enum(ASSIGNMENT_STATUSES, { error: 'Uppdragets status måste vara open, done eller cancelled' })
    .nullable(),
  /**
   * Only for a *beslut*: what it does to its linked measures — decided (*beslutad*) or cancelled (*utgår*);
   * null when it only concerns them. Registering it moves every linked measure to that status.
   */
  measureStatus: z
    .enum(DECISION_MEASURE_STATUSES, { error: 'Åtgärdernas nya status måste vara decided eller cancelled' })
    .nullable(),
};

export const ZDecisionInput = z.object({
  ...decisionFields,
  paragraph: decisionFields.paragraph.default(null),
  dueOn: decisionFields.dueOn.default(null),
  planId: decisionFields.planId.default(null),
  measureIds: decisionFields.measureIds.default([]),
  attachmentUrl: decisionFields.attachmentUrl.default(null),
  assignmentStatus: decisionFields.assignmentStatus.default(null),
  measureStatus: decisionFields.measureStatus.default(null),
});
export type TDecisionInput = z.infer<typeof ZDecisionInput>;

export const ZDecision = ZDecisionInput.extend({
  id: ZId,
  /** Null only for a decision registered before bodies existed. */
  bodyId: ZId.nullable(),
  /** The body's name when the decision was registered. */
  body: z.string(),
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

export const ZDecisionQuery = z.object({
  planId: ZId.optional(),
  measureId: ZId.optional(),
  bodyId: ZId.optional(),
  kind: z.enum(DECISION_KINDS).optional(),
  /** Meetings on or after this day. */
  from: ZIsoDate.optional(),
  /** Meetings on or before this day. */
  to: ZIsoDate.optional(),
  /** Only items noted in the minutes (*information antecknas till protokollet*). */
  onlyNoted: z
    .enum(['true', 'false'], { error: 'onlyNoted måste vara true eller false' })
    .transform((value) => value === 'true')
    .optional(),
});
export type TDecisionQuery = z.infer<typeof ZDecisionQuery>;

export const ZMeasureWithoutDecision = z.object({ id: ZId, code: z.string(), title: z.string() });
export type TMeasureWithoutDecision = z.infer<typeof ZMeasureWithoutDecision>;

/** The rules between a decision's fields, for the server and the form alike (field, Swedish message). */
export function decisionFieldIssues(input: TDecisionInput): { field: string; message: string }[] {
  const issues: { field: string; message: string }[] = [];
  if (input.dueOn !== null && input.dueOn < input.meetingDate) {
    issues.push({ field: 'dueOn', message: 'Slutdatumet ligger före sammanträdesdagen' });
  }
  if (input.kind === 'assignment' && input.dueOn === null) {
    issues.push({ field: 'dueOn', message: 'Ett uppdrag måste ha ett slutdatum (förfallodag)' });
  }
  if (input.kind !== 'assignment' && input.assignmentStatus !== null) {
    issues.push({ field: 'assignmentStatus', message: 'Bara ett uppdrag har en status' });
  }
  if (input.kind !== 'decision' && input.measureStatus !== null) {
    issues.push({ field: 'measureStatus', message: 'Bara ett beslut kan ändra åtgärdernas status' });
  }
  if (input.measureStatus !== null && input.measureIds.length === 0) {
    issues.push({ field: 'measureIds', message: 'Välj de åtgärder som beslutet gäller' });
  }
  return issues;
}
