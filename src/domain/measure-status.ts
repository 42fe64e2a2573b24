import type { MeasureStatus } from '../shared/enums';

const DECIDED_OR_LATER: ReadonlySet<MeasureStatus> = new Set(['decided', 'inProgress', 'done']);

/**
 * Lifecycle rule: a measure is carried out (*genomförs*) or done (*genomförd*) only after it has been
 * decided (*beslutad*). Any measure may be cancelled (*utgår*) or moved back for rework.
 */
export function canChangeStatus(from: MeasureStatus, to: MeasureStatus): boolean {
  if (from === to) return true;
  if (to === 'inProgress' || to === 'done') return DECIDED_OR_LATER.has(from);
  return true;
}
