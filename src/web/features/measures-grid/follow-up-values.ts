import type { ReportStatus } from '../../../shared/enums';
import type { FollowUpItem } from './grid-model';

/**
 * What the follow-up text columns show for a measure (issue 11, SPEC §8 question 2); the amounts (target,
 * outcome, forecast, deviation = forecast − target) come from `amountOf`.
 */
export type FollowUpValue =
  | { kind: 'none' }
  | { kind: 'status'; status: ReportStatus }
  | { kind: 'text'; text: string }
  /** The period last reported (null: never) and whether the measure's data is stale as of the period. */
  | { kind: 'lastReported'; period: string | null; isStale: boolean };

export type FollowUpTextColumn = 'reportStatus' | 'reportComment' | 'lastReported';

export function followUpValue(column: FollowUpTextColumn, item: FollowUpItem | undefined): FollowUpValue {
  if (!item) return { kind: 'none' };
  switch (column) {
    case 'reportStatus':
      return item.status ? { kind: 'status', status: item.status } : { kind: 'none' };
    case 'reportComment':
      return item.comment ? { kind: 'text', text: item.comment } : { kind: 'none' };
    case 'lastReported':
      return { kind: 'lastReported', period: item.lastReportedPeriod, isStale: item.isStale };
  }
}
