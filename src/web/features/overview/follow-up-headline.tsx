import { useTranslation } from 'react-i18next';
import type { TPlanSummary } from '../../../shared/schemas/summary';
import { Link } from '../../app/as-of-links';
import { amountText } from '../../app/page-locale';
import { Amount } from '../../components/amount';
import { forecastHeadline, statusCountItems } from './headline';

interface Props {
  total: TPlanSummary['total'];
  year: number;
  period: string;
  /** The chosen unit: its target is its *sparbeting*; the plan's target for the whole organisation. */
  isUnit: boolean;
  /** Uppföljning as of the period: where the stale measures and the rounds are listed. */
  followUpHref: string;
}

/**
 * The first thing on the overview once the year has reports (issue 11, item 7): forecast against target as of
 * the latest month with reports, its deviation, the planned level beside it, the risk-weighted forecast, the
 * measures per status and the stale part — the right picture in 30 seconds. The plan's own figures follow.
 */
export function FollowUpHeadline({ total, year, period, isUnit, followUpHref }: Props) {
  const { t } = useTranslation('overview');
  const figures = forecastHeadline(total);
  if (!figures) return null;
  const counts = total.statusCounts ? statusCountItems(total.statusCounts) : undefined;
  const amount = (kronor: number) => amountText(Math.abs(kronor), { unit: 'mnkr' });
  const words =
    figures.direction === null || figures.deviation === null
      ? t('keyFigures.noDeviation')
      : figures.direction === 'onTarget'
        ? t('keyFigures.onTarget')
        : t(`keyFigures.${figures.direction}`, { amount: amount(figures.deviation) });
  const targetLabel = t(isUnit ? 'keyFigures.unitTarget' : 'keyFigures.target', { year });
  return (
    <section
      aria-labelledby="overview-headline"
      className="overview-headline"
      data-testid="overview-headline"
    >
      <h2 id="overview-headline">{t('headline.heading', { year, period })}</h2>
      <p className="overview-lead">{t('headline.lead', { period })}</p>
      <dl className="key-figures overview-key-figures">
        <div
          className={`key-figure key-figure-main${figures.direction ? ` key-figure-deviation-${figures.direction}` : ''}`}
        >
          <dt>{t('headline.forecast', { year })}</dt>
          <dd>
            <Amount kronor={figures.forecast} />
          </dd>
          <dd className="key-figure-help key-figure-words">{words}</dd>
          <dd className="key-figure-help">
            {targetLabel}: <Amount kronor={figures.target} />
          </dd>
        </div>
        <div className="key-figure">
          <dt>{t('keyFigures.deviation')}</dt>
          <dd>
            <Amount kronor={figures.deviation} />
          </dd>
          <dd className="key-figure-help">{t('headline.deviationHelp')}</dd>
        </div>
        <div className="key-figure">
          <dt>{t('headline.riskWeighted')}</dt>
          <dd>
            <Amount kronor={figures.riskWeighted} />
          </dd>
          <dd className="key-figure-help">{t('headline.riskWeightedHelp')}</dd>
        </div>
        <div className="key-figure">
          <dt>{t('keyFigures.planned')}</dt>
          <dd>
            <Amount kronor={figures.planned} />
          </dd>
          <dd className="key-figure-help">{t('headline.plannedHelp')}</dd>
        </div>
        {counts ? (
          <div className="key-figure">
            <dt>{t('headline.statuses')}</dt>
            <dd className="overview-statuses">
              <ul>
                {counts.items.map(({ status, count }) => (
                  <li key={status} className={`overview-status overview-status-${status}`}>
                    {t(`headline.status.${status}`, { count })}
                  </li>
                ))}
              </ul>
            </dd>
            <dd className="key-figure-help">{t('headline.statusesHelp', { count: counts.total, period })}</dd>
          </div>
        ) : null}
        <div className={figures.staleCount > 0 ? 'key-figure rounds-stale' : 'key-figure'}>
          <dt>{t('headline.stale')}</dt>
          <dd>
            <Link to={followUpHref} className="key-figure-link">
              <Amount kronor={figures.stale} />
              <span className="visually-hidden">, {t('headline.showFollowUp')}</span>
            </Link>
          </dd>
          <dd className="key-figure-help">
            {figures.staleCount > 0
              ? figures.staleSince
                ? t('headline.staleSince', { count: figures.staleCount, period: figures.staleSince })
                : t('headline.staleNever', { count: figures.staleCount })
              : t('headline.noneStale')}
          </dd>
        </div>
      </dl>
    </section>
  );
}
