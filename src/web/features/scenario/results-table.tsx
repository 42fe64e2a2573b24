import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScenarioResult, ScenarioYearResult } from '../../../domain/scenario/compute-scenario';
import type { ChosenPlanLevel } from '../../../domain/scenario/plan-level';
import { percentText } from '../../../shared/percent';
import { Amount } from '../../components/amount';

interface Props {
  result: ScenarioResult;
  chosen: readonly ChosenPlanLevel[];
  /** The base year as given (its result is revenue − net cost); null while it cannot be read. */
  base: { year: number; revenue: number; netCost: number } | null;
}

type AmountFigure = Exclude<keyof ScenarioYearResult, 'year' | 'deficitOverdue'>;

const AMOUNT_ROWS: readonly AmountFigure[] = [
  'revenue',
  'netCostBeforePlan',
  'planLevel',
  'netCost',
  'result',
];
const LATER_ROWS: readonly AmountFigure[] = [
  'goal',
  'gap',
  'requiredPlan',
  'balanskravResult',
  'deficitOutstanding',
];

/** The model's figures per year (columns) in mnkr, the exact kronor in each amount's title and data-kronor. */
export function ResultsTable({ result, chosen, base }: Props) {
  const { t, i18n } = useTranslation('scenario');
  const baseFigure = (figure: AmountFigure): number | null => {
    if (!base) return null;
    if (figure === 'revenue') return base.revenue;
    if (figure === 'netCostBeforePlan' || figure === 'netCost') return base.netCost;
    if (figure === 'result') return base.revenue - base.netCost;
    return null;
  };
  const row = (
    figure: string,
    baseCell: ReactNode,
    cell: (year: ScenarioYearResult, index: number) => ReactNode,
  ) => (
    <tr
      key={figure}
      data-figure={figure}
      className={figure === 'requiredPlan' ? 'result-key-row' : undefined}
    >
      <th scope="row">{t(`results.${figure}`)}</th>
      <td className="num result-base">{baseCell}</td>
      {result.years.map((year, index) => (
        <td key={year.year} className="num" data-year={year.year}>
          {cell(year, index)}
        </td>
      ))}
    </tr>
  );
  const amountRow = (figure: AmountFigure) =>
    row(figure, <Amount kronor={baseFigure(figure)} />, (year, index) => (
      <>
        <Amount kronor={year[figure]} />
        {figure === 'planLevel' && chosen[index] ? (
          <span className="cell-note">{t(`planSource.${chosen[index].source}`)}</span>
        ) : null}
      </>
    ));
  const share = (result: number, revenue: number) => percentText(result, revenue, 1, i18n.language);
  return (
    <div className="table-scroll">
      <table className="table results-table" data-testid="results-table">
        <caption className="visually-hidden">{t('results.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('results.figure')}</th>
            <th scope="col" className="num">
              {base ? t('results.base', { year: base.year }) : '–'}
            </th>
            {result.years.map((year) => (
              <th key={year.year} scope="col" className="num">
                {year.year}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {AMOUNT_ROWS.map(amountRow)}
          {row('resultShare', base ? share(base.revenue - base.netCost, base.revenue) : '–', (year) =>
            share(year.result, year.revenue),
          )}
          {LATER_ROWS.map(amountRow)}
          {row('deficitOverdue', '–', (year) => (
            <span className={year.deficitOverdue ? 'overdue-yes' : undefined}>
              {year.deficitOverdue ? t('yes') : t('no')}
            </span>
          ))}
        </tbody>
      </table>
    </div>
  );
}
