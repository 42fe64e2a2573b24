import { useQuery } from '@tanstack/react-query';
import { listOrgUnits, listPlans } from '../api/endpoints';
import { useAsOf } from './as-of';

/** The tenant's plans and organisation, cached for every screen; as of the address's `per` when it has one. */
export const plansKey = (asOf: string | undefined) => ['plans', asOf ?? null] as const;
export const orgUnitsKey = (asOf: string | undefined) => ['org-units', asOf ?? null] as const;

export function usePlans() {
  const asOf = useAsOf();
  return useQuery({ queryKey: plansKey(asOf), queryFn: () => listPlans(asOf) });
}

/**
 * The organisation as of the address's `per` (the tree as it was), or as it is now with `{ now: true }`: who
 * may do what is decided on today's grants and tree (decision 0009), and the user's own roles are today's.
 */
export function useOrgUnits(options: { now?: boolean } = {}) {
  const perOfAddress = useAsOf();
  const asOf = options.now ? undefined : perOfAddress;
  return useQuery({ queryKey: orgUnitsKey(asOf), queryFn: () => listOrgUnits(asOf), staleTime: 60_000 });
}
