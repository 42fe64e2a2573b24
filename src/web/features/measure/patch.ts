import { compareSwedish } from '../../../shared/collation';
import { COST_TYPES } from '../../../shared/enums';
import type { TMeasure, TMeasureInput } from '../../../shared/schemas/measure';

/** The user-set fields of a stored measure (what a form starts from and a patch is compared against). */
export function inputOfMeasure(measure: TMeasure): TMeasureInput {
  const { id: _id, planId: _plan, version: _version, createdAt: _c, updatedAt: _u, ...input } = measure;
  return input;
}

/** JSON with object keys sorted, so equal values built in different orders compare equal. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** Lists whose order carries no meaning are compared sorted (the server keeps them in its own order). */
function canonical(field: keyof TMeasureInput, value: unknown): unknown {
  if (!Array.isArray(value)) return value;
  if (field === 'effects') {
    return [...(value as TMeasureInput['effects'])].sort(
      (a, b) => a.year - b.year || COST_TYPES.indexOf(a.costType) - COST_TYPES.indexOf(b.costType),
    );
  }
  if (field === 'links') {
    return [...(value as TMeasureInput['links'])].sort(
      (a, b) => a.measureId.localeCompare(b.measureId) || a.kind.localeCompare(b.kind),
    );
  }
  if (field === 'programmes') return [...new Set(value as string[])].sort(compareSwedish);
  return value;
}

export function isSameValue(field: keyof TMeasureInput, a: unknown, b: unknown): boolean {
  return stableJson(canonical(field, a)) === stableJson(canonical(field, b));
}

/** Only the fields `next` changes compared with `base`: what a PATCH sends (with the version seen). */
export function changedFields(base: TMeasureInput, next: TMeasureInput): Partial<TMeasureInput> {
  const changes: Record<string, unknown> = {};
  for (const field of Object.keys(next) as (keyof TMeasureInput)[]) {
    if (!isSameValue(field, base[field], next[field])) changes[field] = next[field];
  }
  return changes as Partial<TMeasureInput>;
}
