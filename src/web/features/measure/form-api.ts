import type { TOrgUnit } from '../../../shared/schemas/org-unit';
import type { TPlan } from '../../../shared/schemas/plan';
import type { TUser } from '../../../shared/schemas/user';
import type { MeasureDraft } from './draft';

/** What an editable section gets: the form's state, a way to change it, and the error of each field. */
export interface MeasureFormApi {
  draft: MeasureDraft;
  update: (change: Partial<MeasureDraft>) => void;
  errorOf: (field: string) => string | undefined;
}

/** What every section knows about its surroundings. */
export interface MeasureContext {
  plan: TPlan;
  years: number[];
  units: readonly TOrgUnit[];
  /** Undefined while loading or when the user may not list users. */
  users: readonly TUser[] | undefined;
}
