import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScenarioYearResult } from '../../../domain/scenario/compute-scenario';
import { Amount } from '../../components/amount';
import { mnkr } from '../overview/chart-options';
import { ChartCard } from './chart-card';
import { type RequiredPlanYear, requiredPlanOption, resultGoalOption } from './scenario-chart-options';

/** (a) The result per year against the result goal, with the same figures in a table. */
export function ResultGoalSection({ years }: { years: readonly ScenarioYearResult[] }) {
  const { t } = useTranslation('scenario');
  const option = useMemo(
    () => resultGoalOption(years, { result: t('results.result'), goal: t('results.goal'), unit: 'mnkr' }),
    [years, t],
  );
  const label = t('charts.result.label', {
    items: years
      .map((y) => t('charts.result.item', { year: y.year, result: mnkr(y.result), goal: mnkr(y.goal) }))
      .join('; '),
  });
  return (
    <ChartCard
      name="result"
      heading={t('charts.result.heading')}
      help={t('charts.result.help')}
      option={option}
      label={label}
      table={
        <table className="table">
          <caption className="visually-hidden">{t('charts.result.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('common:nav.year')}</th>
              <th scope="col" className="num">
                {t('results.result')}
              </th>
              <th scope="col" className="num">
                {t('results.goal')}
              </th>
              <th scope="col" className="num">
                {t('results.gap')}
              </th>
            </tr>
          </thead>
          <tbody>
            {years.map((y) => (
              <tr key={y.year}>
                <th scope="row">{y.year}</th>
                <td className="num">
                  <Amount kronor={y.result} />
                </td>
                <td className="num">
                  <Amount kronor={y.goal} />
                </td>
                <td className="num">
                  <Amount kronor={y.gap} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}

/** (b) The action plan required per year against the plan's levels (or the levels given), chart and table. */
export function RequiredPlanSection({ years }: { years: readonly RequiredPlanYear[] }) {
  const { t } = useTranslation('scenario');
  const hasPlan = years.some((y) => y.effects !== null);
  const option = useMemo(
    () =>
      requiredPlanOption(years, {
        required: t('charts.plan.required'),
        full: t('charts.plan.full'),
        riskWeighted: t('charts.plan.riskWeighted'),
        forecast: t('charts.plan.forecast'),
        given: t('charts.plan.given'),
        unit: 'mnkr',
      }),
    [years, t],
  );
  const orDash = (kronor: number | null | undefined) =>
    kronor === null || kronor === undefined ? '–' : mnkr(kronor);
  const label = t('charts.plan.label', {
    items: years
      .map((y) =>
        y.effects
          ? t('charts.plan.item', {
              year: y.year,
              required: mnkr(y.requiredPlan),
              full: mnkr(y.effects.full),
              riskWeighted: mnkr(y.effects.riskWeighted),
              forecast: orDash(y.effects.forecast),
            })
          : t('charts.plan.itemGiven', {
              year: y.year,
              required: mnkr(y.requiredPlan),
              given: mnkr(y.planLevel),
            }),
      )
      .join('; '),
  });
  return (
    <ChartCard
      name="plan"
      heading={t('charts.plan.heading')}
      help={t('charts.plan.help')}
      option={option}
      label={label}
      table={
        <table className="table">
          <caption className="visually-hidden">{t('charts.plan.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('common:nav.year')}</th>
              <th scope="col" className="num">
                {t('charts.plan.required')}
              </th>
              {hasPlan ? (
                <>
                  <th scope="col" className="num">
                    {t('charts.plan.full')}
                  </th>
                  <th scope="col" className="num">
                    {t('charts.plan.riskWeighted')}
                  </th>
                  <th scope="col" className="num">
                    {t('charts.plan.forecast')}
                  </th>
                  <th scope="col" className="num">
                    {t('charts.plan.missingPart')}
                  </th>
                </>
              ) : (
                <th scope="col" className="num">
                  {t('charts.plan.given')}
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {years.map((y) => (
              <tr key={y.year} data-year={y.year}>
                <th scope="row">{y.year}</th>
                <td className="num" data-figure="requiredPlan">
                  <Amount kronor={y.requiredPlan} />
                </td>
                {y.effects ? (
                  <>
                    <td className="num">
                      <Amount kronor={y.effects.full} />
                    </td>
                    <td className="num">
                      <Amount kronor={y.effects.riskWeighted} />
                    </td>
                    <td className="num">
                      <Amount kronor={y.effects.forecast} />
                    </td>
                    <td className="num">
                      <Amount kronor={Math.max(0, y.requiredPlan - y.effects.full)} />
                    </td>
                  </>
                ) : (
                  <td className="num">
                    <Amount kronor={y.planLevel} />
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
