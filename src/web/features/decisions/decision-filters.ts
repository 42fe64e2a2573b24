import { DECISION_KINDS } from '../../../shared/enums';
import type { DecisionListQuery } from '../../api/decisions';

/** The register's filters as they stand in the address: `organ`, `typ`, `fran`, `till`, `antecknade`. */
export interface DecisionFilters {
  bodyId: string;
  kind: string;
  from: string;
  to: string;
  onlyNoted: boolean;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function filtersFromSearch(search: URLSearchParams): DecisionFilters {
  const kind = search.get('typ') ?? '';
  const day = (name: string) => {
    const value = search.get(name) ?? '';
    return DAY.test(value) ? value : '';
  };
  return {
    bodyId: search.get('organ') ?? '',
    kind: (DECISION_KINDS as readonly string[]).includes(kind) ? kind : '',
    from: day('fran'),
    to: day('till'),
    onlyNoted: search.get('antecknade') === 'ja',
  };
}

/** The address's query for `filters`, keeping the other parameters (year, unit, "Visa per"). */
export function searchWithFilters(search: URLSearchParams, filters: DecisionFilters): URLSearchParams {
  const next = new URLSearchParams(search);
  const set = (name: string, value: string) => (value ? next.set(name, value) : next.delete(name));
  set('organ', filters.bodyId);
  set('typ', filters.kind);
  set('fran', filters.from);
  set('till', filters.to);
  set('antecknade', filters.onlyNoted ? 'ja' : '');
  return next;
}

export function queryOfFilters(planId: string, filters: DecisionFilters): DecisionListQuery {
  const or = (value: string) => value || undefined;
  return {
    planId,
    bodyId: or(filters.bodyId),
    kind: filters.onlyNoted ? undefined : or(filters.kind),
    from: or(filters.from),
    to: or(filters.to),
    onlyNoted: filters.onlyNoted ? 'true' : undefined,
  };
}
