import { useTranslation } from 'react-i18next';
import { formatSwedishDateTime } from '../../../shared/date-format';
import type { TBoardReport } from '../../../shared/schemas/board-report';
import { measuresHref } from '../overview/figures';
import { ReportCharts } from './report-charts';
import { ReportDecisions } from './report-decisions';
import { ReportFigures } from './report-figures';
import { ReportLists } from './report-lists';
import { ReportMeasures } from './report-measures';
import { ReportUnits } from './report-units';

interface Props {
  report: TBoardReport;
  planId: string;
  canWriteAnalysis: boolean;
  onAnalysisSaved: () => void;
}

/** One board report model rendered as a web page: the same sections, in the same order, as the PDF. */
export function BoardReportView({ report, planId, canWriteAnalysis, onAnalysisSaved }: Props) {
  const { t } = useTranslation('boardReport');
  const href = measuresHref(planId, { year: report.year, unitId: report.unit.id });
  return (
    <div className="board-report">
      <p className="board-report-meta">
        {report.unit.path.startsWith(report.organisation) ? '' : `${report.organisation} · `}
        {report.unit.path} ·{' '}
        {report.asOf
          ? t('asOf', { when: formatSwedishDateTime(report.asOf) })
          : t('generatedAt', { when: formatSwedishDateTime(report.generatedAt) })}
      </p>
      <ReportFigures figures={report.figures} measuresHref={href} />
      <ReportUnits report={report} planId={planId} canWrite={canWriteAnalysis} onSaved={onAnalysisSaved} />
      <ReportCharts report={report} />
      <ReportMeasures report={report} planId={planId} />
      <ReportDecisions decisions={report.decisions} />
      <ReportLists report={report} planId={planId} />
    </div>
  );
}
