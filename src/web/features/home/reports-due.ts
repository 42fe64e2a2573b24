import type { Role } from '../../../shared/enums';
import type { TMyReports } from '../../../shared/schemas/report';

/**
 * The landing's first line for a manager (issue 11, item 19): how many of his or her measures are still to be
 * reported in the plan's open rounds, and by when. Pure: the page fetches the rounds and "Att rapportera".
 */
export interface ReportsDue {
  count: number;
  /** The earliest deadline (`YYYY-MM-DD`) among the rounds with something left to report. */
  deadline: string;
  /** That round: the landing links to it in "Att rapportera". */
  roundId: string;
  period: string;
}

/** A manager reports on his or her own measures; admins and controllers land on the overview as before. */
export function isManagerOnly(grants: readonly { role: Role }[]): boolean {
  return (
    grants.some((g) => g.role === 'manager') &&
    !grants.some((g) => g.role === 'admin' || g.role === 'controller')
  );
}

/** A measure still to report in an open round: nothing submitted for the period, and the period not frozen. */
function isDue(item: TMyReports['items'][number]): boolean {
  return !item.isFrozen && !(item.current !== null && !item.current.isDraft);
}

export function reportsDue(lists: readonly TMyReports[]): ReportsDue | null {
  const open = lists
    .filter((list) => list.round.status === 'open')
    .map((list) => ({ round: list.round, count: list.items.filter(isDue).length }))
    .filter((entry) => entry.count > 0)
    .sort((a, b) => a.round.deadline.localeCompare(b.round.deadline));
  const first = open[0];
  if (!first) return null;
  return {
    count: open.reduce((sum, entry) => sum + entry.count, 0),
    deadline: first.round.deadline,
    roundId: first.round.id,
    period: first.round.period,
  };
}

/** `2024-12-17` → `17 december` (English `17 December`); with the year when it is not this year's. */
export function deadlineText(deadline: string, language: string, today: string): string {
  const [year, month, day] = deadline.split('-').map(Number);
  const date = new Date(Date.UTC(year!, month! - 1, day!));
  const locale = language.startsWith('en') ? 'en-GB' : 'sv-SE';
  const sameYear = deadline.slice(0, 4) === today.slice(0, 4);
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    ...(sameYear ? {} : { year: 'numeric' }),
    timeZone: 'UTC',
  }).format(date);
}
