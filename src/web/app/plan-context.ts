import { useMemo } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { formatSwedishDate } from '../../shared/date-format';
import type { TPlan } from '../../shared/schemas/plan';
import { useAccess } from './access';
import { usePlans } from './queries';

export { orgUnitsKey, plansKey, useOrgUnits, usePlans } from './queries';

/**
 * The year a plan is shown for when the URL does not say: the last year with a target for the whole plan
 * (the year the plan is measured against), otherwise this year kept within the plan's years.
 */
export function defaultYear(plan: TPlan, today = new Date()): number {
  const targetYears = plan.targets.filter((t) => t.orgUnitId === null).map((t) => t.year);
  if (targetYears.length > 0) return Math.max(...targetYears);
  const swedishYear = Number(formatSwedishDate(today).slice(0, 4));
  return Math.min(Math.max(swedishYear, plan.firstYear), plan.lastYear);
}

/**
 * Where in a plan the user is: plan id from the path; year (`ar`) and unit (`enhet`) from the query string.
 * A user who may not see the whole organisation (a division chief, say) starts at his or her own unit.
 */
export function usePlanLocation() {
  const { planId } = useParams();
  const [search, setSearch] = useSearchParams();
  const access = useAccess();
  const plans = usePlans();
  const plan = plans.data?.find((p) => p.id === planId);
  const yearText = search.get('ar');
  const year = useMemo(() => {
    if (!plan) return undefined;
    const asked = Number(yearText);
    if (Number.isInteger(asked) && asked >= plan.firstYear && asked <= plan.lastYear) return asked;
    return defaultYear(plan);
  }, [plan, yearText]);
  const ownUnit = access.canReadAll ? undefined : access.readableRoots[0]?.id;
  const orgUnitId = search.get('enhet') ?? ownUnit;
  return { planId, plan, plans, year, orgUnitId, search, setSearch };
}

/** A link's query string that keeps the chosen year and unit (and adds more). */
export function planSearch(
  year: number | undefined,
  orgUnitId: string | undefined,
  extra: Record<string, string | undefined> = {},
): string {
  const params = new URLSearchParams();
  if (year !== undefined) params.set('ar', String(year));
  if (orgUnitId) params.set('enhet', orgUnitId);
  for (const [key, value] of Object.entries(extra)) if (value) params.set(key, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}
