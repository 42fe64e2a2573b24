import { ZForecastHistory } from '../../shared/schemas/forecast-history';
import { ZStaleMeasures } from '../../shared/schemas/stale-measures';
import { request } from './client';
import type { AsOf } from './endpoints';

export const getForecastHistory = (
  planId: string,
  query: { year: number; orgUnitId?: string | undefined; measureId?: string | undefined; asOf?: AsOf },
) => request('GET', `/api/plans/${planId}/forecast-history`, ZForecastHistory, { query });

export const getStaleMeasures = (
  planId: string,
  query: { year: number; period: string; orgUnitId?: string | undefined; asOf?: AsOf },
) => request('GET', `/api/plans/${planId}/stale-measures`, ZStaleMeasures, { query });
