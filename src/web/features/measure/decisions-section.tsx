import { useTranslation } from 'react-i18next';
import { QueryState } from '../../components/query-state';
import { formatDate } from './display';
import { useDecisions } from './queries';
import { MeasureSection } from './section';

/** The decisions, assignments and notes that concern this measure, newest meeting first (read-only). */
export function DecisionsSection({ planId, measureId }: { planId: string; measureId: string }) {
  const { t } = useTranslation('measure');
  const decisions = useDecisions(planId);
  return (
    <MeasureSection id="beslut" title={t('sections.decisions')}>
      <QueryState query={decisions}>
        {(all) => {
          const mine = all.filter((d) => d.measureIds.includes(measureId));
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
                    <td>{formatDate(d.meetingDate)}</td>
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
