import { useCallback, useState } from 'react';
import type { AmountUnit } from '../../../shared/money';
import { type ColumnId, DEFAULT_COLUMNS, isColumnId } from './grid-columns';

const STORAGE_KEY = 'balans.measuresGrid';

export type GridAmountUnit = Extract<AmountUnit, 'tkr' | 'mnkr'>;

export interface GridSettings {
  columns: ColumnId[];
  unit: GridAmountUnit;
  /** Follow-up columns the user turned off (they are on by default once the plan has follow-up). */
  hiddenFollowUp: ColumnId[];
}

const DEFAULTS: GridSettings = { columns: [...DEFAULT_COLUMNS], unit: 'tkr', hiddenFollowUp: [] };

function readSettings(): GridSettings {
  try {
    const stored = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as Partial<GridSettings> | null;
    if (!stored) return DEFAULTS;
    const columns = Array.isArray(stored.columns) ? stored.columns.filter(isColumnId) : DEFAULTS.columns;
    const hiddenFollowUp = Array.isArray(stored.hiddenFollowUp)
      ? stored.hiddenFollowUp.filter(isColumnId)
      : [];
    return { columns, unit: stored.unit === 'mnkr' ? 'mnkr' : 'tkr', hiddenFollowUp };
  } catch {
    return DEFAULTS;
  }
}

/** The user's choice of columns and amount unit, remembered in this browser. */
export function useGridSettings() {
  const [settings, setSettings] = useState<GridSettings>(readSettings);
  const update = useCallback((change: Partial<GridSettings>) => {
    setSettings((current) => {
      const next = { ...current, ...change };
      localStorage.setItem(STORAGE_KEY, JSON.stringify(next));
      return next;
    });
  }, []);
  const reset = useCallback(() => {
    localStorage.removeItem(STORAGE_KEY);
    setSettings(DEFAULTS);
  }, []);
  return { settings, update, reset };
}
