import { useTranslation } from 'react-i18next';
import type { TPlanSummary } from '../../../shared/schemas/summary';
import { Link } from '../../app/as-of-links';
import { amountText } from '../../app/page-locale';
import { Amount } from '../../components/amount';
import { formatShare, plannedDeviation, shareOf } from './figures';

interface Props {
  total: TPlanSummary['total'];
  year: number;
  /** The chosen unit: its target is its *sparbeting*; the plan's target for the whole organisation. */
  isUnit: boolean;
  measuresHref: string;
  /** A visible heading, when the plan's figures follow the follow-up's (else a hidden "Nyckeltal"). */
  heading?: string | undefined;
}

/** Target, planned level, original plan and the deviation from the target (planned − target), in words as well as figures. */
export function KeyFigures({ total, year, isUnit, measuresHref, heading }: Props) {
  const { t, i18n } = useTranslation('overview');
  const gap = plannedDeviation(total);
  const share = shareOf(total.planned, total.target);
  return (
    <section aria-labelledby="overview-key-figures">
      <h2 id="overview-key-figures" className={heading ? undefined : 'visually-hidden'}>
        {heading ?? t('keyFigures.heading')}
      </h2>
      <dl className="key-figures overview-key-figures">
        <div className="key-figure">
          <dt>{t(isUnit ? 'keyFigures.unitTarget' : 'keyFigures.target', { year })}</dt>
          <dd>
            <Amount kronor={total.target} />
          </dd>
          {total.target === null ? (
            <dd className="key-figure-help">{t('keyFigures.noTarget', { year })}</dd>
          ) : null}
        </div>
        <div className="key-figure key-figure-main">
          <dt>{t('keyFigures.planned')}</dt>
          <dd>
            <Link to={measuresHref} className="key-figure-link">
              <Amount kronor={total.planned} />
              <span className="visually-hidden">, {t('showMeasuresFor')}</span>
            </Link>
          </dd>
          {share !== null ? (
            <dd className="key-figure-help">
              {t('keyFigures.plannedHelp', { share: formatShare(share, i18n.language) })}
            </dd>
          ) : null}
        </div>
        <div className="key-figure">
          <dt>{t('keyFigures.original')}</dt>
          <dd>
            <Amount kronor={total.originalPlanned} />
          </dd>
          <dd className="key-figure-help">
            {t(total.originalPlanned === null ? 'keyFigures.noOriginal' : 'keyFigures.originalHelp')}
          </dd>
        </div>
        <div className={`key-figure${gap ? ` key-figure-deviation-${gap.direction}` : ''}`}>
          <dt>{t('keyFigures.deviation')}</dt>
          <dd>
            <Amount kronor={gap?.amount} />
          </dd>
          <dd className="key-figure-help key-figure-words">
            {gap === null
              ? t('keyFigures.noDeviation')
              : gap.direction === 'onTarget'
                ? t('keyFigures.onTarget')
                : t(`keyFigures.${gap.direction}`, {
                    amount: amountText(Math.abs(gap.amount), { unit: 'mnkr', language: i18n.language }),
                  })}
          </dd>
        </div>
      </dl>
    </section>
  );
}
