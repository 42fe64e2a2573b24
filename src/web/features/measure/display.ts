import type { TFunction } from 'i18next';
import { formatSwedishDate, formatSwedishDateTime, formatSwedishMonth } from '../../../shared/date-format';
import type { TOrgUnit } from '../../../shared/schemas/org-unit';
import type { TUser } from '../../../shared/schemas/user';
import { errorDomId, fieldDomId } from './field-errors';

/** A month as `2024-03` (one date format on every screen, src/shared/date-format.ts). */
export function formatMonth(month: string | null): string {
  return month ? formatSwedishMonth(month) : '–';
}

/** A day as `2024-03-01`. */
export function formatDate(date: string | null): string {
  return date ? formatSwedishDate(date) : '–';
}

/** A moment (an ISO timestamp) on the Swedish clock, whatever the browser's zone: `2026-11-23 12:09`. */
export function formatMoment(at: string): string {
  return formatSwedishDateTime(at);
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
