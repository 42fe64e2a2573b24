import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import type { TSession } from '../../shared/schemas/session';
import { ApiError, setCsrfToken } from '../api/client';
import { getSession } from '../api/endpoints';
import { QueryState } from '../components/query-state';
import { NoAccessPage } from './no-access';

export const SESSION_KEY = ['session'] as const;

async function fetchSession(): Promise<TSession | null> {
  try {
    const session = await getSession();
    setCsrfToken(session.csrfToken);
    return session;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      setCsrfToken(undefined);
      return null;
    }
    throw error;
  }
}

export function useSessionQuery() {
  return useQuery({ queryKey: SESSION_KEY, queryFn: fetchSession, staleTime: 5 * 60_000 });
}

/** The logged-in session; only valid below <RequireSession>. */
export function useSession(): TSession {
  const client = useQueryClient();
  const session = client.getQueryData<TSession | null>(SESSION_KEY);
  if (!session) throw new Error('useSession() outside <RequireSession>');
  return session;
}

/**
 * Shows its children to a logged-in user; sends everyone else to the login page and back afterwards. A user
 * without any role grant sees why instead (the server refuses him every read).
 */
export function RequireSession({ children }: { children: ReactNode }) {
  const query = useSessionQuery();
  const location = useLocation();
  if (query.data === null) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/logga-in?next=${encodeURIComponent(next)}`} replace />;
  }
  return (
    <QueryState query={query}>
      {(session) => (session && session.grants.length === 0 ? <NoAccessPage session={session} /> : children)}
    </QueryState>
  );
}
