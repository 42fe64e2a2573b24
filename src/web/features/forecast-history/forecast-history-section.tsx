import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { deviation } from '../../../shared/deviation';
import { getForecastHistory } from '../../api/follow-up';
import { useAsOf } from '../../app/as-of';
import { Amount } from '../../components/amount';
import { Chart } from '../../components/chart';
import { QueryState } from '../../components/query-state';
import '../overview/echarts-setup';
import { mnkr } from '../overview/chart-options';
import { forecastHistoryOption } from './history-option';

interface Props {
  planId: string;
  year: number;
  orgUnitId?: string | undefined;
  measureId?: string | undefined;
  /** Heading level of the section title (the page decides). */
  headingLevel?: 2 | 3;
}

/**
 * "Hur har prognosen rört sig?": the forecast for the year at every period something was reported, as a line
 * against plan and target, and the same figures in a table (the chart is never the only place of a figure).
 */
export function ForecastHistorySection({ planId, year, orgUnitId, measureId, headingLevel = 2 }: Props) {
  const { t } = useTranslation('history');
  const asOf = useAsOf();
  const query = useQuery({
    queryKey: [
      'summary',
      planId,
      'forecast-history',
      year,
      orgUnitId ?? null,
      measureId ?? null,
      asOf ?? null,
    ],
    queryFn: () => getForecastHistory(planId, { year, orgUnitId, measureId, asOf }),
  });
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const id = `forecast-history-${measureId ?? orgUnitId ?? 'plan'}`;
  return (
    <section aria-labelledby={id} className="overview-section card">
      <Heading id={id}>{t('heading', { year })}</Heading>
      <QueryState query={query}>
        {(history) =>
          history.points.length === 0 ? <p>{t('none', { year })}</p> : <HistoryBody history={history} />
        }
      </QueryState>
    </section>
  );
}

function HistoryBody({ history }: { history: Parameters<typeof forecastHistoryOption>[0] }) {
  const { t } = useTranslation('history');
  const option = useMemo(
    () =>
      forecastHistoryOption(history, {
        forecast: t('forecast'),
        planned: t('planned'),
        target: t('target'),
        unit: 'mnkr',
      }),
    [history, t],
  );
  const label = t('chartLabel', {
    points: history.points.map((p) => `${p.period}: ${mnkr(p.forecast)}`).join('; '),
    planned: mnkr(history.planned),
  });
  return (
    <>
      <Chart option={option} label={label} height="16rem" />
      {/* On a phone the table is wider than the screen: it scrolls on its own, by keyboard too. */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a table that scrolls sideways must be reachable by keyboard (WCAG 2.1.1), named by its caption */}
      <section className="table-scroll" aria-label={t('caption')} tabIndex={0}>
        <table className="table">
          <caption className="visually-hidden">{t('caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('period')}</th>
              <th scope="col" className="num">
                {t('forecast')}
              </th>
              <th scope="col" className="num">
                {t('outcome')}
              </th>
              <th scope="col" className="num">
                {t('deviationPlan')}
              </th>
              {history.target !== null ? (
                <th scope="col" className="num">
                  {t('deviationTarget')}
                </th>
              ) : null}
              <th scope="col" className="num">
                {t('stale')}
              </th>
            </tr>
          </thead>
          <tbody>
            {history.points.map((p) => (
              <tr key={p.period}>
                <th scope="row">{p.period}</th>
                <td className="num">
                  <Amount kronor={p.forecast} />
                </td>
                <td className="num">
                  <Amount kronor={p.outcome} />
                </td>
                <td className="num">
                  <Amount kronor={deviation(p.forecast, history.planned)} />
                </td>
                {history.target !== null ? (
                  <td className="num">
                    <Amount kronor={deviation(p.forecast, history.target)} />
                  </td>
                ) : null}
                <td className="num">
                  {p.staleCount > 0 ? (
                    <>
                      <Amount kronor={p.stale} /> ({t('staleCount', { count: p.staleCount })})
                    </>
                  ) : (
                    t('noneStale')
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="help" data-testid="forecast-history-stale-help">
          {t('common:terms.staleHelp')}
        </p>
      </section>
    </>
  );
}
