import { useQuery } from '@tanstack/react-query';
import { ZTenant } from '../../../shared/schemas/tenant';
import { request } from '../../api/client';
import { getPlanSummary, listAllMeasures } from '../../api/endpoints';

/** All measures of a plan the user may read; the grid filters, sorts and sums them in the browser. */
export function measuresKey(planId: string) {
  return ['measures', planId, 'all'] as const;
}

export function usePlanMeasures(planId: string | undefined) {
  return useQuery({
    queryKey: measuresKey(planId ?? ''),
    queryFn: () => listAllMeasures(planId!, {}),
    enabled: Boolean(planId),
  });
}

/** The server's roll-up for the unit (or the whole organisation): the figure the grid's total must equal. */
export function useUnitSummary(planId: string | undefined, year: number | undefined, orgUnitId?: string) {
  return useQuery({
    queryKey: ['summary', planId, { year, orgUnitId: orgUnitId ?? null, by: 'unit' }],
    queryFn: () => getPlanSummary(planId!, { year: year!, by: 'unit', orgUnitId }),
    enabled: Boolean(planId && year),
    retry: false,
  });
}

/** The tenant's list of measure groups (configurable, SPEC §2). */
export function useTenantGroups() {
  return useQuery({
    queryKey: ['tenant'],
    queryFn: () => request('GET', '/api/tenant', ZTenant),
    staleTime: 5 * 60_000,
    select: (tenant) => tenant.settings.groups,
  });
}
