import type { EffectConvention } from '../shared/enums';
import { formatAmount } from '../shared/money';
import { ancestry, type ParentMap } from './access';
import { type PlannedMeasure, plannedLevel } from './planned-effect';

/**
 * The tenant's delegation rule (issue 12): a body (*organ*) may decide a measure when the measure's unit lies
 * in the body's subtree and the measure's planned level is at most the body's limit (null: no limit). An
 * inactive body decides nothing.
 */

export interface DelegatingBody {
  name: string;
  orgUnitId: string;
  /** Whole kronor; null means without limit. */
  decisionLimit: number | null;
  active: boolean;
}

export type DelegatedMeasure = Pick<PlannedMeasure, 'orgUnitId' | 'isTemporary' | 'endMonth' | 'effects'> & {
  code: string;
};

export type DelegationVerdict = { allowed: true } | { allowed: false; reason: string };

/**
 * The level a decision on the measure concerns: the highest absolute yearly level over the plan years. A
 * cancelled measure counts as planned here, since cancelling it is what the body decides.
 */
export function decisionLevel(
  measure: Omit<DelegatedMeasure, 'code'>,
  convention: EffectConvention,
  planYears: readonly number[],
): number {
  const planned: PlannedMeasure = {
    id: '',
    status: 'proposed',
    category: null,
    group: null,
    savingsType: null,
    feasibility: null,
    programmeIds: [],
    ...measure,
  };
  let highest = 0;
  for (const year of planYears)
    highest = Math.max(highest, Math.abs(plannedLevel(planned, convention, year)));
  return highest;
}

const mnkr = (kronor: number) => formatAmount(kronor, { unit: 'mnkr' });

/** Whether `body` may decide `measure`; when not, why, in Swedish. `unitNames` names units in the reason. */
export function mayBodyDecide(
  body: DelegatingBody,
  measure: DelegatedMeasure,
  context: {
    parents: ParentMap;
    convention: EffectConvention;
    planYears: readonly number[];
    unitNames?: ReadonlyMap<string, string>;
  },
): DelegationVerdict {
  if (!body.active)
    return { allowed: false, reason: `${body.name} är inte längre aktivt och beslutar inget` };
  if (!ancestry(context.parents, measure.orgUnitId).includes(body.orgUnitId)) {
    const name = (id: string) => context.unitNames?.get(id) ?? 'en annan enhet';
    return {
      allowed: false,
      reason: `${body.name} beslutar bara för ${name(body.orgUnitId)} med underliggande enheter; ${measure.code} hör till ${name(measure.orgUnitId)}`,
    };
  }
  if (body.decisionLimit === null) return { allowed: true };
  const level = decisionLevel(measure, context.convention, context.planYears);
  if (level <= body.decisionLimit) return { allowed: true };
  return {
    allowed: false,
    reason: `${body.name} får besluta åtgärder upp till ${mnkr(body.decisionLimit)}; ${measure.code} har ${mnkr(level)}`,
  };
}
