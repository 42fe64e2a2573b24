import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { ScenarioInput } from '../../../domain/scenario/scenario-input';
import { type TScenario, ZScenario } from '../../../shared/schemas/scenario';
import { ApiError } from '../../api/client';
import { createScenario, updateScenario } from '../../api/scenarios';
import { errorMessage } from '../../components/query-state';
import { invalidateScenarios, scenarioKeys } from './queries';
import { type ScenarioDraft, scenarioBody } from './scenario-draft';

export interface SaveFailure {
  message: string;
  /** The server's places (`input.years.2026.wageGrowth: …`, `name: …`). */
  details: string[];
}

/** A save that met a newer version: the version saved since and what the user had typed. */
export interface ScenarioConflict {
  current: TScenario;
  mine: ScenarioDraft;
}

function conflictOf(error: unknown): TScenario | undefined {
  if (!(error instanceof ApiError) || error.code !== 'VERSION_CONFLICT') return undefined;
  const parsed = ZScenario.safeParse(error.current);
  return parsed.success ? (parsed.data as TScenario) : undefined;
}

function failureOf(error: unknown): SaveFailure {
  const details =
    error instanceof ApiError
      ? error.details.map((d) => (d.field ? `${d.field}: ${d.message}` : d.message))
      : [];
  return { message: errorMessage(error), details };
}

/**
 * Saving the editor: a new scenario (POST), a change (PATCH with the version it was based on: a 409 becomes a
 * conflict to resolve, never an overwrite) or a copy of what is typed under a new name (POST).
 */
export function useScenarioSave(options: {
  onSaved: (saved: TScenario) => void;
  onCreated: (created: TScenario) => void;
}) {
  const client = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<SaveFailure>();
  const [conflict, setConflict] = useState<ScenarioConflict>();

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setFailure(undefined);
    try {
      await work();
    } finally {
      setBusy(false);
    }
  };

  const update = (base: TScenario, draft: ScenarioDraft, input: ScenarioInput) =>
    run(async () => {
      try {
        const saved = await updateScenario(base.id, { ...scenarioBody(draft, input), version: base.version });
        client.setQueryData(scenarioKeys.one(saved.id, undefined), saved);
        await invalidateScenarios(client);
        options.onSaved(saved);
      } catch (error) {
        const current = conflictOf(error);
        if (current) setConflict({ current, mine: draft });
        else setFailure(failureOf(error));
      }
    });

  const create = (draft: ScenarioDraft, input: ScenarioInput, name?: string) =>
    run(async () => {
      try {
        const body = scenarioBody(draft, input);
        const created = await createScenario({ ...body, name: name ?? body.name });
        await invalidateScenarios(client);
        options.onCreated(created);
      } catch (error) {
        setFailure(failureOf(error));
        // A failed copy is reported in its dialog too.
        if (name !== undefined) throw error;
      }
    });

  return {
    busy,
    failure,
    conflict,
    clearConflict: () => setConflict(undefined),
    update,
    create,
  };
}
