import { z } from 'zod';
import {
  type TScenario,
  type TScenarioCompute,
  type TScenarioCreate,
  type TScenarioPatch,
  ZScenario,
  ZScenarioComparison,
  ZScenarioResult,
} from '../../shared/schemas/scenario';
import { ZScenarioAssumptionsRead } from '../../shared/schemas/scenario-files';
import { request, withQuery } from './client';
import type { AsOf } from './endpoints';
import { type UploadCallbacks, uploadWithProgress } from './upload';

/** The forecast tool's scenarios (prognosverktyget): every answer is checked against the server's own schema. */

// The schema describes the input; its type is the domain's validated one (see TScenario).
const asScenario = (scenario: unknown) => scenario as TScenario;

export const listScenarios = async (asOf?: AsOf) =>
  (await request('GET', '/api/scenarios', z.array(ZScenario), { query: { asOf } })).map(asScenario);
export const getScenario = async (id: string, asOf?: AsOf) =>
  asScenario(await request('GET', `/api/scenarios/${id}`, ZScenario, { query: { asOf } }));
export const getScenarioResult = (id: string, asOf?: AsOf) =>
  request('GET', `/api/scenarios/${id}/result`, ZScenarioResult, { query: { asOf } });
export const compareScenarios = (ids: readonly string[], asOf?: AsOf) =>
  request('GET', '/api/scenarios/compare', ZScenarioComparison, { query: { ids: ids.join(','), asOf } });
export const computeScenario = (body: TScenarioCompute) =>
  request('POST', '/api/scenarios/compute', ZScenarioResult, { body });

/** The input travels as the JSON contract; the server validates it with the domain's own checks. */
type ScenarioBody<T> = Omit<T, 'input'> & { input: unknown };

export const createScenario = async (body: ScenarioBody<Partial<TScenarioCreate>> & { name: string }) =>
  asScenario(await request('POST', '/api/scenarios', ZScenario, { body }));
export const updateScenario = async (id: string, body: ScenarioBody<TScenarioPatch>) =>
  asScenario(await request('PATCH', `/api/scenarios/${id}`, ZScenario, { body }));
export const copyScenario = async (id: string, name: string) =>
  asScenario(await request('POST', `/api/scenarios/${id}/copy`, ZScenario, { body: { name } }));
export const deleteScenario = (id: string, version: number) =>
  request('DELETE', `/api/scenarios/${id}`, z.null(), { query: { version } });

/** `POST /api/scenarios/assumptions/read`: the assumptions an .xlsx sheet gives, per year; nothing is saved. */
export const readAssumptionWorkbook = (file: Blob, callbacks: UploadCallbacks = {}) =>
  uploadWithProgress('/api/scenarios/assumptions/read', {}, file, ZScenarioAssumptionsRead, callbacks);

/** Plain links: the browser downloads the saved scenario with the session cookie. */
export const scenarioExportUrl = (id: string, format: 'xlsx' | 'pdf', asOf?: AsOf) =>
  withQuery(`/api/scenarios/${id}/export.${format}`, { asOf });
