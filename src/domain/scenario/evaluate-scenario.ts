import { computeScenario, type ScenarioComputation } from './compute-scenario';
import { validateScenarioInput } from './validate-scenario-input';

/** A scenario given as parsed JSON → its figures, or every issue with its field and nothing computed. */
export function evaluateScenario(raw: unknown): ScenarioComputation {
  const validation = validateScenarioInput(raw);
  return validation.ok ? computeScenario(validation.input) : { ok: false, issues: validation.issues };
}
