/** What the scenario files (.xlsx and PDF) are made from: the saved scenario and its computed result. */
import type { TScenario, TScenarioResult } from '../../shared/schemas/scenario';

export interface ScenarioExport {
  scenario: TScenario;
  /** `GET /api/scenarios/:id/result` of the same scenario at the same instant. */
  result: TScenarioResult;
}

export interface ScenarioFileOptions {
  /** The instant the figures are shown as of (`?asOf=`), or null for the latest version. */
  asOf: string | null;
  /** When the file was made (ISO instant). */
  generatedAt: string;
}

/** The file's name as the user saves it: the scenario's name and the extension. */
export function scenarioFileName(content: ScenarioExport, extension: 'xlsx' | 'pdf'): string {
  return `${content.scenario.name}.${extension}`;
}
