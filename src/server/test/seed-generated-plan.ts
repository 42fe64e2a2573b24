import type { PlannedMeasure } from '../../domain/planned-effect';
import type { EffectConvention } from '../../shared/enums';
import { type TMeasureInput, ZMeasureInput } from '../../shared/schemas/measure';
import type { Tx } from '../db/tenant-scope';
import { insertMeasures } from '../repositories/measure-repository';
import { insertOrgUnit } from '../repositories/org-unit-repository';
import { insertPlan } from '../repositories/plan-repository';

/** A plan as the property tests generate it: a tree (`parents[i]` picks unit i's parent) and its measures. */
export interface GeneratedPlan {
  convention: EffectConvention;
  parents: readonly number[];
  measures: readonly (Pick<
    TMeasureInput,
    'status' | 'isTemporary' | 'category' | 'group' | 'savingsType' | 'feasibility' | 'programmes' | 'effects'
  > & { unit: number; endYear: number | null })[];
}

/**
 * Writes a generated plan through the real repositories (units, plan, measures with programmes and effects)
 * and returns it also as the pure domain sees it, so that a test can hold the SQL against the definition.
 */
export async function seedGeneratedPlan(
  trx: Tx,
  tenantId: string,
  generated: GeneratedPlan,
  years: readonly number[],
): Promise<{ planId: string; unitIds: string[]; measures: PlannedMeasure[] }> {
  const unitIds: string[] = [];
  for (const [index, parent] of generated.parents.entries()) {
    const parentId = index === 0 ? null : unitIds[parent % index]!;
    const unit = await insertOrgUnit(trx, tenantId, {
      parentId,
      name: `E${index}`,
      kind: 'unit',
      code: null,
    });
    unitIds.push(unit.id);
  }
  const plan = await insertPlan(trx, tenantId, {
    name: 'P',
    firstYear: years[0]!,
    lastYear: years[years.length - 1]!,
    convention: generated.convention,
    baselineAmount: null,
    baselineText: null,
    status: 'draft',
  });
  const inputs = generated.measures.map((m, index) =>
    ZMeasureInput.parse({
      code: `M${index}`,
      title: `Åtgärd ${index}`,
      orgUnitId: unitIds[m.unit % unitIds.length],
      status: m.status,
      isTemporary: m.isTemporary,
      startMonth: m.endYear === null ? null : `${years[0]}-01`,
      endMonth: m.endYear === null ? null : `${m.endYear}-06`,
      category: m.category,
      group: m.group,
      savingsType: m.savingsType,
      feasibility: m.feasibility,
      programmes: m.programmes,
      effects: m.effects,
    }),
  );
  const ids = await insertMeasures(trx, tenantId, plan.id, inputs);
  const programmeIds = new Map(
    (await trx.selectFrom('programmes').select(['id', 'name']).execute()).map((p) => [p.name, p.id]),
  );
  const measures = inputs.map((input, index) => ({
    id: ids[index]!,
    orgUnitId: input.orgUnitId,
    status: input.status,
    isTemporary: input.isTemporary,
    endMonth: input.endMonth,
    category: input.category,
    group: input.group,
    savingsType: input.savingsType,
    feasibility: input.feasibility,
    programmeIds: input.programmes.map((name) => programmeIds.get(name)!),
    effects: input.effects,
  }));
  return { planId: plan.id, unitIds, measures };
}
