import type { TFunction } from 'i18next';
import { amountText } from '../app/page-locale';

const AMOUNT_FIELDS = new Set(['investment', 'oneOffCost', 'runningCostPerYear']);
const ENUM_FIELDS: Record<string, string> = {
  status: 'status',
  category: 'category',
  savingsType: 'savingsType',
  periodicity: 'periodicity',
};

interface EffectLike {
  year: number;
  costType: string;
  amount: number;
}

/** A measure field's value as a short Swedish text, for conflict and history views. */
export function fieldValueText(field: string, value: unknown, t: TFunction): string {
  if (value === null || value === undefined || value === '') return '–';
  if (typeof value === 'boolean') return value ? t('common:yes') : t('common:no');
  if (AMOUNT_FIELDS.has(field) && typeof value === 'number') return amountText(value, { unit: 'tkr' });
  const enumKey = ENUM_FIELDS[field];
  if (enumKey && typeof value === 'string') return t(`enums:${enumKey}.${value}`);
  if (field === 'effects' && Array.isArray(value)) {
    const effects = value as EffectLike[];
    if (effects.length === 0) return '–';
    return effects
      .map((e) => `${e.year} ${t(`enums:costType.${e.costType}`)} ${amountText(e.amount, { unit: 'tkr' })}`)
      .join('; ');
  }
  if (Array.isArray(value)) return value.length === 0 ? '–' : t('common:items', { count: value.length });
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .map(
        ([key, inner]) =>
          `${key}: ${inner && typeof inner === 'object' ? JSON.stringify(inner) : String(inner)}`,
      )
      .join('; ');
  }
  return String(value);
}
