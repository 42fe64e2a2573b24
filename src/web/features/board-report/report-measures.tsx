import { useTranslation } from 'react-i18next';
import type { TBoardReport, TReportMeasure } from '../../../shared/schemas/board-report';
import { Link } from '../../app/as-of-links';
import { Amount } from '../../components/amount';

interface Props {
  report: TBoardReport;
  planId: string;
}

/** The measures, one table per sub-unit (SPEC §6), each code a link to the measure's page. */
export function ReportMeasures({ report, planId }: Props) {
  const { t } = useTranslation('boardReport');
  const groups = report.units
    .map((unit) => ({ unit, measures: report.measures.filter((m) => m.groupUnitId === unit.unitId) }))
    .filter((group) => group.measures.length > 0);
  return (
    <section aria-labelledby="board-report-measures">
      <h2 id="board-report-measures">{t('measures.heading')}</h2>
      {groups.length === 0 ? <p>{t('measures.none')}</p> : null}
      {groups.map(({ unit, measures }) => (
        <div key={unit.unitId} className="table-scroll">
          <table className="table board-report-measures">
            <caption>{t('measures.caption', { unit: unit.name })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('measures.code')}</th>
                <th scope="col">{t('measures.title')}</th>
                <th scope="col">{t('measures.responsible')}</th>
                <th scope="col" className="num">
                  {t('measures.planned')}
                </th>
                <th scope="col" className="num">
                  {t('measures.outcome')}
                </th>
                <th scope="col" className="num">
                  {t('measures.forecast')}
                </th>
                <th scope="col" className="num">
                  {t('measures.deviation')}
                </th>
                <th scope="col">{t('measures.status')}</th>
                <th scope="col">{t('measures.comment')}</th>
                <th scope="col">{t('measures.lastReported')}</th>
              </tr>
            </thead>
            <tbody>
              {measures.map((measure) => (
                <MeasureRow key={measure.id} measure={measure} planId={planId} year={report.year} />
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </section>
  );
}

function MeasureRow({ measure, planId, year }: { measure: TReportMeasure; planId: string; year: number }) {
  const { t } = useTranslation('boardReport');
  return (
    <tr className={measure.stale ? 'is-stale' : undefined}>
      <th scope="row">
        <Link to={`/planer/${planId}/atgarder/${measure.id}?ar=${year}`}>{measure.code}</Link>
      </th>
      <td>{measure.title}</td>
      <td>{measure.responsible ?? '–'}</td>
      <td className="num">
        <Amount kronor={measure.planned} />
      </td>
      <td className="num">
        <Amount kronor={measure.outcome} />
      </td>
      <td className="num">
        <Amount kronor={measure.forecast} />
      </td>
      <td className="num">
        <Amount kronor={measure.deviation} />
      </td>
      <td>{measure.status ? t(`report:status.${measure.status}`) : '–'}</td>
      <td className="board-report-comment">{measure.comment ?? ''}</td>
      <td>
        {measure.lastReported ?? t('measures.never')}
        {measure.stale ? <span className="badge badge-warning"> {t('measures.staleMark')}</span> : null}
      </td>
    </tr>
  );
}
