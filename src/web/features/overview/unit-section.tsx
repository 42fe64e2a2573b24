import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { deviation } from '../../../shared/deviation';
import type { TOrgUnit } from '../../../shared/schemas/org-unit';
import type { TPlanSummary } from '../../../shared/schemas/summary';
import { Link, useNavigate } from '../../app/as-of-links';
import { Amount } from '../../components/amount';
import { Chart } from '../../components/chart';
import { type BarItem, CHART_COLORS, horizontalBarsOption, mnkr } from './chart-options';
import { measuresHref, overviewHref, unitBreakdown } from './figures';

interface Props {
  planId: string;
  year: number;
  selectedId: string | undefined;
  units: readonly TOrgUnit[];
  summary: TPlanSummary;
}

/** Planned level per administration (the children of the chosen unit) against each one's *sparbeting*. */
export function UnitSection({ planId, year, selectedId, units, summary }: Props) {
  const { t } = useTranslation('overview');
  const navigate = useNavigate();
  const breakdown = useMemo(
    () => unitBreakdown(units, summary.rows, selectedId),
    [units, summary, selectedId],
  );
  const { parent, children, own } = breakdown;
  // The scope's own figures (for the whole organisation: the plan's target, not a unit's sparbeting).
  const { total } = summary;
  const parentName = parent?.name ?? '';
  const heading = selectedId ? t('units.heading', { name: parentName }) : t('units.headingRoot');
  const withOriginal = children.some((child) => child.originalPlanned !== null);
  const hasTargets = children.some((child) => child.target !== null);
  const ownName = t('units.own', { name: parentName });

  // The chart's bars: the children, then (when there are any) the measures placed on the unit itself.
  const bars = useMemo(() => {
    const list: (BarItem & { href: string })[] = children.map((child) => ({
      name: child.name,
      value: child.planned,
      target: child.target,
      color: CHART_COLORS.planned,
      href: measuresHref(planId, { year, unitId: child.unitId }),
    }));
    if (own !== 0)
      list.push({ name: ownName, value: own, target: null, color: CHART_COLORS.missing, href: '' });
    return list;
  }, [children, own, ownName, planId, year]);

  const option = useMemo(
    () =>
      horizontalBarsOption(bars, {
        planned: t('units.planned'),
        target: t('units.target'),
        unit: 'mnkr',
      }),
    [bars, t],
  );
  const label = t('units.chartLabel', {
    year,
    items: bars
      .map((bar) =>
        bar.target !== null && bar.target !== undefined
          ? t('units.itemWithTarget', { name: bar.name, amount: mnkr(bar.value), target: mnkr(bar.target) })
          : t('units.item', { name: bar.name, amount: mnkr(bar.value) }),
      )
      .join('; '),
  });

  return (
    <section aria-labelledby="overview-units" className="overview-section">
      <h2 id="overview-units">{heading}</h2>
      {children.length === 0 ? (
        <p>{t('units.none', { name: parentName })}</p>
      ) : (
        <div className="overview-panel overview-panel-even">
          <div className="overview-chart">
            <Chart
              option={option}
              label={label}
              height={`${Math.max(12, bars.length * 2.4 + 4)}rem`}
              onClick={(click) => {
                const href = bars[click.dataIndex]?.href;
                if (href) navigate(href);
              }}
            />
            {hasTargets ? null : <p className="help">{t('units.noTargets', { year })}</p>}
          </div>
          <div className="overview-table">
            <table className="table">
              <caption className="visually-hidden">{heading}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('units.unit')}</th>
                  <th scope="col" className="num">
                    {t('units.planned')}
                  </th>
                  {withOriginal ? (
                    <th scope="col" className="num">
                      {t('units.original')}
                    </th>
                  ) : null}
                  {hasTargets ? (
                    <>
                      <th scope="col" className="num">
                        {t('units.target')}
                      </th>
                      <th scope="col" className="num">
                        {t('units.deviation')}
                      </th>
                    </>
                  ) : null}
                </tr>
              </thead>
              <tbody>
                {children.map((child) => (
                  <tr key={child.unitId}>
                    <th scope="row">
                      <Link to={overviewHref(planId, year, child.unitId)}>{child.name}</Link>
                    </th>
                    <td className="num">
                      <Link to={measuresHref(planId, { year, unitId: child.unitId })}>
                        <Amount kronor={child.planned} />
                      </Link>
                    </td>
                    {withOriginal ? (
                      <td className="num">
                        <Amount kronor={child.originalPlanned} />
                      </td>
                    ) : null}
                    {hasTargets ? (
                      <>
                        <td className="num">
                          <Amount kronor={child.target} />
                        </td>
                        <td className="num">
                          <Amount kronor={deviation(child.planned, child.target)} />
                        </td>
                      </>
                    ) : null}
                  </tr>
                ))}
                {own !== 0 ? (
                  <tr>
                    <th scope="row">{ownName}</th>
                    <td className="num">
                      <Amount kronor={own} />
                    </td>
                    {withOriginal ? <td className="num" /> : null}
                    {hasTargets ? (
                      <>
                        <td className="num" />
                        <td className="num" />
                      </>
                    ) : null}
                  </tr>
                ) : null}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">{parent ? `${t('units.total')} ${parent.name}` : t('units.total')}</th>
                  <td className="num">
                    <Link to={measuresHref(planId, { year, unitId: selectedId })}>
                      <Amount kronor={total.planned} />
                    </Link>
                  </td>
                  {withOriginal ? (
                    <td className="num">
                      <Amount kronor={total.originalPlanned} />
                    </td>
                  ) : null}
                  {hasTargets ? (
                    <>
                      <td className="num">
                        <Amount kronor={total.target} />
                      </td>
                      <td className="num">
                        <Amount kronor={deviation(total.planned, total.target)} />
                      </td>
                    </>
                  ) : null}
                </tr>
              </tfoot>
            </table>
            {own !== 0 ? <p className="help">{t('units.ownHelp', { name: parentName })}</p> : null}
          </div>
        </div>
      )}
    </section>
  );
}
