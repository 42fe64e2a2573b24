import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScenarioLedger, ScenarioYearResult } from '../../../domain/scenario/compute-scenario';
import { Amount } from '../../components/amount';
import { mnkr } from '../overview/chart-options';
import { ChartCard } from './chart-card';
import { deficitLedgerOption } from './scenario-chart-options';

/**
 * (c) The balanskrav deficit ledger: what remains to restore after each year (overdue years highlighted) with
 * the balanskravsresultat, in a chart and a table, and each deficit's restoration schedule.
 */
export function LedgerSection({
  years,
  ledger,
}: {
  years: readonly ScenarioYearResult[];
  ledger: ScenarioLedger;
}) {
  const { t } = useTranslation('scenario');
  const option = useMemo(
    () =>
      deficitLedgerOption(years, {
        outstanding: t('charts.ledger.outstanding'),
        overdue: t('charts.ledger.overdue'),
        balanskravResult: t('results.balanskravResult'),
        unit: 'mnkr',
      }),
    [years, t],
  );
  const label = t('charts.ledger.label', {
    items: years
      .map((y) =>
        t('charts.ledger.item', {
          year: y.year,
          outstanding: mnkr(y.deficitOutstanding),
          overdue: y.deficitOverdue ? t('charts.ledger.overdueMark') : '',
          result: mnkr(y.balanskravResult),
        }),
      )
      .join('; '),
  });
  const lastYear = years.at(-1)?.year;
  return (
    <ChartCard
      name="ledger"
      heading={t('charts.ledger.heading')}
      help={t('charts.ledger.help')}
      option={option}
      label={label}
      table={
        <table className="table">
          <caption className="visually-hidden">{t('charts.ledger.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('common:nav.year')}</th>
              <th scope="col" className="num">
                {t('results.balanskravResult')}
              </th>
              <th scope="col" className="num">
                {t('charts.ledger.outstanding')}
              </th>
              <th scope="col">{t('results.deficitOverdue')}</th>
            </tr>
          </thead>
          <tbody>
            {years.map((y) => (
              <tr key={y.year} className={y.deficitOverdue ? 'ledger-overdue' : undefined}>
                <th scope="row">{y.year}</th>
                <td className="num">
                  <Amount kronor={y.balanskravResult} />
                </td>
                <td className="num">
                  <Amount kronor={y.deficitOutstanding} />
                </td>
                <td>{y.deficitOverdue ? t('yes') : t('no')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
      after={
        ledger.deficits.length === 0 ? (
          <p className="help">{t('charts.ledger.none')}</p>
        ) : (
          <table className="table ledger-schedule" data-testid="ledger-schedule">
            <caption>{t('charts.ledger.scheduleCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('charts.ledger.deficitYear')}</th>
                <th scope="col" className="num">
                  {t('charts.ledger.amount')}
                </th>
                <th scope="col">{t('charts.ledger.deadline')}</th>
                <th scope="col">{t('charts.ledger.restoredBy')}</th>
                <th scope="col" className="num">
                  {t('charts.ledger.remaining', { year: lastYear })}
                </th>
              </tr>
            </thead>
            <tbody>
              {ledger.deficits.map((deficit) => {
                const lines = ledger.schedule.filter((line) => line.deficitYear === deficit.year);
                return (
                  <tr key={deficit.year}>
                    <th scope="row">{deficit.year}</th>
                    <td className="num">
                      <Amount kronor={deficit.amount} />
                    </td>
                    <td>{deficit.deadline}</td>
                    <td>
                      {lines.length === 0
                        ? t('charts.ledger.notYet')
                        : lines
                            .map((line) =>
                              t('charts.ledger.restoredIn', {
                                year: line.restoredInYear,
                                amount: mnkr(line.amount),
                              }),
                            )
                            .join('; ')}
                    </td>
                    <td className="num">
                      <Amount kronor={deficit.remaining} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )
      }
    />
  );
}
