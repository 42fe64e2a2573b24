import type { TMyReport } from '../../../shared/schemas/report';
import { submissionErrors, valuesOf } from './report-form';

/** One measure "Alla oförändrade" will confirm: last period's values, and the comment they need, if any. */
export interface UnchangedCandidate {
  item: TMyReport;
  /** Why a comment is needed (the server's own words), or undefined when none is. */
  commentReason: string | undefined;
}

/**
 * What "Alla oförändrade" would do (issue 11, item 18), for the confirmation to list: the measures it confirms —
 * not reported yet, with a report earlier this year, no draft and nothing typed on the page — each with the
 * reason a comment is needed when the repeated report is red or off the plan beyond the threshold (the check
 * a submitted report meets, mirrored from the server); and the drafts it leaves alone.
 */
export function unchangedCandidates(
  items: readonly TMyReport[],
  typed: ReadonlySet<string>,
  permille: number,
): { confirm: UnchangedCandidate[]; drafts: TMyReport[] } {
  const open = items.filter((i) => i.canConfirmUnchanged && !typed.has(i.measureId) && i.previous);
  return {
    confirm: open
      .filter((i) => !i.current)
      .map((item) => ({
        item,
        commentReason: submissionErrors(
          { ...valuesOf(item.previous!), comment: '' },
          item.plannedLevel,
          permille,
        ).comment,
      })),
    drafts: open.filter((i) => i.current?.isDraft),
  };
}

/**
 * The request: the measures to confirm and, per measure, the comment typed in the confirmation. A measure that
 * needs a comment and got none is sent all the same — the server skips it and says why — and is named in
 * `left`, so the confirmation can say beforehand that it will stay to be reported.
 */
export function unchangedRequest(
  candidates: readonly UnchangedCandidate[],
  comments: Readonly<Record<string, string>>,
): { measureIds: string[]; comments: Record<string, string>; left: UnchangedCandidate[] } {
  const measureIds: string[] = [];
  const sent: Record<string, string> = {};
  const left: UnchangedCandidate[] = [];
  for (const candidate of candidates) {
    const id = candidate.item.measureId;
    const comment = comments[id]?.trim() ?? '';
    measureIds.push(id);
    if (candidate.commentReason && !comment) left.push(candidate);
    if (comment) sent[id] = comment;
  }
  return { measureIds, comments: sent, left };
}

/** "Oförändrad" on one row: why the repeated report needs a comment and `comment` (typed) is none, else undefined. */
export function unchangedCommentNeeded(
  item: Pick<TMyReport, 'previous' | 'plannedLevel'>,
  comment: string,
  permille: number,
): string | undefined {
  if (!item.previous) return undefined;
  return submissionErrors({ ...valuesOf(item.previous), comment }, item.plannedLevel, permille).comment;
}
