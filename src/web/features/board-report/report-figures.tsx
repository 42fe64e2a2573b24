import { useTranslation } from 'react-i18next';
import { deviationDirection } from '../../../shared/deviation';
import type { TReportFigures } from '../../../shared/schemas/board-report';
import { Link } from '../../app/as-of-links';
import { Amount } from '../../components/amount';
import { formatShare } from '../overview/figures';

interface Props {
  figures: TReportFigures;
  /** The measures list behind the figures (the unit's subtree in the report's year). */
  measuresHref: string;
}

/** The key figures of the board report; every amount links to the measures behind it. */
export function ReportFigures({ figures, measuresHref }: Props) {
  const { t, i18n } = useTranslation('boardReport');
  const direction = figures.deviation === null ? null : deviationDirection(figures.deviation);
  const items: { key: keyof TReportFigures; kronor: number | null; help?: string; className?: string }[] = [
    { key: 'target', kronor: figures.target },
    { key: 'planned', kronor: figures.planned },
    { key: 'originalPlanned', kronor: figures.originalPlanned },
    { key: 'outcome', kronor: figures.outcome },
    { key: 'forecast', kronor: figures.forecast, className: 'key-figure-main' },
    {
      key: 'deviation',
      kronor: figures.deviation,
      className: direction ? `key-figure-deviation-${direction}` : undefined,
    },
    { key: 'riskWeighted', kronor: figures.riskWeighted },
    {
      key: 'stale',
      kronor: figures.stale,
      help: t('figures.staleHelp', { share: formatShare(figures.staleShare, i18n.language) }),
    },
  ];
  return (
    <section aria-labelledby="board-report-figures">
      <h2 id="board-report-figures">{t('figures.heading')}</h2>
      <dl className="key-figures overview-key-figures board-report-figures">
        {items.map((item) => (
          <div key={item.key} className={`key-figure${item.className ? ` ${item.className}` : ''}`}>
            <dt>{t(`figures.${item.key}`)}</dt>
            <dd>
              {item.kronor === null ? (
                <Amount kronor={null} />
              ) : (
                <Link to={measuresHref} className="key-figure-link">
                  <Amount kronor={item.kronor} />
                  <span className="visually-hidden">, {t('figures.showMeasures')}</span>
                </Link>
              )}
            </dd>
            {item.help ? <dd className="key-figure-help">{item.help}</dd> : null}
          </div>
        ))}
      </dl>
    </section>
  );
}
