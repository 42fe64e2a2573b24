import '../features/overview/echarts-setup';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { formatSwedishDateTime } from '../../shared/date-format';
import { getPublishedReport, publishedReportFileUrl } from '../api/board-report';
import { Link } from '../app/as-of-links';
import { usePageTitle } from '../components/page-title';
import { QueryState } from '../components/query-state';
import { BoardReportView } from '../features/board-report/board-report-view';

/** A published board report (`/namndrapporter/:id`), exactly as issued, with its stored files. */
export function PublishedReportPage() {
  const { t } = useTranslation('boardReport');
  const { reportId = '' } = useParams();
  const report = useQuery({
    queryKey: ['published-report', reportId],
    queryFn: () => getPublishedReport(reportId),
  });
  usePageTitle(
    report.data ? t('heading', { period: report.data.period, unit: report.data.unit.name }) : t('title'),
  );
  return (
    <QueryState query={report}>
      {(data) => (
        <>
          <h1>{t('heading', { period: data.period, unit: data.unit.name })}</h1>
          {data.published ? (
            <div className="alert alert-ok board-report-issued">
              <p>
                {t('published', {
                  when: formatSwedishDateTime(data.published.publishedAt),
                  by: data.published.byName,
                })}
                {data.published.body
                  ? ` ${t('publishedFor', { body: data.published.body, date: data.published.meetingDate ?? '–' })}`
                  : ''}
              </p>
              <p>{t('frozen')}</p>
            </div>
          ) : null}
          <div className="toolbar board-report-toolbar">
            <div className="board-report-downloads">
              <a className="button button-secondary" href={publishedReportFileUrl(reportId, 'pdf')} download>
                {t('pdf')}
              </a>
              <a className="button button-secondary" href={publishedReportFileUrl(reportId, 'xlsx')} download>
                {t('xlsx')}
              </a>
            </div>
            <Link
              to={`/planer/${data.plan.id}/namndrapport?ar=${data.year}&enhet=${data.unit.id}&period=${data.period}`}
            >
              {t('showCurrent')}
            </Link>
          </div>
          <BoardReportView
            report={data}
            planId={data.plan.id}
            canWriteAnalysis={false}
            onAnalysisSaved={() => {}}
          />
        </>
      )}
    </QueryState>
  );
}
