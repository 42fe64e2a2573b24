import { canRecordDecisions } from '../../../domain/access';
import type { TDecisionBodyInput } from '../../../shared/schemas/decision-body';
import type { Actor } from '../../actor';
import type { Tx } from '../../db/tenant-scope';
import { AppError, forbidden } from '../../errors';
import { findDecisionBodyByName } from '../../repositories/decision-body-repository';
import type { OrgUnitRecord } from '../../repositories/org-unit-repository';

/** Bodies decide for the whole organisation's minutes: managed by whoever records decisions. */
export function requireBodyManager(actor: Actor, units: readonly OrgUnitRecord[]): void {
  if (!canRecordDecisions(actor, units)) {
    throw forbidden('Bara en administratör eller en controller för hela organisationen kan ändra organen');
  }
}

export function nameTaken(name: string): AppError {
  return new AppError('CONFLICT', `Det finns redan ett organ som heter ${name}`, {
    details: [{ field: 'name', message: 'Namnet används redan' }],
  });
}

/** The governed unit must be one of this tenant's (foreign keys do not see row-level security). */
export async function checkDecisionBody(
  trx: Tx,
  units: readonly OrgUnitRecord[],
  input: TDecisionBodyInput,
  id: string | null,
): Promise<void> {
  if (!units.some((unit) => unit.id === input.orgUnitId)) {
    throw new AppError('VALIDATION', 'Organet kan inte sparas: orgUnitId: Enheten finns inte', {
      details: [{ field: 'orgUnitId', message: 'Enheten finns inte' }],
    });
  }
  const same = await findDecisionBodyByName(trx, input.name);
  if (same && same.id !== id) throw nameTaken(input.name);
}
