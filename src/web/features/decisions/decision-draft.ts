import { DECISION_KINDS, type DecisionKind, type DecisionMeasureStatus } from '../../../shared/enums';
import { decisionFieldIssues, type TDecisionInput } from '../../../shared/schemas/decision';

/** What the "Registrera beslut" form holds, as typed. */
export interface DecisionDraft {
  bodyId: string;
  meetingDate: string;
  paragraph: string;
  kind: DecisionKind;
  text: string;
  dueOn: string;
  measureStatus: DecisionMeasureStatus | '';
  attachmentUrl: string;
  /** Measure codes separated by commas (or spaces). */
  codes: string;
}

export function emptyDraft(codes = ''): DecisionDraft {
  return {
    bodyId: '',
    meetingDate: '',
    paragraph: '',
    kind: 'decision',
    text: '',
    dueOn: '',
    measureStatus: codes ? 'decided' : '',
    attachmentUrl: '',
    codes,
  };
}

export function splitCodes(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[,;\s]+/)
        .map((code) => code.trim())
        .filter(Boolean),
    ),
  ];
}

/**
 * The API input of a draft, or the errors per field (the same rules as the server's, so that most mistakes are
 * told before sending). `idOfCode` finds a measure of the plan by its code.
 */
export function parseDecisionDraft(
  draft: DecisionDraft,
  planId: string,
  idOfCode: (code: string) => string | undefined,
  words: { required: string; unknownCodes: (codes: string) => string },
): { input?: TDecisionInput; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  if (!draft.bodyId) errors.bodyId = words.required;
  if (!draft.meetingDate) errors.meetingDate = words.required;
  if (!draft.text.trim()) errors.text = words.required;
  if (!(DECISION_KINDS as readonly string[]).includes(draft.kind)) errors.kind = words.required;
  const codes = splitCodes(draft.codes);
  const unknown = codes.filter((code) => !idOfCode(code));
  if (unknown.length > 0) errors.measureIds = words.unknownCodes(unknown.join(', '));
  const input: TDecisionInput = {
    bodyId: draft.bodyId,
    meetingDate: draft.meetingDate,
    paragraph: draft.paragraph.trim() || null,
    kind: draft.kind,
    text: draft.text.trim(),
    dueOn: draft.kind === 'assignment' ? draft.dueOn || null : null,
    planId,
    measureIds: codes.map(idOfCode).filter((id): id is string => id !== undefined),
    attachmentUrl: draft.attachmentUrl.trim() || null,
    assignmentStatus: null,
    measureStatus: draft.kind === 'decision' && draft.measureStatus ? draft.measureStatus : null,
  };
  if (draft.meetingDate) {
    for (const issue of decisionFieldIssues(input)) errors[issue.field] ??= issue.message;
  }
  return Object.keys(errors).length > 0 ? { errors } : { input, errors };
}
