import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { getStaleMeasures } from '../../api/follow-up';
import { useAsOf } from '../../app/as-of';
import { Link } from '../../app/as-of-links';
import { Amount } from '../../components/amount';
import { QueryState } from '../../components/query-state';

interface Props {
  planId: string;
  year: number;
  period: string;
  orgUnitId?: string | undefined;
}

/** The measures behind the stale figure: who owns each and when it last reported (never reported first). */
export function StaleMeasures({ planId, year, period, orgUnitId }: Props) {
  const { t } = useTranslation('rounds');
  const asOf = useAsOf();
  const query = useQuery({
    queryKey: ['summary', planId, 'stale', year, period, orgUnitId ?? null, asOf ?? null],
    queryFn: () => getStaleMeasures(planId, { year, period, orgUnitId, asOf }),
  });
  return (
    <QueryState query={query}>
      {(data) =>
        data.items.length === 0 ? null : (
          <div className="table-scroll">
            <table className="table" data-testid="stale-measures">
              <caption className="caption-left">
                {t('stale.caption', { count: data.items.length, period })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('stale.code')}</th>
                  <th scope="col">{t('stale.title')}</th>
                  <th scope="col">{t('stale.unit')}</th>
                  <th scope="col">{t('stale.responsible')}</th>
                  <th scope="col">{t('stale.lastReported')}</th>
                  <th scope="col" className="num">
                    {t('stale.forecast')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((item) => (
                  <tr key={item.measureId}>
                    <th scope="row">
                      <Link to={`/planer/${planId}/atgarder/${item.measureId}?ar=${year}`}>{item.code}</Link>
                    </th>
                    <td>{item.title}</td>
                    <td>{item.orgUnitPath}</td>
                    <td>{item.responsibleName ?? t('stale.noResponsible')}</td>
                    <td>{item.lastReportedPeriod ?? t('stale.never')}</td>
                    <td className="num">
                      <Amount kronor={item.forecast} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )
      }
    </QueryState>
  );
}
