import type { TMeasure } from '../../../shared/schemas/measure';
import { ZMeasure } from '../../../shared/schemas/measure';

let counter = 0;

/** A measure for tests, with every default of the schema and the given fields. */
export function testMeasure(fields: Partial<TMeasure> = {}): TMeasure {
  counter += 1;
  const id = `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`;
  return ZMeasure.parse({
    id,
    planId: '00000000-0000-4000-9000-000000000001',
    orgUnitId: '00000000-0000-4000-a000-000000000001',
    code: `M-${counter}`,
    title: `Åtgärd ${counter}`,
    version: 1,
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
    ...fields,
  });
}
