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

/**
 * Whether a status change records, or takes back, a decision (issue 11, item 22): to *beslutad* or *utgår*,
 * back from *utgår*, or from a decided measure (beslutad, genomförs, genomförd) back to förslag or beredd.
 * Such a step is for a controller or an administrator of the measure's unit; carrying a decided measure out
 * (genomförs, genomförd) is the responsible manager's own work.
 */
export function isDecisionStep(from: MeasureStatus, to: MeasureStatus): boolean {
  if (from === to) return false;
  if (to === 'decided' || to === 'cancelled' || from === 'cancelled') return true;
  return DECIDED_OR_LATER.has(from) && !DECIDED_OR_LATER.has(to);
}

/**
 * Issue 12: whether arriving at `to` needs a registered decision (*beslut*) of a body allowed to decide the
 * measure — becoming beslutad or utgår. Such a status comes only through "Registrera beslut", never by
 * editing the measure (a new measure of a plan import may carry an earlier decision's status, see import-plan).
 */
export function needsRegisteredDecision(from: MeasureStatus | null, to: MeasureStatus): boolean {
  return from !== to && (to === 'decided' || to === 'cancelled');
}

/**
 * Whether a measure already stands where a decision would put it: the same status, or — for a decision to
 * carry it out (*beslutad*) — a measure already being carried out or done, which the decision then records
 * without moving it back.
 */
export function alreadyAt(current: MeasureStatus, decided: 'decided' | 'cancelled'): boolean {
  return current === decided || (decided === 'decided' && DECIDED_OR_LATER.has(current));
}
