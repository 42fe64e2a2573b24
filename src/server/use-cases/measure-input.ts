import { compareSwedish } from '../../shared/collation';
import type { TMeasure, TMeasureInput } from '../../shared/schemas/measure';

/** The user-set fields of a stored measure, in a canonical order so two inputs can be compared. */
export function measureInputOf(measure: TMeasure): TMeasureInput {
  const { id: _id, planId: _plan, version: _version, createdAt: _c, updatedAt: _u, ...input } = measure;
  return canonicalMeasureInput(input);
}

export function canonicalMeasureInput(input: TMeasureInput): TMeasureInput {
  return {
    ...input,
    effects: [...input.effects].sort((a, b) => a.year - b.year || a.costType.localeCompare(b.costType)),
    links: [...input.links].sort(
      (a, b) => a.measureId.localeCompare(b.measureId) || a.kind.localeCompare(b.kind),
    ),
    programmes: [...new Set(input.programmes)].sort(compareSwedish),
  };
}

/** JSON with object keys sorted, so that equal values give equal text whatever order they were built in. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function isSameMeasureInput(a: TMeasureInput, b: TMeasureInput): boolean {
  return stableJson(canonicalMeasureInput(a)) === stableJson(canonicalMeasureInput(b));
}
