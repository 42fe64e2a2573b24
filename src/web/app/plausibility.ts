import { useQuery } from '@tanstack/react-query';
import { checkPlausibility, type ImplausibleReason, MIN_PLAUSIBILITY_LIMIT } from '../../domain/plausibility';
import { getTenant } from '../api/endpoints';

/** One amount about to be saved: where it is (in words the user recognises) and its old and new value. */
export interface AmountChange {
  /** E.g. "HS-12 Personal 2024" or "Prognos (helår)". */
  label: string;
  previous: number | null | undefined;
  next: number | null | undefined;
}

export interface ImplausibleChange extends AmountChange {
  reasons: ImplausibleReason[];
}

/** The changes among `changes` that must be confirmed before saving (src/domain/plausibility.ts). */
export function findImplausible(changes: readonly AmountChange[], limit: number): ImplausibleChange[] {
  return changes.flatMap((change) => {
    const result = checkPlausibility({ previous: change.previous, next: change.next, limit });
    return result.plausible ? [] : [{ ...change, reasons: result.reasons }];
  });
}

/**
 * The tenant's plausibility limit in force (kronor). Until it has loaded, the smallest default applies, so a
 * save made at once is checked more strictly, never less.
 */
export function usePlausibilityLimit(): number {
  const tenant = useQuery({ queryKey: ['tenant'], queryFn: getTenant, staleTime: 300_000 });
  return tenant.data?.plausibilityLimit ?? MIN_PLAUSIBILITY_LIMIT;
}
