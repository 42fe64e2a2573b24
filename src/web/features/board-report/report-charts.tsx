import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TBoardReport } from '../../../shared/schemas/board-report';
import { Chart } from '../../components/chart';
import {
  CHART_COLORS,
  horizontalBarsOption,
  mnkr,
  pyramidOption,
  SAVINGS_TYPE_COLORS,
} from '../overview/chart-options';
import { historyOption, waterfallOption } from './report-chart-options';

/**
 * The four charts of SPEC §6 drawn from the report's own data (so a published or past report shows what it
 * showed then). Each chart's accessible name carries its figures; the same figures are in the tables.
 */
export function ReportCharts({ report }: { report: TBoardReport }) {
  const { t } = useTranslation('boardReport');
  const { charts } = report;
  const units = useMemo(
    () =>
      horizontalBarsOption(
        charts.unitTargets.map((u) => ({
          name: u.path.split(' / ').at(-1) ?? u.path,
          value: u.forecast,
          target: u.target,
        })),
        { planned: t('charts.forecast'), target: t('charts.target'), unit: 'mnkr' },
      ),
    [charts.unitTargets, t],
  );
  const history = useMemo(
    () =>
      historyOption(charts.forecastHistory, {
        forecast: t('charts.forecast'),
        outcome: t('charts.outcome'),
        target: t('charts.target'),
        unit: 'mnkr',
      }),
    [charts.forecastHistory, t],
  );
  const pyramid = useMemo(
    () =>
      pyramidOption(
        charts.savingsTypes.map((s) => ({
          name: s.savingsType ? t(`enums:savingsType.${s.savingsType}`) : t('enums:missing'),
          value: s.planned,
          color: SAVINGS_TYPE_COLORS[s.savingsType] ?? CHART_COLORS.missing,
        })),
        { planned: t('charts.planned') },
      ),
    [charts.savingsTypes, t],
  );
  const waterfall = useMemo(
    () =>
      charts.waterfall
        ? waterfallOption(charts.waterfall, { amount: t('charts.amount'), unit: 'mnkr' })
        : undefined,
    [charts.waterfall, t],
  );
  const words = (items: { name: string; value: number }[]) =>
    items.map((item) => `${item.name} ${mnkr(item.value)}`).join(', ');
  return (
    <section aria-labelledby="board-report-charts" className="board-report-charts">
      <h2 id="board-report-charts">{t('charts.heading')}</h2>
      <figure>
        <figcaption>{t('charts.unitTargets')}</figcaption>
        <Chart
          option={units}
          label={t('charts.unitTargetsLabel', {
            figures: words(charts.unitTargets.map((u) => ({ name: u.path, value: u.forecast }))),
          })}
        />
      </figure>
      <figure>
        <figcaption>{t('charts.forecastHistory')}</figcaption>
        <Chart
          option={history}
          label={t('charts.forecastHistoryLabel', {
            figures: words(charts.forecastHistory.map((p) => ({ name: p.period, value: p.forecast }))),
          })}
        />
      </figure>
      <figure>
        <figcaption>{t('charts.savingsTypes')}</figcaption>
        <Chart
          option={pyramid}
          label={t('charts.savingsTypesLabel', {
            figures: words(
              charts.savingsTypes.map((s) => ({
                name: s.savingsType ? t(`enums:savingsType.${s.savingsType}`) : t('enums:missing'),
                value: s.planned,
              })),
            ),
          })}
        />
      </figure>
      <figure>
        <figcaption>{t('charts.waterfall', { year: charts.waterfall?.year ?? report.year })}</figcaption>
        {charts.waterfall && waterfall ? (
          <>
            <Chart
              option={waterfall}
              label={t('charts.waterfallLabel', {
                scenario: charts.waterfall.scenarioName,
                figures: words(charts.waterfall.steps.map((s) => ({ name: s.label, value: s.amount }))),
              })}
            />
            <table className="table">
              <caption className="visually-hidden">
                {t('charts.waterfall', { year: charts.waterfall.year })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('charts.step')}</th>
                  <th scope="col" className="num">
                    {t('charts.amount')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {charts.waterfall.steps.map((step) => (
                  <tr key={step.label}>
                    <th scope="row">{step.label}</th>
                    <td className="num">{mnkr(step.amount)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        ) : (
          <p className="help">{t('charts.noWaterfall')}</p>
        )}
      </figure>
    </section>
  );
}
