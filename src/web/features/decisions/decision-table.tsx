import { useTranslation } from 'react-i18next';
import type { TDecision } from '../../../shared/schemas/decision';
import { Link } from '../../app/as-of-links';
import { formatDate } from '../measure/display';

/** The register's decisions, newest meeting first; each row opens the decision's page. */
export function DecisionTable({
  planId,
  decisions,
  codeOf,
}: {
  planId: string;
  decisions: readonly TDecision[];
  codeOf: (measureId: string) => string | undefined;
}) {
  const { t } = useTranslation('decisions');
  if (decisions.length === 0) return <p>{t('list.none')}</p>;
  return (
    <div className="table-scroll">
      <table className="table decisions-table" data-testid="decision-register">
        <caption>{t('list.caption', { count: decisions.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('list.date')}</th>
            <th scope="col">{t('list.body')}</th>
            <th scope="col">{t('list.paragraph')}</th>
            <th scope="col">{t('list.kind')}</th>
            <th scope="col">{t('list.text')}</th>
            <th scope="col">{t('list.measures')}</th>
          </tr>
        </thead>
        <tbody>
          {decisions.map((d) => (
            <tr key={d.id} data-decision={d.id}>
              <th scope="row">
                <Link
                  to={`/planer/${planId}/beslut/${d.id}`}
                  aria-label={t('list.open', {
                    body: d.body,
                    date: formatDate(d.meetingDate),
                    paragraph: d.paragraph ?? '',
                  })}
                >
                  {formatDate(d.meetingDate)}
                </Link>
              </th>
              <td>{d.body}</td>
              <td>{d.paragraph ?? '–'}</td>
              <td>
                <span className={`badge decision-${d.kind}`}>{t(`enums:decisionKind.${d.kind}`)}</span>
              </td>
              <td className="decision-text">{d.text}</td>
              <td>
                {d.measureIds
                  .map(codeOf)
                  .filter((code): code is string => code !== undefined)
                  .join(', ') || '–'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
