import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { COLUMNS, type ColumnId, FOLLOW_UP_COLUMNS } from './grid-columns';
import type { GridAmountUnit, GridSettings } from './use-grid-settings';

interface Props {
  settings: GridSettings;
  year: number;
  /** The period of the follow-up columns; absent when the plan has no follow-up for the year. */
  period?: string | undefined;
  onChange: (change: Partial<GridSettings>) => void;
  onReset: () => void;
}

/** Which columns the grid shows and the amount unit; remembered in this browser. */
export function ColumnChooser({ settings, year, period, onChange, onReset }: Props) {
  const { t } = useTranslation('grid');
  const unitId = useId();
  const chosen = new Set(settings.columns);
  const hidden = new Set(settings.hiddenFollowUp);
  const toggle = (id: ColumnId, on: boolean) => {
    const next = COLUMNS.map((c) => c.id).filter((c) => (c === id ? on : chosen.has(c)));
    onChange({ columns: next });
  };
  const toggleFollowUp = (id: ColumnId, on: boolean) => {
    const next = FOLLOW_UP_COLUMNS.filter((c) => (c === id ? !on : hidden.has(c)));
    onChange({ hiddenFollowUp: next });
  };
  return (
    <details className="column-chooser">
      <summary className="button">{t('chooser.button')}</summary>
      <div className="column-chooser-panel">
        <fieldset>
          <legend>{t('chooser.legend')}</legend>
          <ul>
            {COLUMNS.filter((column) => !column.isFollowUp).map((column) => (
              <li key={column.id}>
                <label>
                  <input
                    type="checkbox"
                    checked={column.isFixed || chosen.has(column.id)}
                    disabled={column.isFixed}
                    onChange={(event) => toggle(column.id, event.target.checked)}
                  />{' '}
                  {t(`columns.${column.id}`, { year })}
                  {column.isFixed ? <span className="help"> ({t('chooser.alwaysShown')})</span> : null}
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
        {period ? (
          <fieldset>
            <legend>{t('chooser.followUpLegend', { period })}</legend>
            <ul>
              {FOLLOW_UP_COLUMNS.map((id) => (
                <li key={id}>
                  <label>
                    <input
                      type="checkbox"
                      checked={!hidden.has(id)}
                      onChange={(event) => toggleFollowUp(id, event.target.checked)}
                    />{' '}
                    {t(`columns.${id}`, { year })}
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
        ) : null}
        <div className="field">
          <label htmlFor={unitId}>{t('chooser.unit')}</label>
          <select
            id={unitId}
            value={settings.unit}
            onChange={(event) => onChange({ unit: event.target.value as GridAmountUnit })}
          >
            <option value="tkr">tkr</option>
            <option value="mnkr">mnkr</option>
          </select>
        </div>
        <button type="button" className="button" onClick={onReset}>
          {t('chooser.reset')}
        </button>
      </div>
    </details>
  );
}
