import { useTranslation } from 'react-i18next';
import type { TReportDecision } from '../../../shared/schemas/board-report';

/** The period's decisions: meeting, body, §, kind, text, linked measures and the minutes. */
export function ReportDecisions({ decisions }: { decisions: readonly TReportDecision[] }) {
  const { t } = useTranslation('boardReport');
  return (
    <section aria-labelledby="board-report-decisions">
      <h2 id="board-report-decisions">{t('decisions.heading')}</h2>
      {decisions.length === 0 ? (
        <p>{t('decisions.none')}</p>
      ) : (
        <div className="table-scroll">
          <table className="table">
            <caption className="visually-hidden">{t('decisions.heading')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('decisions.date')}</th>
                <th scope="col">{t('decisions.body')}</th>
                <th scope="col">{t('decisions.paragraph')}</th>
                <th scope="col">{t('decisions.kind')}</th>
                <th scope="col">{t('decisions.text')}</th>
                <th scope="col">{t('decisions.measures')}</th>
                <th scope="col">{t('decisions.protocol')}</th>
              </tr>
            </thead>
            <tbody>
              {decisions.map((d) => (
                <tr key={d.id}>
                  <td>{d.meetingDate}</td>
                  <td>{d.body}</td>
                  <td>{d.paragraph ?? ''}</td>
                  <td>{t(`enums:decisionKind.${d.kind}`)}</td>
                  <td>{d.text}</td>
                  <td>{d.measureCodes.join(', ')}</td>
                  <td>
                    {d.attachmentUrl ? (
                      <a href={d.attachmentUrl} rel="noopener noreferrer">
                        {t('decisions.protocol')}
                        <span className="visually-hidden"> {d.paragraph ?? d.meetingDate}</span>
                      </a>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
