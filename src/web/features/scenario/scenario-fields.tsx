import { useTranslation } from 'react-i18next';
import { PLAN_SOURCES, type PlanSource } from '../../../domain/scenario/plan-level';
import type { TPlan } from '../../../shared/schemas/plan';
import { Amount } from '../../components/amount';
import { IsoDateInput } from '../../components/iso-date-input';
import { deficitPlace } from './parse-draft';
import type { DraftDeficit, ScenarioDraft } from './scenario-draft';
import { ScenarioField } from './scenario-field';

interface Props {
  draft: ScenarioDraft;
  plans: readonly TPlan[];
  errorAt: (place: string) => string | undefined;
  /** The base year's result (revenue − net cost), when both read. */
  baseResult: number | null;
  onChange: (change: Partial<ScenarioDraft>) => void;
  onPlanSourceChange: (source: PlanSource) => void;
}

/** The scenario's header: name, the assumptions' source, the linked plan, the base year and the goal. */
export function ScenarioFields({ draft, plans, errorAt, baseResult, onChange, onPlanSourceChange }: Props) {
  const { t } = useTranslation('scenario');
  const text = (
    place: keyof ScenarioDraft & string,
    label: string,
    options: { help?: string; wide?: boolean; numeric?: boolean } = {},
  ) => (
    <ScenarioField place={place} label={label} help={options.help} error={errorAt(place)} wide={options.wide}>
      {(control) => (
        <input
          {...control}
          type="text"
          inputMode={options.numeric ? 'decimal' : undefined}
          autoComplete="off"
          className={options.numeric ? 'amount-input' : options.wide ? 'input-wide' : undefined}
          value={draft[place] as string}
          onChange={(event) => onChange({ [place]: event.target.value })}
        />
      )}
    </ScenarioField>
  );
  return (
    <section aria-labelledby="scenario-header" className="scenario-fields">
      <h2 id="scenario-header">{t('header.heading')}</h2>
      <div className="form-grid">
        {text('name', t('header.name'), { wide: true })}
        {text('sourceNote', t('header.sourceNote'), { help: t('header.sourceNoteHelp'), wide: true })}
        <ScenarioField
          place="sourceDate"
          label={t('header.sourceDate')}
          help={t('common:date.help')}
          error={errorAt('sourceDate')}
        >
          {(control) => (
            <IsoDateInput
              {...control}
              value={draft.sourceDate}
              onChange={(sourceDate) => onChange({ sourceDate })}
            />
          )}
        </ScenarioField>
        <ScenarioField place="planId" label={t('header.plan')} error={errorAt('planId')}>
          {(control) => (
            <select
              {...control}
              value={draft.planId ?? ''}
              onChange={(event) => {
                const planId = event.target.value || null;
                onChange({ planId });
                // Without a plan the levels are typed, starting from those the plan gave.
                if (!planId) onPlanSourceChange('given');
              }}
            >
              <option value="">{t('header.noPlan')}</option>
              {plans.map((plan) => (
                <option key={plan.id} value={plan.id}>
                  {plan.name}
                </option>
              ))}
            </select>
          )}
        </ScenarioField>
        <ScenarioField place="planSource" label={t('header.planSource')} help={t('header.planSourceHelp')}>
          {(control) => (
            <select
              {...control}
              value={draft.planId ? draft.planSource : 'given'}
              disabled={!draft.planId}
              onChange={(event) => onPlanSourceChange(event.target.value as PlanSource)}
            >
              {PLAN_SOURCES.map((source) => (
                <option key={source} value={source}>
                  {t(`planSourceOption.${source}`)}
                </option>
              ))}
            </select>
          )}
        </ScenarioField>
        {text('baseYear', t('header.baseYear'), { help: t('header.baseYearHelp'), numeric: true })}
        {text('baseRevenue', t('header.baseRevenue'), { numeric: true })}
        {text('baseNetCost', t('header.baseNetCost'), { numeric: true })}
        <div className="field">
          <span className="label">{t('header.baseResult')}</span>
          <output className="base-result" htmlFor="scenario-baseRevenue scenario-baseNetCost">
            <Amount kronor={baseResult} />
          </output>
        </div>
        {text('goalShare', t('header.goalShare'), { numeric: true })}
      </div>
      <Deficits
        deficits={draft.openingDeficits}
        errorAt={errorAt}
        onChange={(openingDeficits) => onChange({ openingDeficits })}
      />
    </section>
  );
}

function Deficits({
  deficits,
  errorAt,
  onChange,
}: {
  deficits: readonly DraftDeficit[];
  errorAt: (place: string) => string | undefined;
  onChange: (deficits: DraftDeficit[]) => void;
}) {
  const { t } = useTranslation('scenario');
  const set = (index: number, change: Partial<DraftDeficit>) =>
    onChange(deficits.map((d, i) => (i === index ? { ...d, ...change } : d)));
  const input = (index: number, part: 'year' | 'amount', label: string) => {
    const place = deficitPlace(index, part);
    const error = errorAt(place);
    return (
      <>
        <input
          id={`scenario-${place.replaceAll('.', '-')}`}
          aria-label={label}
          inputMode="decimal"
          autoComplete="off"
          className={part === 'year' ? 'year-input' : 'amount-input'}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `scenario-${place.replaceAll('.', '-')}-error` : undefined}
          value={deficits[index]?.[part] ?? ''}
          onChange={(event) => set(index, { [part]: event.target.value })}
        />
        {error ? (
          <span id={`scenario-${place.replaceAll('.', '-')}-error`} className="cell-error">
            {error}
          </span>
        ) : null}
      </>
    );
  };
  return (
    <fieldset className="scenario-deficits">
      <legend>{t('header.deficits')}</legend>
      <p className="help">{t('header.deficitsHelp')}</p>
      {deficits.length === 0 ? (
        <p>{t('header.noDeficits')}</p>
      ) : (
        <table className="table deficits-table">
          <thead>
            <tr>
              <th scope="col">{t('header.deficitYear')}</th>
              <th scope="col" className="num">
                {t('header.deficitAmount')}
              </th>
              <td />
            </tr>
          </thead>
          <tbody>
            {deficits.map((_, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: rows are positions in a list the user edits
              <tr key={index}>
                <td>{input(index, 'year', t('header.deficitYearOf', { number: index + 1 }))}</td>
                <td className="num">
                  {input(index, 'amount', t('header.deficitAmountOf', { number: index + 1 }))}
                </td>
                <td>
                  <button
                    type="button"
                    className="button button-small"
                    aria-label={t('header.removeDeficit', { number: index + 1 })}
                    onClick={() => onChange(deficits.filter((__, i) => i !== index))}
                  >
                    {t('common:delete')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <button
        type="button"
        className="button"
        onClick={() => onChange([...deficits, { year: '', amount: '' }])}
      >
        {t('header.addDeficit')}
      </button>
    </fieldset>
  );
}
