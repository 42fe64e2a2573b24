import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { SAVINGS_TYPES } from '../../../shared/enums';
import type { TPlanSummary } from '../../../shared/schemas/summary';
import { Link, useNavigate } from '../../app/as-of-links';
import { Amount } from '../../components/amount';
import { Chart } from '../../components/chart';
import {
  CHART_COLORS,
  columnsOption,
  FEASIBILITY_COLORS,
  mnkr,
  pyramidOption,
  SAVINGS_TYPE_COLORS,
} from './chart-options';
import {
  capitalize,
  feasibilitySplit,
  feasibleTotal,
  formatShare,
  type GroupFigure,
  MISSING,
  measuresHref,
  savingsPyramid,
  shareOf,
} from './figures';

interface Props {
  planId: string;
  year: number;
  orgUnitId: string | undefined;
  summary: TPlanSummary;
}

interface GroupTableProps {
  caption: string;
  header: string;
  figures: readonly (GroupFigure & { name: string; href: string })[];
  total: number;
}

/** The figures of a chart as a table: each amount links to the measures behind it. */
function GroupTable({ caption, header, figures, total }: GroupTableProps) {
  const { t, i18n } = useTranslation('overview');
  return (
    <table className="table overview-group-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{header}</th>
          <th scope="col" className="num">
            {t('pyramid.planned')}
          </th>
          <th scope="col" className="num">
            {t('pyramid.share')}
          </th>
        </tr>
      </thead>
      <tbody>
        {figures.map((figure) => (
          <tr key={figure.code}>
            <th scope="row">{figure.name}</th>
            <td className="num">
              <Link to={figure.href}>
                <Amount kronor={figure.planned} />
              </Link>
            </td>
            <td className="num">{formatShare(shareOf(figure.planned, total), i18n.language)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The savings-type pyramid: efficiency at the base, general cuts at the top; measures without a type beside. */
export function SavingsPyramidSection({ planId, year, orgUnitId, summary }: Props) {
  const { t } = useTranslation('overview');
  const navigate = useNavigate();
  const figures = useMemo(
    () =>
      savingsPyramid(summary.rows).map((figure) => ({
        ...figure,
        name:
          figure.code === MISSING
            ? t('enums:missing')
            : (SAVINGS_TYPES as readonly string[]).includes(figure.code)
              ? capitalize(t(`enums:savingsType.${figure.code}`))
              : figure.code,
        href: measuresHref(planId, { year, unitId: orgUnitId, savingsType: figure.code }),
      })),
    [summary, planId, year, orgUnitId, t],
  );
  // The pyramid shows the four types, and other values or missing ones only when they hold an amount.
  const bars = useMemo(
    () =>
      figures.filter(
        (figure) => (SAVINGS_TYPES as readonly string[]).includes(figure.code) || figure.planned !== 0,
      ),
    [figures],
  );
  const option = useMemo(
    () =>
      pyramidOption(
        bars.map((bar) => ({
          name: bar.name,
          value: bar.planned,
          color: SAVINGS_TYPE_COLORS[bar.code] ?? CHART_COLORS.missing,
        })),
        { planned: t('pyramid.planned') },
      ),
    [bars, t],
  );
  const label = t('pyramid.chartLabel', {
    year,
    items: bars.map((bar) => t('pyramid.item', { name: bar.name, amount: mnkr(bar.planned) })).join('; '),
  });
  return (
    <section aria-labelledby="overview-pyramid" className="overview-section card">
      <h2 id="overview-pyramid">{t('pyramid.heading')}</h2>
      <p className="help">{t('pyramid.intro')}</p>
      <Chart
        option={option}
        label={label}
        height={`${Math.max(12, bars.length * 3 + 2)}rem`}
        onClick={(click) => {
          const href = bars[click.dataIndex]?.href;
          if (href) navigate(href);
        }}
      />
      <GroupTable
        caption={t('pyramid.heading')}
        header={t('pyramid.type')}
        figures={figures}
        total={summary.total.planned}
      />
    </section>
  );
}

/** The feasibility split 1, 2, 3 and missing, with the planned level of feasibility 1–2 as a figure. */
export function FeasibilitySection({ planId, year, orgUnitId, summary }: Props) {
  const { t, i18n } = useTranslation('overview');
  const navigate = useNavigate();
  const figures = useMemo(
    () =>
      feasibilitySplit(summary.rows).map((figure) => ({
        ...figure,
        name: figure.code === MISSING ? t('enums:missing') : figure.code,
        href: measuresHref(planId, { year, unitId: orgUnitId, feasibility: figure.code }),
      })),
    [summary, planId, year, orgUnitId, t],
  );
  const feasible = feasibleTotal(figures);
  const bars = useMemo(
    () => figures.filter((figure) => figure.code !== MISSING || figure.planned !== 0),
    [figures],
  );
  const option = useMemo(
    () =>
      columnsOption(
        bars.map((bar) => ({
          name: bar.name,
          value: bar.planned,
          color: FEASIBILITY_COLORS[bar.code] ?? CHART_COLORS.missing,
        })),
        { planned: t('feasibility.planned'), unit: 'mnkr' },
      ),
    [bars, t],
  );
  const label = t('feasibility.chartLabel', {
    year,
    feasible: mnkr(feasible),
    items: bars
      .map((bar) =>
        t('feasibility.item', {
          name: bar.code === MISSING ? bar.name : t('enums:feasibility', { value: bar.code }),
          amount: mnkr(bar.planned),
        }),
      )
      .join('; '),
  });
  return (
    <section aria-labelledby="overview-feasibility" className="overview-section card">
      <h2 id="overview-feasibility">{t('feasibility.heading')}</h2>
      <p className="help">{t('feasibility.intro')}</p>
      <dl className="overview-figure">
        <dt>{t('feasibility.feasible')}</dt>
        <dd className="overview-figure-value">
          <Link to={measuresHref(planId, { year, unitId: orgUnitId, feasibility: '1-2' })}>
            <Amount kronor={feasible} />
          </Link>
        </dd>
        <dd className="help">
          {t('feasibility.feasibleHelp', {
            share: formatShare(shareOf(feasible, summary.total.planned), i18n.language),
          })}
        </dd>
      </dl>
      <Chart
        option={option}
        label={label}
        height="14rem"
        onClick={(click) => {
          const href = bars[click.dataIndex]?.href;
          if (href) navigate(href);
        }}
      />
      <GroupTable
        caption={t('feasibility.heading')}
        header={t('feasibility.value')}
        figures={figures}
        total={summary.total.planned}
      />
    </section>
  );
}
