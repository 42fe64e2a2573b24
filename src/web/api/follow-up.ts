import { ZForecastHistory } from '../../shared/schemas/forecast-history';
import { request } from './client';

export const getForecastHistory = (
  planId: string,
  query: { year: number; orgUnitId?: string | undefined; measureId?: string | undefined },
) => request('GET', `/api/plans/${planId}/forecast-history`, ZForecastHistory, { query });
