import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { COST_TYPES } from '../../../shared/enums';
import type { TMeasure } from '../../../shared/schemas/measure';
import type { TPlan } from '../../../shared/schemas/plan';
import { amountText, pageLanguage } from '../../app/page-locale';
import { type EconomyMeasure, lastYearLevel, netPerYear, plannedLevels } from './economy';
import { amountsByYear, cellKey, type Effect, effectsFromGrid, parseTkr, tkrText } from './effects-grid';
import type { MeasureFormApi } from './form-api';
import { CellInput, TextField } from './form-fields';
import { Fact, MeasureSection } from './section';

/** Whole kronor in tkr, exact (as many decimals as needed); the krona figure in the title and data-kronor. */
export function Tkr({ kronor }: { kronor: number | null }) {
  if (kronor === null) return <span className="empty-value">–</span>;
  return (
    <span className="amount" data-kronor={kronor} title={amountText(kronor, { unit: 'kr' })}>
      {tkrText(kronor, pageLanguage())}
    </span>
  );
}

function Convention({ plan }: { plan: TPlan }) {
  const { t } = useTranslation('measure');
  return (
    <p className="convention-note" data-testid="convention-note">
      <strong>{t(`economy.convention.${plan.convention}.title`)}</strong>{' '}
      {t(`economy.convention.${plan.convention}.explain`)}
    </p>
  );
}

/**
 * The effects table: years × cost types, in tkr as the plan states them; the row sum of each year, the
 * measure's planned level (what the plan's summary counts), and in the footer each cost type's level in the
 * plan's last year. `cell` renders a cell (text in view mode, an input in edit mode).
 */
function EffectsTable({
  plan,
  years,
  measure,
  cell,
}: {
  plan: TPlan;
  years: readonly number[];
  measure: EconomyMeasure;
  cell: (year: number, costType: (typeof COST_TYPES)[number]) => ReactNode;
}) {
  const { t } = useTranslation('measure');
  const levels = plannedLevels(measure, plan.convention, years);
  const sums = amountsByYear(measure.effects);
  return (
    <div className="table-scroll">
      <table className="table effects-table" data-testid="effects-table">
        <caption>{t('economy.caption', { convention: t(`enums:convention.${plan.convention}`) })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('economy.year')}</th>
            {COST_TYPES.map((costType) => (
              <th key={costType} scope="col" className="num">
                {t(`enums:costType.${costType}`)}
              </th>
            ))}
            <th scope="col" className="num">
              {t(`economy.rowSum.${plan.convention}`)}
            </th>
            <th scope="col" className="num">
              {t('economy.plannedLevel')}
            </th>
          </tr>
        </thead>
        <tbody>
          {years.map((year) => (
            <tr key={year}>
              <th scope="row">{year}</th>
              {COST_TYPES.map((costType) => (
                <td key={costType} className="num">
                  {cell(year, costType)}
                </td>
              ))}
              <td className="num" data-testid={`row-sum-${year}`}>
                <Tkr kronor={sums[year] ?? 0} />
              </td>
              <td className="num level-cell" data-testid={`planned-level-${year}`}>
                <Tkr kronor={levels[year] ?? 0} />
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t(`economy.footer.${plan.convention}`, { year: plan.lastYear })}</th>
            {COST_TYPES.map((costType) => (
              <td key={costType} className="num">
                <Tkr kronor={lastYearLevel(measure.effects, plan.convention, plan.lastYear, costType)} />
              </td>
            ))}
            <td className="num">
              <Tkr kronor={lastYearLevel(measure.effects, plan.convention, plan.lastYear)} />
            </td>
            <td className="num">
              <Tkr kronor={levels[plan.lastYear] ?? 0} />
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

function NetTable({
  plan,
  years,
  measure,
}: {
  plan: TPlan;
  years: readonly number[];
  measure: EconomyMeasure;
}) {
  const { t } = useTranslation('measure');
  const rows = netPerYear(measure, plan.convention, years);
  return (
    <div className="table-scroll">
      <table className="table net-table" data-testid="net-table">
        <caption>{t('economy.netCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('economy.year')}</th>
            <th scope="col" className="num">
              {t('economy.plannedLevel')}
            </th>
            <th scope="col" className="num">
              {t('economy.runningCost')}
            </th>
            <th scope="col" className="num">
              {t('economy.net')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.year}>
              <th scope="row">{row.year}</th>
              <td className="num">
                <Tkr kronor={row.level} />
              </td>
              <td className="num">
                <Tkr kronor={row.runningCost} />
              </td>
              <td className="num" data-testid={`net-${row.year}`}>
                <strong>
                  <Tkr kronor={row.net} />
                </strong>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="help">{t('economy.netExplain')}</p>
    </div>
  );
}

function StatusNote({ measure }: { measure: EconomyMeasure }) {
  const { t } = useTranslation('measure');
  if (measure.status === 'cancelled')
    return <p className="alert alert-warning">{t('economy.cancelledNote')}</p>;
  if (measure.isTemporary && measure.endMonth) {
    return <p className="help">{t('economy.temporaryNote', { year: measure.endMonth.slice(0, 4) })}</p>;
  }
  return null;
}

export function EconomyView({
  measure,
  plan,
  years,
}: {
  measure: TMeasure;
  plan: TPlan;
  years: readonly number[];
}) {
  const { t } = useTranslation('measure');
  const byCell = new Map(measure.effects.map((e) => [cellKey(e.year, e.costType), e.amount]));
  return (
    <MeasureSection id="ekonomi" title={t('sections.economy')}>
      <Convention plan={plan} />
      <StatusNote measure={measure} />
      <EffectsTable
        plan={plan}
        years={years}
        measure={measure}
        cell={(year, costType) => <Tkr kronor={byCell.get(cellKey(year, costType)) ?? null} />}
      />
      <dl className="facts">
        <Fact term={t('economy.investment')}>
          <Tkr kronor={measure.investment} />
        </Fact>
        <Fact term={t('economy.oneOffCost')}>
          <Tkr kronor={measure.oneOffCost} />
        </Fact>
        <Fact term={t('economy.runningCostPerYear')}>
          <Tkr kronor={measure.runningCostPerYear} />
        </Fact>
      </dl>
      <NetTable plan={plan} years={years} measure={measure} />
    </MeasureSection>
  );
}

export function EconomyFields({
  form,
  plan,
  years,
}: {
  form: MeasureFormApi;
  plan: TPlan;
  years: readonly number[];
}) {
  const { t } = useTranslation('measure');
  const { draft, update, errorOf } = form;
  const effects: Effect[] = effectsFromGrid(draft.effects, years).effects;
  const running = parseTkr(draft.runningCostPerYear);
  const live: EconomyMeasure = {
    status: draft.status,
    isTemporary: draft.isTemporary,
    startMonth: /^\d{4}-\d{2}$/.test(draft.startMonth) ? draft.startMonth : null,
    endMonth: /^\d{4}-\d{2}$/.test(draft.endMonth) ? draft.endMonth : null,
    runningCostPerYear: running.ok ? running.kronor : null,
    effects,
  };
  return (
    <MeasureSection id="ekonomi" title={t('sections.economy')}>
      <Convention plan={plan} />
      <p className="help" id="effects-help">
        {t('economy.typeHelp')}
      </p>
      <StatusNote measure={live} />
      <EffectsTable
        plan={plan}
        years={years}
        measure={live}
        cell={(year, costType) => {
          const key = cellKey(year, costType);
          return (
            <CellInput
              field={`effects.${key}`}
              label={t('economy.cellLabel', { costType: t(`enums:costType.${costType}`), year })}
              value={draft.effects[key] ?? ''}
              onChange={(text) => update({ effects: { ...draft.effects, [key]: text } })}
              error={errorOf(`effects.${key}`)}
              inputMode="decimal"
              className="amount-input"
            />
          );
        }}
      />
      <div className="form-grid">
        <TextField
          field="investment"
          label={t('economy.investmentTkr')}
          inputMode="decimal"
          value={draft.investment}
          onChange={(investment) => update({ investment })}
          error={errorOf('investment')}
        />
        <TextField
          field="oneOffCost"
          label={t('economy.oneOffCostTkr')}
          inputMode="decimal"
          value={draft.oneOffCost}
          onChange={(oneOffCost) => update({ oneOffCost })}
          error={errorOf('oneOffCost')}
        />
        <TextField
          field="runningCostPerYear"
          label={t('economy.runningCostPerYearTkr')}
          inputMode="decimal"
          value={draft.runningCostPerYear}
          onChange={(runningCostPerYear) => update({ runningCostPerYear })}
          error={errorOf('runningCostPerYear')}
        />
      </div>
      <NetTable plan={plan} years={years} measure={live} />
    </MeasureSection>
  );
}
