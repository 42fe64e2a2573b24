import { useTranslation } from 'react-i18next';
import { useAccess } from '../../app/access';
import { Link } from '../../app/as-of-links';
import { QueryState } from '../../components/query-state';
import { useDecisionList } from '../decisions/queries';
import { formatDate } from './display';
import { MeasureSection } from './section';

/**
 * The decisions, assignments and notes that concern this measure, newest meeting first, each linking to its
 * page; "Registrera beslut" for those who record decisions — the only way to beslutad or utgår (issue 12).
 */
export function DecisionsSection({
  planId,
  measureId,
  code,
}: {
  planId: string;
  measureId: string;
  code: string;
}) {
  const { t } = useTranslation('measure');
  const access = useAccess();
  const decisions = useDecisionList({ measureId });
  return (
    <MeasureSection id="beslut" title={t('sections.decisions')}>
      {access.canRecordDecisions ? (
        <p>
          <Link
            className="button button-secondary"
            to={`/planer/${planId}/beslut/nytt?atgard=${encodeURIComponent(code)}`}
          >
            {t('decisions:measureSection.register')}
          </Link>
        </p>
      ) : null}
      <QueryState query={decisions}>
        {(mine) => {
          if (mine.length === 0) return <p className="empty-value">{t('decisions.none')}</p>;
          return (
            <table className="table" data-testid="decisions-table">
              <caption className="visually-hidden">{t('sections.decisions')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('decisions.date')}</th>
                  <th scope="col">{t('decisions.body')}</th>
                  <th scope="col">{t('decisions.paragraph')}</th>
                  <th scope="col">{t('decisions.kind')}</th>
                  <th scope="col">{t('decisions.text')}</th>
                </tr>
              </thead>
              <tbody>
                {mine.map((d) => (
                  <tr key={d.id}>
                    <td>
                      <Link to={`/planer/${planId}/beslut/${d.id}`}>{formatDate(d.meetingDate)}</Link>
                    </td>
                    <th scope="row">{d.body}</th>
                    <td>{d.paragraph ?? '–'}</td>
                    <td>
                      <span className={`badge decision-${d.kind}`}>{t(`enums:decisionKind.${d.kind}`)}</span>
                      {d.kind === 'assignment' && d.dueOn ? (
                        <span className="help"> {t('decisions.dueOn', { date: formatDate(d.dueOn) })}</span>
                      ) : null}
                    </td>
                    <td className="pre-line">{d.text}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          );
        }}
      </QueryState>
    </MeasureSection>
  );
}
