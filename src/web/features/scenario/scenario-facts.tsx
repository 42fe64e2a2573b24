import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatRate } from '../../../shared/scenario-assumptions';
import type { TScenario } from '../../../shared/schemas/scenario';
import { localPercent } from '../../app/page-locale';
import { Amount } from '../../components/amount';

/** The scenario's header for those who may only read it (or as of a past instant). */
export function ScenarioFacts({ scenario, planName }: { scenario: TScenario; planName: string | undefined }) {
  const { t, i18n } = useTranslation('scenario');
  const { input } = scenario;
  const fact = (label: string, value: ReactNode) => (
    <div className="fact">
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
  return (
    <section aria-labelledby="scenario-header" className="scenario-fields">
      <h2 id="scenario-header">{t('header.heading')}</h2>
      <dl className="facts">
        {fact(t('header.sourceNote'), scenario.sourceNote ?? '–')}
        {fact(t('header.sourceDate'), scenario.sourceDate ?? '–')}
        {fact(
          t('header.plan'),
          planName
            ? t('list.planWith', { plan: planName, source: t(`planSource.${scenario.planSource}`) })
            : t('list.noPlan'),
        )}
        {fact(t('header.baseYear'), input.baseYear)}
        {fact(t('header.baseRevenue'), <Amount kronor={input.base.revenue} />)}
        {fact(t('header.baseNetCost'), <Amount kronor={input.base.netCost} />)}
        {fact(t('header.baseResult'), <Amount kronor={input.base.revenue - input.base.netCost} />)}
        {fact(t('header.goalShare'), localPercent(formatRate(input.goalShare), i18n.language))}
        {fact(
          t('header.deficits'),
          input.openingDeficits.length === 0
            ? t('header.noDeficits')
            : input.openingDeficits.map((d) => (
                <span key={d.year} className="deficit-fact">
                  {d.year}: <Amount kronor={d.amount} />
                </span>
              )),
        )}
      </dl>
    </section>
  );
}
