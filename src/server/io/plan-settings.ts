/**
 * The optional sheet `Inställningar` (SPEC §7): plan-wide defaults as key/value rows, column A the setting and
 * column B its value, under a header row.
 */
import { EFFECT_CONVENTION_SV } from '../../shared/enums';
import { MAX_TITLE_LENGTH, type Parsed, parseChoice, parseText, parseUnitPath } from './plan-cell-values';
import type { ImportIssue, ParsedPlanSettings } from './plan-workbook';
import { type CellValue, cellAddress, cellText, describeCell } from './workbook-cells';
import type { SheetRow } from './workbook-stream';

export const SETTINGS_SHEET = 'Inställningar';

type SettingKey = 'planName' | 'convention' | 'defaultUnitPath';

const SETTING_NAMES: Record<string, SettingKey> = {
  plan: 'planName',
  effektkonvention: 'convention',
  enhet: 'defaultUnitPath',
};

export interface SettingsCollector {
  settings: ParsedPlanSettings;
  errors: ImportIssue[];
  warnings: ImportIssue[];
  addRow(row: SheetRow): void;
}

function applySetting(settings: ParsedPlanSettings, key: SettingKey, value: CellValue): Parsed<unknown> {
  switch (key) {
    case 'planName': {
      const name = parseText(value, MAX_TITLE_LENGTH);
      if (name.ok) settings.planName = name.value;
      return name;
    }
    case 'convention': {
      const convention = parseChoice(value, EFFECT_CONVENTION_SV);
      if (convention.ok) settings.convention = convention.value;
      return convention;
    }
    case 'defaultUnitPath': {
      const path = parseUnitPath(value);
      if (path.ok) settings.defaultUnitPath = path.value;
      return path;
    }
  }
}

export function createSettingsCollector(): SettingsCollector {
  const collector: SettingsCollector = {
    settings: { planName: null, convention: null, defaultUnitPath: null },
    errors: [],
    warnings: [],
    addRow,
  };
  const seen = new Map<SettingKey, number>();

  function addRow(row: SheetRow): void {
    const keyCell = row.cells.find((cell) => cell.column === 1);
    const valueCell = row.cells.find((cell) => cell.column === 2);
    if (!keyCell) return;
    const name = (cellText(keyCell.value) ?? describeCell(keyCell.value)).trim();
    const key = SETTING_NAMES[name.toLocaleLowerCase('sv')];
    // The first row is the header (Inställning, Värde) unless it already holds a known setting.
    if (row.number === 1 && !key) return;
    const keyAddress = cellAddress(SETTINGS_SHEET, 1, row.number);
    if (!key) {
      collector.warnings.push({
        cell: keyAddress,
        message: `Inställningen "${name}" känns inte igen och ignoreras`,
      });
      return;
    }
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      collector.errors.push({
        cell: keyAddress,
        message: `Inställningen "${name}" finns redan på rad ${earlier}`,
      });
      return;
    }
    seen.set(key, row.number);
    if (!valueCell) return;
    const result = applySetting(collector.settings, key, valueCell.value);
    if (!result.ok) {
      collector.errors.push({
        cell: cellAddress(SETTINGS_SHEET, 2, row.number),
        message: `${name}: ${result.message}`,
      });
    }
  }

  return collector;
}
