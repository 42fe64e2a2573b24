import type { TFunction } from 'i18next';
import type { AssumptionKey } from '../../../shared/scenario-assumptions';
import type { DraftError } from './parse-draft';
import type { ScenarioDraft } from './scenario-draft';

/** A problem in words: the shared or domain code's Swedish message, or the screen's own (`scenario:errors`). */
export function draftErrorText(error: DraftError, t: TFunction): string {
  return error.message ?? t(`scenario:errors.${error.code ?? 'required'}`, error.values);
}

/** What the user typed at a place; undefined for places that are not a field (`table`). */
export function placeText(draft: ScenarioDraft, place: string): string | undefined {
  const [head, index, part] = place.split('.');
  if (head === 'cell') return draft.columns[Number(index)]?.[part as AssumptionKey];
  if (head === 'deficit')
    return draft.openingDeficits[Number(index)]?.[part === 'amount' ? 'amount' : 'year'];
  const value = (draft as unknown as Record<string, unknown>)[place];
  return typeof value === 'string' ? value : undefined;
}

/**
 * Whether to show a problem now: a field the user has not filled in yet is not wrong until he or she tries to
 * save (a new scenario would otherwise open in red); anything typed that is wrong shows at once.
 */
export function visibleError(error: DraftError, draft: ScenarioDraft, attempted: boolean): boolean {
  if (attempted) return true;
  if (error.code === 'revenueMissing' || error.code === 'required') return false;
  const text = placeText(draft, error.place);
  return text === undefined || text.trim() !== '';
}
