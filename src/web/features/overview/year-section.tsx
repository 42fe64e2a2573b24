import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TPlanSummary } from '../../../shared/schemas/summary';
import { Link, useNavigate } from '../../app/as-of-links';
import { Amount } from '../../components/amount';
import { Chart } from '../../components/chart';
import { mnkr, yearsOption } from './chart-options';
import { measuresHref, overviewHref, yearEffects } from './figures';

interface Props {
  planId: string;
  year: number;
  orgUnitId: string | undefined;
  summary: TPlanSummary;
}

/** The plan's level in each of its years, and the increment each year adds to the year before. */
export function YearSection({ planId, year, orgUnitId, summary }: Props) {
  const { t } = useTranslation('overview');
  const navigate = useNavigate();
  const effects = useMemo(() => yearEffects(summary.rows), [summary]);
  const option = useMemo(
    () =>
      yearsOption(effects, {
        level: t('years.level'),
        increment: t('years.increment'),
        target: t('years.target'),
        unit: 'mnkr',
      }),
    [effects, t],
  );
  const label = t('years.chartLabel', {
    items: effects
      .map((effect) => {
        const values = { year: effect.year, level: mnkr(effect.level), increment: mnkr(effect.increment) };
        return effect.target === null
          ? t('years.item', values)
          : t('years.itemWithTarget', { ...values, target: mnkr(effect.target) });
      })
      .join('; '),
  });
  const hasTargets = effects.some((effect) => effect.target !== null);
  return (
    <section aria-labelledby="overview-years" className="overview-section">
      <h2 id="overview-years">{t('years.heading')}</h2>
      <p className="help">{t('years.intro')}</p>
      <div className="overview-panel">
        <div className="overview-chart">
          <Chart
            option={option}
            label={label}
            height="18rem"
            onClick={(click) => {
              const effect = effects[click.dataIndex];
              if (effect) navigate(measuresHref(planId, { year: effect.year, unitId: orgUnitId }));
            }}
          />
        </div>
        <div className="overview-table">
          <table className="table">
            <caption className="visually-hidden">{t('years.heading')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('years.year')}</th>
                <th scope="col" className="num">
                  {t('years.level')}
                </th>
                <th scope="col" className="num">
                  {t('years.increment')}
                </th>
                {hasTargets ? (
                  <th scope="col" className="num">
                    {t('years.target')}
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {effects.map((effect) => (
                <tr key={effect.year} className={effect.year === year ? 'overview-current' : undefined}>
                  <th scope="row">
                    {effect.year === year ? (
                      <>
                        {effect.year} <span className="visually-hidden">{t('years.current')}</span>
                      </>
                    ) : (
                      <Link to={overviewHref(planId, effect.year, orgUnitId)}>{effect.year}</Link>
                    )}
                  </th>
                  <td className="num">
                    <Link to={measuresHref(planId, { year: effect.year, unitId: orgUnitId })}>
                      <Amount kronor={effect.level} />
                    </Link>
                  </td>
                  <td className="num">
                    <Amount kronor={effect.increment} />
                  </td>
                  {hasTargets ? (
                    <td className="num">
                      <Amount kronor={effect.target} />
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </section>
  );
}
