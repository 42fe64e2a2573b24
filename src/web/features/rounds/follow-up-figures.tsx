import { useTranslation } from 'react-i18next';
import type { TPlanSummary } from '../../../shared/schemas/summary';
import { Amount } from '../../components/amount';
import type { ReportingStatement } from './follow-up-period';

interface Props {
  total: TPlanSummary['total'];
  /** Prefix of the ids and test ids, so two sets of figures can share a page. */
  id: string;
  /** What may be said about reporting (`reportingStatement`): stale, all reported, or none were asked for. */
  statement: ReportingStatement;
}

/** Forecast, outcome, deviation against target and the stale part, as of a period (SPEC §4). */
export function FollowUpFigures({ total, id, statement }: Props) {
  const { t } = useTranslation('rounds');
  const staleCount = total.staleCount ?? 0;
  const reporting =
    statement.kind === 'allReported'
      ? t('reporting.allReported', { period: statement.period })
      : t('reporting.noneDue');
  return (
    <dl className="key-figures rounds-figures">
      <div className="key-figure">
        <dt>{t('figures.forecast')}</dt>
        <dd data-testid={`${id}-forecast`}>
          <Amount kronor={total.forecast} />
        </dd>
        {total.target !== null ? (
          <dd className="key-figure-help">
            {t('figures.target')} <Amount kronor={total.target} />
          </dd>
        ) : null}
      </div>
      <div className="key-figure">
        <dt>{t('figures.outcome')}</dt>
        <dd data-testid={`${id}-outcome`}>
          <Amount kronor={total.outcome} />
        </dd>
      </div>
      <div className="key-figure">
        <dt>{t('figures.deviation')}</dt>
        <dd data-testid={`${id}-deviation`}>
          <Amount kronor={total.deviation} />
        </dd>
        {total.deviation === null || total.deviation === undefined ? (
          <dd className="key-figure-help">{t('figures.deviationNone')}</dd>
        ) : null}
      </div>
      <div className={staleCount > 0 ? 'key-figure rounds-stale' : 'key-figure'}>
        <dt>{t('figures.stale')}</dt>
        <dd data-testid={`${id}-stale`}>
          <Amount kronor={total.stale} />
        </dd>
        <dd className="key-figure-help" data-testid={`${id}-stale-count`}>
          {staleCount > 0 ? (
            <>
              {t('figures.staleCount', { count: staleCount })}
              {', '}
              {total.staleSince
                ? t('figures.staleSince', { period: total.staleSince })
                : t('figures.staleNever')}
            </>
          ) : (
            reporting
          )}
        </dd>
        <dd className="key-figure-help" data-testid={`${id}-stale-help`}>
          {t('common:terms.staleHelp')}
        </dd>
      </div>
    </dl>
  );
}
