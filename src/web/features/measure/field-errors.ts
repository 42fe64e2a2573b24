import type { TMeasureInput } from '../../../shared/schemas/measure';
import { cellKey } from './effects-grid';

/** An error to show at a field of the form and in the summary above it. */
export interface FieldError {
  /** The form path: `code`, `effects.2024.personnel`, `milestones.0.title`, `risks.staff.level`. */
  field: string;
  message: string;
}

/** The id of the input of a form path (also what the error summary links to). */
export function fieldDomId(field: string): string {
  return `measure-${field.replaceAll('.', '-')}`;
}

export function errorDomId(field: string): string {
  return `${fieldDomId(field)}-error`;
}

/** The input an object-level error of a list row belongs to (the row's first input). */
const ROW_FIRST_INPUT: Record<string, string> = {
  milestones: 'title',
  links: 'measureId',
  costShifts: 'bearingOrgUnitId',
};

/**
 * The form path of a field the server names (`body.effects.0.amount`, `effects.1.year`, `code`): effects are
 * named by index in the array that was sent, the form names them by year and cost type.
 */
export function formFieldOfServerField(field: string, sent: Partial<TMeasureInput>): string {
  const parts = field.replace(/^body\.?/, '').split('.');
  const [name, index] = parts;
  if (!name) return '';
  if (name === 'effects') {
    const effect = index === undefined ? undefined : sent.effects?.[Number(index)];
    return effect ? `effects.${cellKey(effect.year, effect.costType)}` : 'effects';
  }
  const first = ROW_FIRST_INPUT[name];
  if (first && index !== undefined) return `${name}.${index}.${parts[2] ?? first}`;
  if (name === 'risks' && index !== undefined) return `risks.${index}.${parts[2] ?? 'level'}`;
  return name;
}

/** The server's validation details as errors at the form's fields. */
export function serverFieldErrors(
  details: readonly { field?: string; message: string }[],
  sent: Partial<TMeasureInput>,
): FieldError[] {
  return details.map((detail) => ({
    field: detail.field ? formFieldOfServerField(detail.field, sent) : '',
    message: detail.message,
  }));
}
