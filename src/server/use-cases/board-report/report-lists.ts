import { compareSwedish } from '../../../shared/collation';
import type { TBoardReport, TReportDecision } from '../../../shared/schemas/board-report';
import type {
  ReportCommitmentRow,
  ReportDecisionRow,
  ReportMeasureRow,
} from '../../repositories/board-report-repository';

export interface ListContext {
  /** The report's year and the last day of its period (YYYY-MM-DD). */
  year: number;
  periodEnd: string;
  /** The measures of the report's scope (subtree), by id. */
  measures: ReadonlyMap<string, ReportMeasureRow>;
  /** The units of the scope (subtree) and their paths. */
  inScope: ReadonlySet<string>;
  paths: ReadonlyMap<string, string>;
}

function present(decision: ReportDecisionRow, codeOf: ReadonlyMap<string, string>): TReportDecision {
  return {
    id: decision.id,
    body: decision.body,
    meetingDate: decision.meetingDate,
    paragraph: decision.paragraph,
    kind: decision.kind,
    text: decision.text,
    dueOn: decision.dueOn,
    assignmentStatus: decision.assignmentStatus,
    attachmentUrl: decision.attachmentUrl,
    measureCodes: decision.measureIds.flatMap((id) => (codeOf.has(id) ? [codeOf.get(id)!] : [])).sort(),
  };
}

/**
 * The decisions and the lists of the report (issue 12 item 3), out of the plan's decisions met on or before
 * the period's end and the year's commitments:
 * - decisions: met in the report's year, concerning the scope (a measure of it, or no measure at all);
 * - withoutDecision: measures of the scope, not *utgår*, with no linked *beslut* met by the period's end;
 * - missingRiskAnalysis: an RKA is required and none is done;
 * - notedDecisions: the report's decisions that were only noted;
 * - assignmentsPastDue: assignments of the plan concerning the scope, open (or without status), whose due
 *   date lies before the period's last day — judged at the period's end, not on the day the report is made,
 *   so that a report as of a period says the same whenever it is generated;
 * - commitmentsNotAccepted: the year's commitments of units in the scope that are declined, or not (or no
 *   longer, the amount having changed) accepted.
 */
export function reportLists(
  context: ListContext,
  decisions: readonly ReportDecisionRow[],
  commitments: readonly ReportCommitmentRow[],
): Pick<
  TBoardReport,
  | 'decisions'
  | 'withoutDecision'
  | 'missingRiskAnalysis'
  | 'notedDecisions'
  | 'assignmentsPastDue'
  | 'commitmentsNotAccepted'
> {
  const codeOf = new Map([...context.measures].map(([id, m]) => [id, m.code]));
  const concernsScope = (d: ReportDecisionRow) =>
    d.measureIds.length === 0 || d.measureIds.some((id) => context.measures.has(id));
  const relevant = decisions.filter(concernsScope);
  const inYear = relevant
    .filter((d) => d.meetingDate >= `${context.year}-01-01`)
    .map((d) => present(d, codeOf));
  const decided = new Set(decisions.filter((d) => d.kind === 'decision').flatMap((d) => d.measureIds));
  const measures = [...context.measures.values()].sort((a, b) => compareSwedish(a.code, b.code));
  return {
    decisions: inYear,
    withoutDecision: measures
      .filter((m) => m.status !== 'cancelled' && !decided.has(m.id))
      .map((m) => m.code),
    missingRiskAnalysis: measures
      .filter((m) => m.riskAnalysisRequired && m.riskAnalysisDoneOn === null)
      .map((m) => m.code),
    notedDecisions: inYear.filter((d) => d.kind === 'noted').map((d) => d.id),
    assignmentsPastDue: relevant
      .filter(
        (d) =>
          d.kind === 'assignment' &&
          (d.assignmentStatus === null || d.assignmentStatus === 'open') &&
          d.dueOn !== null &&
          d.dueOn < context.periodEnd,
      )
      .map((d) => present(d, codeOf)),
    commitmentsNotAccepted: commitments
      .filter((c) => context.inScope.has(c.orgUnitId))
      .flatMap((c) => {
        const declined = c.declinedAt !== null;
        const accepted = !declined && c.acceptedAt !== null && (c.acceptedAmount ?? c.amount) === c.amount;
        if (accepted) return [];
        return [
          {
            unit: context.paths.get(c.orgUnitId) ?? '',
            manager: c.manager,
            amount: c.amount,
            state: declined ? ('declined' as const) : ('pending' as const),
            declineReason: declined ? c.declineReason : null,
          },
        ];
      })
      .sort((a, b) => compareSwedish(a.unit, b.unit)),
  };
}
