import type { TFunction } from 'i18next';
import type { TOrgUnit } from '../../../shared/schemas/org-unit';
import type { TUser } from '../../../shared/schemas/user';
import { errorDomId, fieldDomId } from './field-errors';

/** A locale for dates and months: Swedish unless the user chose English. */
export function dateLocale(language: string): string {
  return language === 'en' ? 'en-GB' : 'sv-SE';
}

/** `2024-03` as `mars 2024`. */
export function formatMonth(month: string | null, language: string): string {
  if (!month) return '–';
  const [year, m] = month.split('-').map(Number);
  if (!year || !m) return month;
  return new Date(Date.UTC(year, m - 1, 1)).toLocaleDateString(dateLocale(language), {
    year: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  });
}

/** `2024-03-01` as `1 mars 2024`. */
export function formatDate(date: string | null, language: string): string {
  if (!date) return '–';
  const parsed = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime())) return date;
  return parsed.toLocaleDateString(dateLocale(language), { dateStyle: 'long', timeZone: 'UTC' });
}

/** A moment (an ISO timestamp) in the user's time zone: `23 nov. 2026 12:09`. */
export function formatMoment(at: string, language: string): string {
  return new Date(at).toLocaleString(dateLocale(language), { dateStyle: 'medium', timeStyle: 'short' });
}

export function unitPath(units: readonly TOrgUnit[], id: string | null | undefined): string {
  if (!id) return '–';
  return units.find((u) => u.id === id)?.path ?? id;
}

export function userName(
  users: readonly TUser[] | undefined,
  id: string | null | undefined,
): string | undefined {
  if (!id) return undefined;
  return users?.find((u) => u.id === id)?.name;
}

/** The label of a form path, for the error summary and messages (`Personal 2024 (tkr)`, `Milstolpe 2: rubrik`). */
export function fieldLabel(field: string, t: TFunction): string {
  const [name = '', second, third] = field.split('.');
  if (name === 'effects' && second && third) {
    return t('measure:economy.cellLabel', { costType: t(`enums:costType.${third}`), year: second });
  }
  if ((name === 'milestones' || name === 'costShifts' || name === 'links') && second !== undefined) {
    return t(`measure:errors.row.${name}`, {
      number: Number(second) + 1,
      part: t(`measure:errors.part.${third}`),
    });
  }
  if (name === 'risks' && second) {
    return t(`measure:risk.${third === 'text' ? 'textLabel' : 'levelLabel'}`, {
      perspective: t(`enums:riskPerspective.${second}`),
    });
  }
  if (name === '') return t('measure:errors.general');
  return t(`fields:${name}`);
}

/** Moves focus to the input of a form path (or its error text, when the input is gone). */
export function focusField(field: string): void {
  const target = document.getElementById(fieldDomId(field)) ?? document.getElementById(errorDomId(field));
  if (!target) return;
  target.scrollIntoView({ block: 'center' });
  target.focus();
}
