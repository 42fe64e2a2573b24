import { useQuery } from '@tanstack/react-query';
import type { Role } from '../../../shared/enums';
import { listPublishedReports, type TPublishedReportItem } from '../../api/board-report';
import { Navigate } from '../../app/as-of-links';

/** A politician or another reader: someone whose every role only reads (not an auditor, who reads the log). */
export function isReaderOnly(grants: readonly { role: Role }[]): boolean {
  return grants.length > 0 && grants.every((g) => g.role === 'reader');
}

/**
 * The report a reader lands on (issue 12): the newest published report of a unit he or she holds a role on
 * (the body's own subtree), else the newest one readable at all; none: undefined.
 */
export function landingReport(
  reports: readonly TPublishedReportItem[],
  grantUnitIds: readonly string[],
): TPublishedReportItem | undefined {
  const newest = [...reports].sort((a, b) => b.publishedAt.localeCompare(a.publishedAt));
  return newest.find((r) => grantUnitIds.includes(r.unitId)) ?? newest[0];
}

/** Sends a reader to the latest published board report of his or her body; the overview when there is none. */
export function PublishedLanding({ overview, grantUnitIds }: { overview: string; grantUnitIds: string[] }) {
  const reports = useQuery({
    queryKey: ['board-reports', 'landing'],
    queryFn: () => listPublishedReports({}),
  });
  if (reports.isError) return <Navigate to={overview} replace />;
  if (!reports.data) return null;
  const report = landingReport(reports.data, grantUnitIds);
  return <Navigate to={report ? `/namndrapporter/${report.id}` : overview} replace />;
}
