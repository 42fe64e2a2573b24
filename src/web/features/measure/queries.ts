import { type QueryClient, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { ApiError } from '../../api/client';
import { getMeasure, getMeasureHistory, listUsers } from '../../api/endpoints';
import { useAsOf } from '../../app/as-of';

/** A measure now (`asOf` undefined) or as of a "Visa per" instant; `['measure', id]` is all of them. */
export const measureKey = (id: string, asOf: string | undefined) => ['measure', id, asOf ?? null] as const;
export const historyKey = (id: string) => ['history', id] as const;

export function useMeasure(id: string | undefined) {
  const asOf = useAsOf();
  return useQuery({
    queryKey: measureKey(id ?? '', asOf),
    queryFn: () => getMeasure(id!, asOf),
    enabled: id !== undefined,
  });
}

/**
 * The tenant's users, for choosing who is responsible. The server may refuse (403): then the form offers a
 * free-text name instead, so `data` is undefined and `isForbidden` true.
 */
export function useUsers() {
  const query = useQuery({ queryKey: ['users'], queryFn: listUsers, staleTime: 5 * 60_000 });
  const isForbidden = query.error instanceof ApiError && query.error.status === 403;
  return { users: query.data, isForbidden, isPending: query.isPending };
}

export function useMeasureHistory(id: string) {
  return useInfiniteQuery({
    queryKey: historyKey(id),
    queryFn: ({ pageParam }) => getMeasureHistory(id, pageParam),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (page) => page.nextBeforeId ?? undefined,
  });
}

/**
 * After a measure was created, saved or deleted: every total (summaries, lists) and the measure's own views
 * are refetched, so no screen shows an old figure.
 */
export async function invalidateAfterChange(client: QueryClient, id: string | undefined): Promise<void> {
  await Promise.all([
    client.invalidateQueries({ queryKey: ['summary'] }),
    client.invalidateQueries({ queryKey: ['measures'] }),
    ...(id
      ? [
          client.invalidateQueries({ queryKey: ['measure', id] }),
          client.invalidateQueries({ queryKey: historyKey(id) }),
        ]
      : []),
  ]);
}
