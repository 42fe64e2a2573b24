import { useQuery } from '@tanstack/react-query';
import { listOrgUnits, listPlans } from '../api/endpoints';

/** The tenant's plans and organisation, cached for every screen. */
export const plansKey = ['plans'] as const;
export const orgUnitsKey = ['org-units'] as const;

export function usePlans() {
  return useQuery({ queryKey: plansKey, queryFn: listPlans });
}

export function useOrgUnits() {
  return useQuery({ queryKey: orgUnitsKey, queryFn: listOrgUnits, staleTime: 60_000 });
}
