import { useTranslation } from 'react-i18next';
import type { ChosenPlanLevel, PlanSource } from '../../../domain/scenario/plan-level';
import type { AssumptionKey } from '../../../shared/scenario-assumptions';
import type { TablePosition } from './assumption-paste';
import { AssumptionTable } from './assumption-table';
import { canAddYear, canRemoveYear, type ScenarioDraft } from './scenario-draft';

interface Props {
  draft: ScenarioDraft;
  years: readonly number[];
  isEditable: boolean;
  isPlanLevelEditable: boolean;
  chosen: readonly ChosenPlanLevel[] | undefined;
  planSource: PlanSource;
  errorAt: (place: string) => string | undefined;
  /** Problems of the table as a whole (the number of years, a figure growing past what Balans holds). */
  tableErrors: readonly string[];
  /** What the last change did besides (a cleared growth, a paste), read out politely. */
  status: string;
  pasteError: string | undefined;
  onCellChange: (column: number, key: AssumptionKey, text: string) => void;
  onPaste: (at: TablePosition, text: string) => boolean;
  onAddYear: () => void;
  onRemoveYear: () => void;
}

/** "Antaganden per år": how to type and paste, the table, and adding or removing a year at the end. */
export function AssumptionSection(props: Props) {
  const { draft, years, isEditable, isPlanLevelEditable } = props;
  const { t } = useTranslation('scenario');
  const last = years.at(-1) ?? 0;
  return (
    <section aria-labelledby="scenario-assumptions" className="scenario-section">
      <h2 id="scenario-assumptions">{t('table.heading')}</h2>
      {isEditable ? (
        <div className="scenario-help">
          <p className="help">{t('table.help')}</p>
          <p className="help">{t('table.revenueHelp')}</p>
          {!isPlanLevelEditable ? (
            <p className="help">
              {t('table.planLevelHelp', { source: t(`planSource.${props.planSource}`) })}
            </p>
          ) : null}
        </div>
      ) : null}
      <AssumptionTable
        draft={draft}
        years={years}
        isEditable={isEditable}
        isPlanLevelEditable={isPlanLevelEditable}
        chosen={props.chosen}
        errorAt={props.errorAt}
        onCellChange={props.onCellChange}
        onPaste={props.onPaste}
      />
      <p role="status" className="help table-status" data-testid="table-status">
        {props.status}
      </p>
      {props.pasteError ? (
        <p className="alert alert-error" role="alert" data-testid="paste-error">
          {props.pasteError}
        </p>
      ) : null}
      {props.tableErrors.length > 0 ? (
        <div className="alert alert-error" role="alert">
          <p>{t('table.tableErrors')}</p>
          <ul>
            {props.tableErrors.map((error) => (
              <li key={error}>{error}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {isEditable ? (
        <div className="year-actions">
          <button type="button" className="button" disabled={!canAddYear(draft)} onClick={props.onAddYear}>
            {t('table.addYear', { year: last + 1 })}
          </button>
          <button
            type="button"
            className="button"
            disabled={!canRemoveYear(draft)}
            onClick={props.onRemoveYear}
          >
            {t('table.removeYear', { year: last })}
          </button>
          <span className="help">{t('table.yearsHelp')}</span>
        </div>
      ) : null}
    </section>
  );
}
