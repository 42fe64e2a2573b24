import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { useAsOfInstant } from '../app/as-of';

/** Loading and error states of a query, the same everywhere; renders `children` with the data when it is there. */
export function QueryState<T>({
  query,
  children,
}: {
  query: UseQueryResult<T>;
  children: (data: T) => ReactNode;
}) {
  const { t } = useTranslation();
  const { instant, when } = useAsOfInstant();
  if (query.isPending) {
    return (
      <p className="loading" role="status">
        {t('loading')}
      </p>
    );
  }
  if (query.isError) {
    return (
      <div className="alert alert-error" role="alert">
        <p>
          {/* As of a past instant, a 404 means it did not exist then. */}
          <strong>
            {instant && query.error instanceof ApiError && query.error.status === 404
              ? t('asOf.missing.other', { when })
              : `${t('error')}:`}
          </strong>{' '}
          {errorMessage(query.error)}
          {query.error instanceof ApiError && query.error.status >= 500 && query.error.requestId
            ? ` ${t('errorRequestId', { id: query.error.requestId })}`
            : null}
        </p>
        <button type="button" className="button" onClick={() => void query.refetch()}>
          {t('retry')}
        </button>
      </div>
    );
  }
  return <>{children(query.data)}</>;
}

export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof Error) return error.message;
  return String(error);
}
