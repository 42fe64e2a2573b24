import { useQuery } from '@tanstack/react-query';
import { ZMeasureFollowUp } from '../../../shared/schemas/measure-follow-up';
import { ZTenant } from '../../../shared/schemas/tenant';
import { request } from '../../api/client';
import { getPlanSummary, listAllMeasures } from '../../api/endpoints';
import { useAsOf } from '../../app/as-of';

/**
 * All measures of a plan the user may read, now (`asOf` undefined: the list the grid edits) or as of a
 * "Visa per" instant; the grid filters, sorts and sums them in the browser.
 */
export function measuresKey(planId: string, asOf: string | undefined) {
  return ['measures', planId, 'all', asOf ?? null] as const;
}

export function usePlanMeasures(planId: string | undefined) {
  const asOf = useAsOf();
  return useQuery({
    queryKey: measuresKey(planId ?? '', asOf),
    queryFn: () => listAllMeasures(planId!, { asOf }),
    enabled: Boolean(planId),
  });
}

/** The server's roll-up for the unit (or the whole organisation): the figure the grid's total must equal. */
export function useUnitSummary(planId: string | undefined, year: number | undefined, orgUnitId?: string) {
  const asOf = useAsOf();
  return useQuery({
    queryKey: ['summary', planId, { year, orgUnitId: orgUnitId ?? null, by: 'unit', asOf: asOf ?? null }],
    queryFn: () => getPlanSummary(planId!, { year: year!, by: 'unit', orgUnitId, asOf }),
    enabled: Boolean(planId && year),
    retry: false,
  });
}

/**
 * Per-measure follow-up for the grid's year as of `period` (absent: the year's latest period with reports);
 * under `['summary', …]`, so every save that changes figures refreshes it.
 */
export function useMeasureFollowUp(planId: string | undefined, year: number | undefined, period?: string) {
  const asOf = useAsOf();
  return useQuery({
    queryKey: ['summary', planId, { year, period: period ?? null, measures: true, asOf: asOf ?? null }],
    queryFn: () =>
      request('GET', `/api/plans/${planId}/measure-follow-up`, ZMeasureFollowUp, {
        query: { year, period, asOf },
      }),
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
