import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatSwedishDateTime } from '../../../shared/date-format';
import { listPublishedReports } from '../../api/board-report';
import { Link } from '../../app/as-of-links';

export const publishedKey = (unitId: string | undefined) => ['board-reports', unitId ?? ''] as const;

/** The reports published for a unit, newest first, each kept as issued. */
export function PublishedList({ unitId }: { unitId: string | undefined }) {
  const { t } = useTranslation('boardReport');
  const list = useQuery({ queryKey: publishedKey(unitId), queryFn: () => listPublishedReports({ unitId }) });
  return (
    <section aria-labelledby="board-report-published">
      <h2 id="board-report-published">{t('publishedList.heading')}</h2>
      {list.data && list.data.length === 0 ? <p className="help">{t('publishedList.none')}</p> : null}
      <ul>
        {(list.data ?? []).map((item) => (
          <li key={item.id}>
            <Link to={`/namndrapporter/${item.id}`}>{t('publishedList.open', { period: item.period })}</Link>{' '}
            – {item.unitPath}
            {item.body ? `, ${item.body}` : ''}
            {item.meetingDate ? ` ${item.meetingDate}` : ''} (
            {t('published', { when: formatSwedishDateTime(item.publishedAt), by: item.byName })})
          </li>
        ))}
      </ul>
    </section>
  );
}
